// The one-time code's instruction sheet (issue 13 point 1): what a worker hands over at a home
// visit to a family without e-mail. Plain words (B1), in the family's language (not the
// worker's), big enough to read on paper. Made in the browser from the invitation's answer: the
// code is never sent back to the server, stored or put in an address.
import { List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../contracts/common';
import { formatDateTime } from '../../../lib/format';

export type InstructionSheetFacts = {
  locale: Locale;
  name: string;
  signInName: string;
  code: string;
  expiresAt: string;
  address: string;
  worker: string;
  organisation: string | null;
  phone: string;
};

export function InstructionSheet({ facts }: { facts: InstructionSheetFacts }) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(facts.locale);
  const [date, time] = formatDateTime(facts.expiresAt).split(' ');
  const who = facts.organisation
    ? t('familyAccounts.sheet.workerOf', { worker: facts.worker, organisation: facts.organisation })
    : facts.worker;
  return (
    <Stack gap="sm" lang={facts.locale} className="print-sheet" fz="lg">
      <Title order={2}>{t('familyAccounts.sheet.title')}</Title>
      <Text fz="lg">{t('familyAccounts.sheet.intro', { name: facts.name })}</Text>
      <List type="ordered" spacing="sm" fz="lg">
        <List.Item>
          {t('familyAccounts.sheet.go')}
          <Text fw={700} fz="xl" ff="monospace">
            {facts.address}
          </Text>
        </List.Item>
        <List.Item>
          {t('familyAccounts.sheet.typeCode')}
          <Text fw={700} fz="xl" ff="monospace" data-testid="sheet-code">
            {facts.code}
          </Text>
        </List.Item>
        <List.Item>{t('familyAccounts.sheet.password')}</List.Item>
        <List.Item>
          {t('familyAccounts.sheet.signIn')}
          <Text fw={700} fz="xl" ff="monospace">
            {facts.signInName}
          </Text>
        </List.Item>
      </List>
      <Text fz="lg" fw={700}>
        {t('familyAccounts.sheet.until', { date, time })}
      </Text>
      <Text fz="lg">{t('familyAccounts.sheet.secret')}</Text>
      <Text fz="lg">
        {facts.phone.trim()
          ? t('familyAccounts.sheet.call', { who, phone: facts.phone.trim() })
          : t('familyAccounts.sheet.ask', { who })}
      </Text>
    </Stack>
  );
}
