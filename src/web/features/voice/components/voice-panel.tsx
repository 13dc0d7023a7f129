import { Alert, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorrectionDto, FamilyVoiceDto } from '../../../../contracts/voice';
import { QueryState } from '../../../components/ui/query-state';
import { ScrollTable } from '../../../components/ui/scroll-table';
import { SectionCard } from '../../../components/ui/section-card';
import { formatDateTime } from '../../../lib/format';
import { useFamilyVoice, useMarkVoiceSeen, useReplyToFamily } from '../hooks/use-voice';
import { AnswerCorrectionDialog } from './answer-correction-dialog';
import { CorrectionList } from './correction-list';
import { EntryList } from './entry-list';
import { MessageThread } from './message-thread';

/** The worker's view of what the family said in its portal (R16), and the worker's answers. */
export function VoicePanel({ familyId }: { familyId: string }) {
  const voice = useFamilyVoice(familyId);
  return <QueryState query={voice}>{(v) => <Voice familyId={familyId} voice={v} />}</QueryState>;
}

function Voice({ familyId, voice }: { familyId: string; voice: FamilyVoiceDto }) {
  const { t } = useTranslation();
  const seen = useMarkVoiceSeen(familyId);
  const reply = useReplyToFamily(familyId);
  const [answering, setAnswering] = useState<CorrectionDto | null>(null);
  const newCount =
    voice.entries.filter((e) => e.isNew && !e.withdrawnAt).length +
    voice.responses.filter((r) => r.isNew).length +
    voice.messages.filter((m) => m.from === 'family' && !m.readAt).length;
  return (
    <Stack gap="md">
      {newCount > 0 ? (
        <Alert color="orange" title={t('voice.newTitle', { count: newCount })}>
          <Group justify="space-between">
            <Text size="sm">{t('voice.newText')}</Text>
            <Button size="xs" variant="light" loading={seen.isPending} onClick={() => seen.mutate(undefined)}>
              {t('voice.markSeen')}
            </Button>
          </Group>
        </Alert>
      ) : null}
      <SectionCard title={t('voice.corrections.title')}>
        <CorrectionList corrections={voice.corrections} onAnswer={setAnswering} />
      </SectionCard>
      <SectionCard title={t('voice.words.title')}>
        <EntryList entries={voice.entries} showNew />
      </SectionCard>
      <SectionCard title={t('voice.responses.title')}>
        {voice.responses.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('voice.responses.none')}
          </Text>
        ) : (
          <ScrollTable minWidth={480}>
            <Table fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('voice.responses.member')}</Table.Th>
                  <Table.Th>{t('voice.responses.version')}</Table.Th>
                  <Table.Th>{t('voice.responses.answer')}</Table.Th>
                  <Table.Th>{t('voice.responses.when')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {voice.responses.map((r) => (
                  <Table.Tr key={`${r.memberId}-${r.planVersion}`}>
                    <Table.Td>{r.member}</Table.Td>
                    <Table.Td>{r.planVersion}</Table.Td>
                    <Table.Td>
                      <Badge color={r.agrees ? 'green' : 'red'}>
                        {r.agrees ? t('voice.responses.agrees') : t('voice.responses.disagrees')}
                      </Badge>
                      {r.reason ? <Text size="sm">{r.reason}</Text> : null}
                    </Table.Td>
                    <Table.Td>{formatDateTime(r.createdAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </SectionCard>
      <SectionCard title={t('voice.messages.title')}>
        <MessageThread
          messages={voice.messages}
          mine="worker"
          label={t('voice.messages.reply')}
          isPending={reply.isPending}
          send={(text, done) => reply.mutate({ text }, done)}
        />
      </SectionCard>
      {answering ? (
        <AnswerCorrectionDialog
          familyId={familyId}
          correction={answering}
          currentPlanVersion={voice.currentPlanVersion}
          onClose={() => setAnswering(null)}
        />
      ) : null}
    </Stack>
  );
}
