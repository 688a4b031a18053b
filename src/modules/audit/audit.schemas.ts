import { z } from 'zod';
import { pageQuery, pageResult } from '../../platform/validation';

const timestamp = z.iso.datetime({ offset: true }).or(z.iso.date());

export const auditFilters = z.object({
  action: z.string().trim().max(100).optional(),
  entityType: z.string().trim().max(50).optional(),
  entityId: z.string().trim().max(100).optional(),
  actor: z.string().trim().max(100).optional(),
  organisationId: z.uuid().optional(),
  from: timestamp.optional(),
  to: timestamp.optional(),
});
export type AuditFilters = z.infer<typeof auditFilters>;

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actorLabel: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  organisationId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  ip: z.string().nullable(),
});

export const listAuditQuery = auditFilters.extend(pageQuery.shape);
export const auditPage = pageResult(auditEntrySchema);
