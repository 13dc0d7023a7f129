import type { WaitingEntryDto, WaitingListResponse } from '../../../contracts/worklist';
import { FAMILY_COACHING_LINE } from '../../../domain/family-coaching';
import { rankWaiting, waitingFigures } from '../../../domain/waiting-list';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { recordFamiliesShown } from '../audit';
import { referralsWaitingForCoach } from '../coaching';
import { familyLabel, listMembersOf, toMemberView } from '../families';
import { waitingListReferrals } from '../intake';
import { expectedWaits } from './expected-waits';
import { listOpenTrajectories, listTrajectoriesOf } from './trajectories.repository';

type Entry = Omit<WaitingEntryDto, 'position' | 'waitingDays' | 'familyLabel'> & { tiebreak: string };

/**
 * R18: every waiting family — for the team (a referral on the waiting list, until the team
 * starts a trajectory with it) or for follow-up care elsewhere (recorded by its bridging help,
 * R2) — with its place in its queue and the waiting-time figures per line and per service.
 */
export async function getWaitingList(
  db: Db,
  actor: Actor,
  view: 'waitingList' | 'waitingListExport' = 'waitingList',
): Promise<WaitingListResponse> {
  return db.transaction(async (tx) => {
    const today = actor.clock.today();
    const referrals = await waitingListReferrals(tx, actor.collaborationId);
    const journeys = await listTrajectoriesOf(
      tx,
      referrals.map((r) => r.familyId),
    );
    const bridging = (await listOpenTrajectories(tx, actor.collaborationId)).filter(
      (t) => t.kind === 'bridging',
    );
    const bridged = new Set(bridging.map((t) => t.familyId));
    // The families' journeys by family: one pass, not a scan of all journeys per referral (ADR 041).
    const journeysOf = new Map<string, typeof journeys>();
    for (const t of journeys) journeysOf.set(t.familyId, [...(journeysOf.get(t.familyId) ?? []), t]);
    const coaching = referrals.filter((r) => r.fundingLine.code === FAMILY_COACHING_LINE);
    const waitingForCoach = await referralsWaitingForCoach(tx, actor.collaborationId, coaching);

    const entries: Entry[] = [];
    for (const r of referrals) {
      // The team's help started: no longer waiting for the team (bridging help does not count).
      const started = (journeysOf.get(r.familyId) ?? []).some(
        (t) => t.kind !== 'bridging' && t.startedOn >= r.receivedOn,
      );
      if (started) continue;
      // R23: family coaching's waiting ends when the central registration point matches a coach.
      if (r.fundingLine.code === FAMILY_COACHING_LINE && !waitingForCoach.has(r.id)) continue;
      entries.push({
        familyId: r.familyId,
        kind: 'team',
        waitsFor: r.fundingLine.name,
        waitingListOf: null,
        since: r.receivedOn,
        queue: `team:${r.fundingLine.name}`,
        hasBridging: bridged.has(r.familyId),
        referralId: r.id,
        reference: r.reference,
        tiebreak: r.reference,
      });
    }
    for (const t of bridging) {
      if (!t.waitingListOf || !t.waitingSince || !t.waitingFor) continue;
      entries.push({
        familyId: t.familyId,
        kind: 'followUpCare',
        waitsFor: t.waitingFor,
        waitingListOf: t.waitingListOf,
        since: t.waitingSince,
        queue: `followUpCare:${t.waitingListOf}`,
        hasBridging: true,
        referralId: null,
        reference: null,
        tiebreak: t.id,
      });
    }
    // The team's own queues first, then follow-up care per service; in each, first come first.
    const order = (e: { kind: string; queue: string; position: number }) =>
      [e.kind === 'team' ? 0 : 1, e.queue, e.position] as const;
    const byOrder = (a: { kind: string; queue: string; position: number }, b: typeof a) => {
      const [x, y] = [order(a), order(b)];
      return x[0] - y[0] || x[1].localeCompare(y[1]) || x[2] - y[2];
    };
    const ranked = rankWaiting(entries, today).sort(byOrder);
    const members = await listMembersOf(
      tx,
      ranked.map((e) => e.familyId),
    );
    const membersOf = new Map<string, typeof members>();
    for (const m of members) membersOf.set(m.familyId, [...(membersOf.get(m.familyId) ?? []), m]);
    const labelOf = (familyId: string) => familyLabel((membersOf.get(familyId) ?? []).map(toMemberView));
    await recordFamiliesShown(tx, actor, 'list', [...new Set(ranked.map((e) => e.familyId))], {
      view,
    });
    const display = (queue: string) => queue.slice(queue.indexOf(':') + 1);
    return {
      today,
      entries: ranked.map(({ tiebreak: _t, ...e }) => ({
        ...e,
        queue: display(e.queue),
        familyLabel: labelOf(e.familyId),
      })),
      // Issue 14 point 2: each queue's pace over the last quarter, and the wait it means.
      figures: await expectedWaits(
        tx,
        actor.collaborationId,
        today,
        waitingFigures(ranked)
          .map((f) => ({
            ...f,
            kind: f.queue.startsWith('team:') ? ('team' as const) : ('followUpCare' as const),
            queue: display(f.queue),
          }))
          .sort((a, b) => (a.kind === b.kind ? a.queue.localeCompare(b.queue) : a.kind === 'team' ? -1 : 1)),
      ),
    };
  });
}
