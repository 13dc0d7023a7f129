// R5 family care at its start and as it is completed: the family must have a child from
// pregnancy to 3 years on the start date; the referral to the provider comes before care starts,
// and the first contact after the referral and not later than today.
import type { FamilyCareDetails } from '../../../contracts/trajectories';
import { checkFamilyCareDetails, isFamilyEligibleForFamilyCare } from '../../../domain/family-care';
import type { Executor } from '../../platform/db/database';
import { unprocessable } from '../../platform/http/app-error';
import { listMembersOf } from '../families';
import type { TrajectoryRow } from './trajectories.repository';

type FamilyCareColumns = Pick<
  TrajectoryRow,
  'familyCareProvider' | 'familyCareReferredOn' | 'familyCareFirstContactOn' | 'familyCareReferrerPresent'
>;

function checked(values: FamilyCareColumns, startedOn: string, today: string): FamilyCareColumns {
  const problem = checkFamilyCareDetails({
    startedOn,
    referredOn: values.familyCareReferredOn ?? startedOn,
    firstContactOn: values.familyCareFirstContactOn,
    today,
  });
  if (problem) throw unprocessable(problem.code, problem.field);
  return values;
}

/**
 * R5: the family-care line serves families with a child from pregnancy to 3 years — for every
 * trajectory started on it, of whatever kind, as at intake (line-rules).
 */
export async function requireFamilyCareEligible(tx: Executor, familyId: string, on: string): Promise<void> {
  const children = (await listMembersOf(tx, [familyId])).filter((m) => m.role === 'child');
  if (!isFamilyEligibleForFamilyCare(children, on))
    throw unprocessable('FAMILY_CARE_NOT_ELIGIBLE', 'family.members');
}

/** R5: family care starts only for an eligible family; referred on defaults to the referral or the start. */
export async function familyCareStartValues(
  tx: Executor,
  familyId: string,
  input: FamilyCareDetails,
  context: { startedOn: string; today: string; referralReceivedOn: string | null },
): Promise<FamilyCareColumns> {
  await requireFamilyCareEligible(tx, familyId, context.startedOn);
  // The family's referral dates the referral to care, unless it came in after the chosen start.
  const received = context.referralReceivedOn;
  const fallback = received && received < context.startedOn ? received : context.startedOn;
  return checked(
    {
      familyCareProvider: input.provider,
      familyCareReferredOn: input.referredOn ?? fallback,
      familyCareFirstContactOn: input.firstContactOn ?? null,
      familyCareReferrerPresent: input.isReferrerPresent ?? null,
    },
    context.startedOn,
    context.today,
  );
}

/** Completing family care later: absent fields stay, null clears the optional ones. */
export function familyCareUpdateValues(
  row: TrajectoryRow,
  input: Partial<FamilyCareDetails>,
  today: string,
): FamilyCareColumns {
  return checked(
    {
      familyCareProvider: input.provider ?? row.familyCareProvider,
      familyCareReferredOn:
        input.referredOn === undefined ? row.familyCareReferredOn : (input.referredOn ?? row.startedOn),
      familyCareFirstContactOn:
        input.firstContactOn === undefined ? row.familyCareFirstContactOn : input.firstContactOn,
      familyCareReferrerPresent:
        input.isReferrerPresent === undefined ? row.familyCareReferrerPresent : input.isReferrerPresent,
    },
    row.startedOn,
    today,
  );
}
