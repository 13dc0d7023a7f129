import type { Executor } from '../../platform/db/database';
import { insertNotStartedReasons } from './intake.repository';

// R4: "not started, with a reason" — the list a new collaboration starts with; it can grow.
export const PRESET_NOT_STARTED_REASONS = [
  { code: 'choseOtherHelp', label: 'Koos voor andere hulp' },
  { code: 'outsideTargetGroup', label: 'Buiten de doelgroep' },
  { code: 'outsideRegion', label: 'Buiten de regio' },
  { code: 'noCapacity', label: 'Geen capaciteit' },
  { code: 'familyDeclined', label: 'Gezin zag af van hulp' },
  { code: 'other', label: 'Andere' },
] as const;

export async function presetNotStartedReasons(db: Executor, collaborationId: string) {
  await insertNotStartedReasons(
    db,
    PRESET_NOT_STARTED_REASONS.map((r, sortOrder) => ({ collaborationId, ...r, sortOrder })),
  );
}
