import { Alert, Button, Group, Paper, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanContentDto, PlanVersionDto } from '../../../../contracts/plans';
import { type PlanConflict, resolveConflicts } from '../../../../domain/family-plan';
import { formatDateTime } from '../../../lib/format';

export type Conflict = { theirs: PlanVersionDto; merged: PlanContentDto; conflicts: PlanConflict[] };

function describe(item: unknown): string {
  if (!item || typeof item !== 'object') return '—';
  const i = item as Record<string, unknown>;
  return String(i.familyWords ?? i.description ?? i.text ?? i.title ?? i.note ?? '');
}

/**
 * After a 409: someone saved another version meanwhile. Changes to different parts are merged;
 * for each part both changed, the person chooses. Then they check the result and save again.
 */
export function ConflictPanel({
  conflict,
  onResolved,
}: {
  conflict: Conflict;
  onResolved: (content: PlanContentDto, baseVersion: PlanVersionDto) => void;
}) {
  const { t } = useTranslation();
  const [keepMine, setKeepMine] = useState<Set<string>>(new Set());
  const key = (c: PlanConflict) => `${c.section}:${c.id}`;
  const choose = (c: PlanConflict, mine: boolean) =>
    setKeepMine((old) => {
      const next = new Set(old);
      if (mine) next.add(key(c));
      else next.delete(key(c));
      return next;
    });
  return (
    <Alert color="orange" title={t('plan.conflict.title')} role="alert">
      <Stack gap="sm">
        <Text size="sm">
          {t('plan.conflict.text', {
            name: conflict.theirs.savedBy,
            version: conflict.theirs.version,
            at: formatDateTime(conflict.theirs.savedAt),
          })}
        </Text>
        {conflict.conflicts.length === 0 ? (
          <Text size="sm">{t('plan.conflict.merged')}</Text>
        ) : (
          <>
            <Text size="sm">{t('plan.conflict.choose', { count: conflict.conflicts.length })}</Text>
            {conflict.conflicts.map((c) => (
              <Paper key={key(c)} withBorder p="xs" radius="md">
                <Radio.Group
                  label={t(`plan.conflict.section.${c.section}`)}
                  value={keepMine.has(key(c)) ? 'mine' : 'theirs'}
                  onChange={(v) => choose(c, v === 'mine')}
                >
                  <Stack gap={4} mt={4}>
                    <Radio
                      value="theirs"
                      label={`${t('plan.conflict.theirs', { name: conflict.theirs.savedBy })}: ${describe(c.theirs) || t('plan.conflict.deleted')}`}
                    />
                    <Radio
                      value="mine"
                      label={`${t('plan.conflict.mine')}: ${describe(c.mine) || t('plan.conflict.deleted')}`}
                    />
                  </Stack>
                </Radio.Group>
              </Paper>
            ))}
          </>
        )}
        <Group justify="flex-end">
          <Button
            onClick={() =>
              onResolved(resolveConflicts(conflict.merged, conflict.conflicts, keepMine), conflict.theirs)
            }
          >
            {t('plan.conflict.apply')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
