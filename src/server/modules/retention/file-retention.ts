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
import { familyLabel, findFamily, listMembersOf, listRetentionFacts, toMemberView } from '../families';
import { countOpenTrajectoriesByFamily } from '../trajectories';
import { retentionAgeOf } from './retention-settings';

/** What the rule reads of a member row. */
export function retentionMemberOf(m: {
  role: RetentionMember['role'];
  birthDate: string | null;
  dueDate: string | null;
  createdAt: Date;
}): RetentionMember {
  return { role: m.role, birthDate: m.birthDate, dueDate: m.dueDate, recordedOn: brusselsDay(m.createdAt) };
}

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
    const facts = rows.map(retentionMemberOf);
    const dueOn = retentionDueOn(facts, input.ageOf(file.collaborationId), brusselsDay(file.createdAt));
    const births = facts.map(assumedBirthDate).filter((b): b is string => b !== null);
    const youngest = facts.find((m) => assumedBirthDate(m) === births.sort().at(-1));
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

/** R30: until when one file is kept — what the family is told at closing and in its copy. */
export async function keptUntilOf(
  db: Executor,
  input: { id: string; collaborationId: string },
): Promise<{ retentionAge: number; keptUntil: IsoDate }> {
  const file = await findFamily(db, input.collaborationId, input.id);
  if (!file) throw new Error(`no family ${input.id}`);
  const retentionAge = await retentionAgeOf(db, file.collaborationId);
  const members = await listMembersOf(db, [file.id]);
  const keptUntil = retentionDueOn(members.map(retentionMemberOf), retentionAge, brusselsDay(file.createdAt));
  return { retentionAge, keptUntil };
}
