import type { SpendingEntryDto } from '../../../contracts/funding';
import type { SpendingRow } from './funding.repository';

export const toSpendingDto = (r: SpendingRow): SpendingEntryDto => ({
  id: r.id,
  year: r.year,
  category: r.category,
  status: r.status,
  amountCents: r.amountCents,
  bookedOn: r.bookedOn,
  description: r.description,
  bookedByName: r.bookedByName,
  cancelled: r.cancelledAt
    ? { at: r.cancelledAt.toISOString(), byName: r.cancelledByName, reason: r.cancelReason }
    : null,
});
