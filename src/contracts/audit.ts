import { z } from 'zod';

export const auditEventDto = z.object({
  id: z.string(),
  at: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  actor: z.object({ id: z.uuid().nullable(), displayName: z.string().nullable() }),
  details: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEventDto = z.infer<typeof auditEventDto>;
export const auditTrailResponse = z.object({ items: z.array(auditEventDto) });
