import { z } from 'zod';
import { isoDate, optionalText, pageQuery, pageResult, queryBoolean, text } from '../../platform/validation';
import { findCreditCodeProblem, normaliseCreditCode } from './credit-code';
import { COUNCIL_ROLES, INDUSTRIES, ORGANISATION_TYPES } from './organisations.codes';
import { isRegionCode } from './regions';

export { COUNCIL_ROLES, INDUSTRIES, ORGANISATION_TYPES, type OrganisationType } from './organisations.codes';

export const creditCode = z
  .string()
  .transform(normaliseCreditCode)
  .superRefine((code, ctx) => {
    const problem = findCreditCodeProblem(code);
    if (!problem) return;
    if (problem.kind === 'format') ctx.addIssue({ code: 'custom', message: 'credit_code.format' });
    else ctx.addIssue({ code: 'custom', message: 'credit_code.check', params: { expected: problem.expected } });
  });

export const regionCode = z
  .string()
  .trim()
  .refine((code) => /^\d{6}$/.test(code) && isRegionCode(code), 'region.unknown');

const website = z
  .string()
  .trim()
  .max(200)
  .transform((v) => (v === '' ? null : v))
  .pipe(z.url({ protocol: /^https?$/ }).nullable())
  .nullish();

const contactEmail = z
  .string()
  .trim()
  .toLowerCase()
  .transform((v) => (v === '' ? null : v))
  .pipe(z.email().max(254).nullable())
  .nullish();

/** Every field an organisation has; create takes them all, update any subset. */
const organisationFields = {
  name: text(100),
  shortName: optionalText(30),
  type: z.enum(ORGANISATION_TYPES),
  creditCode,
  regionCode,
  address: optionalText(200),
  industry: z.enum(INDUSTRIES),
  councilRole: z.enum(COUNCIL_ROLES).nullish(),
  joinedOn: isoDate.nullish(),
  isHighTech: z.boolean().default(false),
  isTechSme: z.boolean().default(false),
  contactName: optionalText(50),
  contactPhone: optionalText(30),
  contactEmail,
  website,
  description: optionalText(2000),
};

export const createOrganisationBody = z.object(organisationFields).strict();
export type CreateOrganisationInput = z.infer<typeof createOrganisationBody>;

export const updateOrganisationBody = z
  .object({
    ...organisationFields,
    isHighTech: z.boolean(),
    isTechSme: z.boolean(),
  })
  .partial()
  .extend({ version: z.number().int().min(1) })
  .strict();
export type UpdateOrganisationInput = z.infer<typeof updateOrganisationBody>;

/** What an org_admin may change about their own organisation; the rest is the operator's. */
export const SELF_EDITABLE_FIELDS = ['shortName', 'address', 'contactName', 'contactPhone', 'contactEmail', 'website', 'description'] as const;

export const organisationSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  shortName: z.string().nullable(),
  type: z.enum(ORGANISATION_TYPES),
  creditCode: z.string(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  address: z.string().nullable(),
  industry: z.enum(INDUSTRIES),
  councilRole: z.enum(COUNCIL_ROLES).nullable(),
  joinedOn: z.string().nullable(),
  isHighTech: z.boolean(),
  isTechSme: z.boolean(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  contactEmail: z.string().nullable(),
  website: z.string().nullable(),
  description: z.string().nullable(),
  isActive: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type OrganisationView = z.infer<typeof organisationSchema>;

export const organisationFilters = z.object({
  q: z
    .string()
    .transform((v) => v.normalize('NFKC').trim())
    .pipe(z.string().max(100))
    .optional(),
  type: z.enum(ORGANISATION_TYPES).optional(),
  industry: z.enum(INDUSTRIES).optional(),
  /** A council role, `any` for every member, `none` for non-members. */
  councilRole: z.enum([...COUNCIL_ROLES, 'any', 'none']).optional(),
  isActive: queryBoolean.optional(),
  regionCode: z.string().regex(/^\d{6}$/).optional(),
});
export type OrganisationFilters = z.infer<typeof organisationFilters>;

export const listOrganisationsQuery = organisationFilters.extend(pageQuery.shape);
export const organisationPage = pageResult(organisationSchema);

export const importQuery = z.object({ mode: z.enum(['preview', 'commit']).default('preview') });
export const importIssue = z.object({ row: z.number().int(), column: z.string(), message: z.string() });
export const importReport = z.object({
  mode: z.enum(['preview', 'commit']),
  rows: z.number().int(),
  valid: z.number().int(),
  created: z.number().int(),
  errors: z.array(importIssue),
});
export type ImportReport = z.infer<typeof importReport>;

export const publicStatsSchema = z.object({
  councilMembers: z.number().int(),
  enterprises: z.number().int(),
  schools: z.number().int(),
  otherMembers: z.number().int(),
});
