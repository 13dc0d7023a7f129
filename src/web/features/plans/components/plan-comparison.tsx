import { Badge, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanComparisonDto, PlanContentDto } from '../../../../contracts/plans';
import { PLAN_SECTIONS } from '../../../../domain/family-plan';
import { formatDate } from '../../../lib/format';
import { useJourneyLabels } from '../../../lib/journey-labels';

type FieldChange = PlanComparisonDto['changes']['actions']['changed'][number]['fields'][number];
type Value = FieldChange['before'];

const text = (item: Record<string, unknown>) =>
  String(
    item.familyWords ??
      item.description ??
      item.text ??
      item.title ??
      `${formatDate(String(item.on ?? ''))} ${item.scale ?? ''}/10`,
  );

// The order a person reads an item in, whatever the key order of the stored JSON.
const FIELD_ORDER = [
  'familyWords',
  'professionalWording',
  'text',
  'description',
  'title',
  'organisation',
  'status',
  'goalId',
  'owner.kind',
  'owner.name',
  'on',
  'by',
  'scale',
  'note',
  'dueOn',
  'doneOn',
  'helpPlanId',
];
const rank = (field: string) => {
  const i = FIELD_ORDER.indexOf(field);
  return i < 0 ? FIELD_ORDER.length : i;
};
const FIELD_LABEL: Record<string, string> = { 'owner.kind': 'ownerKind', 'owner.name': 'owner' };

/** "Soort eigenaar: Gezinslid → Netwerk" — a field in words, its values as the plan shows them. */
function useFieldText(contents: PlanContentDto[]) {
  const { t } = useTranslation();
  const labels = useJourneyLabels();
  const goals = new Map(contents.flatMap((c) => c.goals.map((g) => [g.id, g.familyWords] as const)));
  const helpPlans = new Map(contents.flatMap((c) => c.helpPlans.map((h) => [h.id, h.title] as const)));
  const value = (field: string, v: Value): string => {
    if (v === null || v === '') return t('plan.versions.field.empty');
    const s = String(v);
    if (field === 'status') return labels.goalStatus(s);
    if (field === 'owner.kind') return labels.ownerKind(s);
    if (field === 'by') return labels.evaluator(s);
    if (field === 'on' || field === 'dueOn' || field === 'doneOn') return formatDate(s);
    if (field === 'goalId') return goals.get(s) ?? s;
    if (field === 'helpPlanId') return helpPlans.get(s) ?? s;
    return s;
  };
  return (c: FieldChange) => ({
    label: t(`plan.versions.field.${FIELD_LABEL[c.field] ?? c.field}`, { defaultValue: c.field }),
    before: value(c.field, c.before),
    after: value(c.field, c.after),
  });
}

/** What changed between two versions: for a changed item, exactly which fields, before → after. */
export function PlanComparison({
  comparison,
  contents,
}: {
  comparison: PlanComparisonDto;
  /** Both versions, to name the goal or help plan an item points at. */
  contents: PlanContentDto[];
}) {
  const { t } = useTranslation();
  const fieldText = useFieldText(contents);
  const parts = PLAN_SECTIONS.map((s) => ({ section: s, c: comparison.changes[s] })).filter(
    ({ c }) => c.added.length + c.removed.length + c.changed.length > 0,
  );
  if (parts.length === 0) return <Text size="sm">{t('plan.versions.noDifferences')}</Text>;
  return (
    <Stack gap="sm" data-testid="plan-comparison">
      {parts.map(({ section, c }) => (
        <div key={section}>
          <Title order={3} size="h6">
            {t(`plan.conflict.section.${section}`)}
          </Title>
          <List size="sm">
            {c.added.map((i) => (
              <List.Item key={`a${i.id}`}>
                <Badge size="xs" color="green" variant="light" mr={6}>
                  {t('plan.versions.added')}
                </Badge>
                {text(i as never)}
              </List.Item>
            ))}
            {c.removed.map((i) => (
              <List.Item key={`r${i.id}`}>
                <Badge size="xs" color="red.9" variant="light" mr={6}>
                  {t('plan.versions.removed')}
                </Badge>
                {text(i as never)}
              </List.Item>
            ))}
            {c.changed.map(({ after, fields }) => (
              <List.Item key={`c${after.id}`}>
                <Badge size="xs" color="orange" variant="light" mr={6}>
                  {t('plan.versions.changed')}
                </Badge>
                {text(after as never)}
                <List size="sm" withPadding>
                  {[...fields]
                    .sort((a, b) => rank(a.field) - rank(b.field))
                    .map((f) => {
                      const { label, before, after: now } = fieldText(f);
                      return (
                        <List.Item key={f.field} data-field={f.field}>
                          {label}: {before} → {now}
                        </List.Item>
                      );
                    })}
                </List>
              </List.Item>
            ))}
          </List>
        </div>
      ))}
    </Stack>
  );
}
