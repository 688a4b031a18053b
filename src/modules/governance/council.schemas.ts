import { z } from 'zod';
import { COUNCIL_ROLES, INDUSTRIES, ORGANISATION_TYPES } from '../organisations/organisations.codes';
import { isoDate, optionalText, pageQuery, pageResult } from '../../platform/validation';
import { TERM_STATUSES } from './governance.codes';
import { searchText } from './governance.schemas';

export const createCouncilTermBody = z
  .object({
    organisationId: z.uuid(),
    role: z.enum(COUNCIL_ROLES),
    startOn: isoDate,
    endOn: isoDate.nullish(),
    note: optionalText(500),
  })
  .strict();
export type CreateCouncilTermInput = z.infer<typeof createCouncilTermBody>;

export const updateCouncilTermBody = z
  .object({
    role: z.enum(COUNCIL_ROLES),
    startOn: isoDate,
    endOn: isoDate.nullable(),
    note: optionalText(500),
  })
  .partial()
  .extend({ version: z.number().int().min(1) })
  .strict();
export type UpdateCouncilTermInput = z.infer<typeof updateCouncilTermBody>;

export const councilTermSchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  organisationName: z.string(),
  organisationType: z.enum(ORGANISATION_TYPES),
  industry: z.enum(INDUSTRIES),
  role: z.enum(COUNCIL_ROLES),
  startOn: z.string(),
  endOn: z.string().nullable(),
  status: z.enum(TERM_STATUSES),
  note: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CouncilTermView = z.infer<typeof councilTermSchema>;

export const councilTermFilters = z.object({
  organisationId: z.uuid().optional(),
  role: z.enum(COUNCIL_ROLES).optional(),
  status: z.enum(TERM_STATUSES).optional(),
  organisationType: z.enum(ORGANISATION_TYPES).optional(),
  industry: z.enum(INDUSTRIES).optional(),
  q: searchText,
});
export type CouncilTermFilters = z.infer<typeof councilTermFilters>;

export const listCouncilTermsQuery = councilTermFilters.extend(pageQuery.shape);
export const councilTermPage = pageResult(councilTermSchema);

/** The council today: members by role and by type of organisation. */
export const councilSummarySchema = z.object({
  members: z.number().int(),
  byRole: z.array(z.object({ role: z.enum(COUNCIL_ROLES), count: z.number().int() })),
  byType: z.array(z.object({ type: z.enum(ORGANISATION_TYPES), count: z.number().int() })),
});
export type CouncilSummary = z.infer<typeof councilSummarySchema>;
