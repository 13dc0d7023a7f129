import type { Actor } from '../../platform/auth/actor';
import type { Executor } from '../../platform/db/database';
import { findFundingLineByCode } from '../funding';
import { listReferrals, referralsOfCollaboration } from './intake.repository';

export type IncompleteReferral = {
  reference: string;
  receivedOn: string;
  missing: ('decision' | 'perspectiveConversation')[];
};

const ALL = { limit: 100_000, offset: 0 };

/**
 * R22: the files of a period that still miss data, so the figures are not final yet: received
 * but not decided, or started without the date of the perspective-giving conversation (R26).
 * References and what is missing only — no names, no family: the staff officer who prepares the
 * steering group's figures may see this list without reading a referral.
 */
export async function listIncompleteReferrals(
  db: Executor,
  actor: Actor,
  period: { from: string; to: string; fundingLine?: string | null },
): Promise<IncompleteReferral[]> {
  let fundingLineId: string | undefined;
  if (period.fundingLine) {
    const line = await findFundingLineByCode(db, actor.collaborationId, period.fundingLine);
    if (!line) return [];
    fundingLineId = line.id;
  }
  const tenant = referralsOfCollaboration(actor.collaborationId);
  const filters = { from: period.from, to: period.to, fundingLineId };
  const undecided = await listReferrals(db, tenant, { ...filters, status: 'received' }, ALL);
  const started = await listReferrals(db, tenant, { ...filters, status: 'started' }, ALL);
  const incomplete: IncompleteReferral[] = [
    ...undecided.rows.map((r) => ({
      reference: r.reference,
      receivedOn: r.receivedOn,
      missing: ['decision' as const],
    })),
    ...started.rows
      .filter((r) => r.perspectiveConversationOn === null)
      .map((r) => ({
        reference: r.reference,
        receivedOn: r.receivedOn,
        missing: ['perspectiveConversation' as const],
      })),
  ];
  return incomplete.sort(
    (a, b) => a.receivedOn.localeCompare(b.receivedOn) || a.reference.localeCompare(b.reference),
  );
}
