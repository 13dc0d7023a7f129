// R30: when each file of a collaboration is due, from its members and open trajectories.
import { brusselsDay, type IsoDate } from '../../../domain/dates';
import {
  assumedBirthDate,
  type RetentionMember,
  type RetentionState,
  retentionDueOn,
  retentionState,
} from '../../../domain/retention';
import type { Executor } from '../../platform/db/database';
import { familyLabel, listMembersOf, listRetentionFacts, toMemberView } from '../families';
import { countOpenTrajectoriesByFamily } from '../trajectories';

export type FileRetention = {
  familyId: string;
  collaborationId: string;
  label: string | null;
  pseudonym: string | null;
  dueOn: IsoDate;
  state: RetentionState;
  birthDateAssumed: boolean;
};

/**
 * Every file still holding personal data with its due day and state as of `today`; one
 * collaboration's, or all (the daily job). `ageOf` gives each collaboration's retention age.
 */
export async function fileRetentions(
  db: Executor,
  input: { collaborationId?: string; today: IsoDate; ageOf: (collaborationId: string) => number },
): Promise<FileRetention[]> {
  const files = await listRetentionFacts(db, input.collaborationId);
  const members = await listMembersOf(
    db,
    files.map((f) => f.id),
  );
  const byFamily = new Map<string, typeof members>();
  for (const m of members) byFamily.set(m.familyId, [...(byFamily.get(m.familyId) ?? []), m]);
  const open = new Map<string, number>();
  for (const collaborationId of new Set(files.map((f) => f.collaborationId)))
    for (const [familyId, n] of await countOpenTrajectoriesByFamily(db, collaborationId))
      open.set(familyId, n);

  return files.map((file) => {
    const rows = byFamily.get(file.id) ?? [];
    const facts: RetentionMember[] = rows.map((m) => ({
      birthDate: m.birthDate,
      dueDate: m.dueDate,
      recordedOn: brusselsDay(m.createdAt),
    }));
    const dueOn = retentionDueOn(facts, input.ageOf(file.collaborationId), brusselsDay(file.createdAt));
    const youngest = facts.find((m) => assumedBirthDate(m) === facts.map(assumedBirthDate).sort().at(-1));
    return {
      familyId: file.id,
      collaborationId: file.collaborationId,
      label: familyLabel(rows.map(toMemberView)),
      pseudonym: file.pseudonym,
      dueOn,
      state: retentionState({ dueOn, today: input.today, hasOpenTrajectory: (open.get(file.id) ?? 0) > 0 }),
      birthDateAssumed: facts.length === 0 || (youngest ? !youngest.birthDate && !youngest.dueDate : false),
    };
  });
}
