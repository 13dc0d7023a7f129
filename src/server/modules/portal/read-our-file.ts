import type { PortalFileDto } from '../../../contracts/portal';
import { visibleToFamily } from '../../../domain/family-visibility';
import { type Extension, shortTermStatus } from '../../../domain/trajectories';
import type { Db } from '../../platform/db/database';
import { listContactsOf, listMeetingsOf, listTrajectoriesOf } from '../trajectories';
import { type FamilyActor, inOwnFamily } from './own-family';

/**
 * What is written about us (issue 13 point 2): the contacts and their notes — without what R28
 * keeps out, decided by family-visibility.ts — our trajectories and what comes next, and the
 * hand-over record.
 */
export async function readOurFile(db: Db, actor: FamilyActor): Promise<PortalFileDto> {
  return inOwnFamily(db, actor, 'file', async (tx, family) => {
    const contacts = visibleToFamily(family.viewer, await listContactsOf(tx, family.id));
    const trajectories = await listTrajectoriesOf(tx, [family.id]);
    const meetings = await listMeetingsOf(
      tx,
      trajectories.map((t) => t.id),
    );
    return {
      contacts: contacts.map((c) => ({
        kind: c.kind,
        occurredOn: c.occurredOn,
        durationMinutes: c.durationMinutes,
        note: c.note,
        recordedBy: c.recordedByName,
      })),
      trajectories: trajectories.map((t) => {
        const extension: Extension | null =
          t.extensionUntilOn && t.extensionRequestedOn
            ? {
                requestedBy: t.extensionRequestedByName ?? '',
                untilOn: t.extensionUntilOn,
                acceptedOn: t.extensionAcceptedOn,
              }
            : null;
        const next = meetings.find(
          (m) => m.trajectoryId === t.id && m.heldOn === null && m.plannedOn >= family.today,
        );
        return {
          kind: t.kind,
          status: t.status,
          startedOn: t.startedOn,
          closedOn: t.closedOn,
          endsOn:
            t.kind === 'shortTerm' && t.status === 'open'
              ? shortTermStatus({ startedOn: t.startedOn, today: family.today, extension }).endsOn
              : null,
          nextMeetingOn: t.status === 'open' ? (next?.plannedOn ?? null) : null,
          handover: t.handover
            ? {
                ...t.handover,
                conversationOn: t.handover.conversationOn ?? null,
                sharedInformation: t.handover.sharedInformation ?? null,
                coordinationAgreement: t.handover.coordinationAgreement ?? null,
              }
            : null,
        };
      }),
    };
  });
}
