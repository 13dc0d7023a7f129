// What the URL may carry on the governance pages; anything unreadable is dropped.
import { z } from 'zod';

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

export const meetingSearch = z.object({ tab: optional(z.enum(['agenda', 'minutes', 'figures'])) });

export const todosSearch = z.object({
  status: optional(z.enum(['open', 'overdue', 'done', 'all'])),
  bodyId: optional(z.uuid()),
  owner: optional(z.string().max(200)),
});
export type TodosSearch = z.infer<typeof todosSearch>;

export const decisionsSearch = z.object({
  bodyId: optional(z.uuid()),
  evaluation: optional(z.enum(['dueOrUpcoming'])),
});
