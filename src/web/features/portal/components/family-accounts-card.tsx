// Issue 13 point 1 (ADR 044): on the family file, who of the family has their own account — a
// parent, or a young person from 12 (R27) — and its state: invited, active, closed. A worker who
// may write the file invites, invites again (the older link or code stops working) or closes one.
import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FamilyFileDto } from '../../../../contracts/families';
import type { FamilyAccountDto } from '../../../../contracts/portal';
import { todayIso } from '../../../../domain/dates';
import { mayHaveOwnAccount } from '../../../../domain/family-visibility';
import { QueryState } from '../../../components/ui/query-state';
import { SectionCard } from '../../../components/ui/section-card';
import { formatDateTime } from '../../../lib/format';
import { personName, useJourneyLabels } from '../../../lib/journey-labels';
import { useDeactivateFamilyAccount, useFamilyAccounts } from '../hooks/use-family-accounts';
import { type Invitee, InviteMemberDialog } from './invite-member-dialog';

const STATUS_COLOR = { invited: 'yellow', active: 'green', deactivated: 'gray' } as const;

export function FamilyAccountsCard({ file, canWrite }: { file: FamilyFileDto; canWrite: boolean }) {
  const { t } = useTranslation();
  const labels = useJourneyLabels();
  const accounts = useFamilyAccounts(file.id);
  const deactivate = useDeactivateFamilyAccount(file.id);
  const [inviting, setInviting] = useState<Invitee | null>(null);
  const today = todayIso();
  const members = file.members.filter((m) => mayHaveOwnAccount(m, today));
  return (
    <SectionCard title={t('familyAccounts.title')}>
      <Text size="sm" mb="sm">
        {t('familyAccounts.intro')}
      </Text>
      <QueryState query={accounts}>
        {(list: FamilyAccountDto[]) =>
          members.length === 0 ? (
            <Text size="sm">{t('familyAccounts.nobody')}</Text>
          ) : (
            <Stack gap="sm">
              {members.map((m) => {
                const name = personName(m) || labels.memberRole(m.role);
                const account = list.find((a) => a.memberId === m.id) ?? null;
                return (
                  <Paper key={m.id} withBorder p="sm" radius="md" component="article" aria-label={name}>
                    <Group justify="space-between" align="flex-start" wrap="wrap">
                      <Stack gap={2}>
                        <Text fw={600}>
                          {name} ({labels.memberRole(m.role)})
                        </Text>
                        {account ? (
                          <Text size="sm" c="dimmed">
                            {t('familyAccounts.signInWith', { name: account.signInWith })}
                          </Text>
                        ) : null}
                        {account?.status === 'invited' && account.invitationExpiresAt ? (
                          <Text size="sm" c="dimmed">
                            {t('familyAccounts.until', { when: formatDateTime(account.invitationExpiresAt) })}
                          </Text>
                        ) : null}
                      </Stack>
                      <Badge
                        color={account ? STATUS_COLOR[account.status] : 'gray'}
                        variant="light"
                        radius="sm"
                      >
                        {t(`familyAccounts.status.${account?.status ?? 'none'}`)}
                      </Badge>
                    </Group>
                    {canWrite ? (
                      <Group gap="xs" mt="xs">
                        {account?.status !== 'active' ? (
                          <Button
                            size="xs"
                            variant="light"
                            onClick={() => setInviting({ memberId: m.id, name, account })}
                            aria-label={t(
                              account
                                ? 'familyAccounts.actions.reinviteOne'
                                : 'familyAccounts.actions.inviteOne',
                              {
                                name,
                              },
                            )}
                          >
                            {t(account ? 'familyAccounts.actions.reinvite' : 'familyAccounts.actions.invite')}
                          </Button>
                        ) : null}
                        {account && account.status !== 'deactivated' ? (
                          <Button
                            size="xs"
                            variant="subtle"
                            color="red.9"
                            c="red.9"
                            loading={deactivate.isPending && deactivate.variables === m.id}
                            onClick={() => deactivate.mutate(m.id)}
                            aria-label={t('familyAccounts.actions.deactivateOne', { name })}
                          >
                            {t('familyAccounts.actions.deactivate')}
                          </Button>
                        ) : null}
                      </Group>
                    ) : null}
                  </Paper>
                );
              })}
              {deactivate.error ? (
                <Text size="sm" c="red.9" role="alert">
                  {deactivate.error.message}
                </Text>
              ) : null}
            </Stack>
          )
        }
      </QueryState>
      {inviting ? (
        <InviteMemberDialog familyId={file.id} invitee={inviting} onClose={() => setInviting(null)} />
      ) : null}
    </SectionCard>
  );
}
