// Labels for the codes of the family's journey (trajectory kinds, contact kinds, …) and the
// small formatting helpers the family file, the plan and the worklists share.
import { useTranslation } from 'react-i18next';
import { memberAge } from '../../domain/member-age';

export function useJourneyLabels() {
  const { t } = useTranslation();
  const code = (group: string) => (value: string) => t(`codes:${group}.${value}`, { defaultValue: value });
  return {
    trajectoryKind: code('trajectoryKind'),
    closeReason: code('closeReason'),
    contactKind: code('contactKind'),
    hiddenReason: code('hiddenReason'),
    goalStatus: code('goalStatus'),
    ownerKind: code('ownerKind'),
    evaluator: code('evaluator'),
    agreementMethod: code('agreementMethod'),
    networkKind: code('networkKind'),
    dueKind: code('dueKind'),
    dueState: code('dueState'),
    handoverPart: code('handoverPart'),
    shortTermState: code('shortTermState'),
    memberRole: code('memberRole'),
    role: code('role'),
  };
}

/** "12 jaar, 3 maanden", "verwacht over 6 weken" — the age the file shows beside a child. */
export function useAgeLabel() {
  const { t } = useTranslation();
  return (member: { birthDate: string | null; dueDate: string | null }, today: string): string => {
    const age = memberAge(member, today);
    if (age.kind === 'born')
      return age.years > 0
        ? t('family.age.years', { count: age.years, months: age.months })
        : t('family.age.months', { count: age.months });
    if (age.kind === 'unborn') return t('family.age.unborn', { count: age.weeksToGo });
    return '';
  };
}

export function personName(m: { givenName: string | null; familyName: string | null }): string {
  return [m.givenName, m.familyName].filter(Boolean).join(' ');
}

/** Ids for new items of the plan: stable across versions, chosen here so the draft can refer to them. */
export function newItemId(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID();
  return `item-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
