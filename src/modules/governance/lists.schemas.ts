// The three lists (三张清单): core products, technology needs, talent needs.
import { z } from 'zod';
import { AUXILIARY_INDUSTRIES, MAIN_INDUSTRIES } from '../organisations/organisations.codes';
import { EDUCATION_LEVELS } from '../positions/positions.codes';
import { optionalText, pageQuery, pageResult, text } from '../../platform/validation';
import { TECHNOLOGY_NEED_STATUSES } from './governance.codes';
import { organisationRef, searchText } from './governance.schemas';

/** The zone's "2主3辅" industries: the lists are about them. */
export const ZONE_INDUSTRIES = [...MAIN_INDUSTRIES, ...AUXILIARY_INDUSTRIES] as const;
const zoneIndustry = z.enum(ZONE_INDUSTRIES, { error: 'governance.industry_not_zone' });

export const versionQuery = z.object({ version: z.coerce.number().int().min(1) });

const coreProductFields = {
  industry: zoneIndustry,
  product: text(100),
  /** The enterprise that makes it. */
  organisationId: z.uuid(),
  description: optionalText(1000),
};
export const createCoreProductBody = z.object(coreProductFields).strict();
export type CreateCoreProductInput = z.infer<typeof createCoreProductBody>;
export const updateCoreProductBody = z
  .object(coreProductFields)
  .partial()
  .extend({ version: z.number().int().min(1) })
  .strict();
export type UpdateCoreProductInput = z.infer<typeof updateCoreProductBody>;

export const coreProductSchema = z.object({
  id: z.uuid(),
  industry: z.enum(ZONE_INDUSTRIES),
  product: z.string(),
  organisation: organisationRef,
  description: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CoreProductView = z.infer<typeof coreProductSchema>;

export const coreProductFilters = z.object({
  industry: z.enum(ZONE_INDUSTRIES).optional(),
  organisationId: z.uuid().optional(),
  q: searchText,
});
export type CoreProductFilters = z.infer<typeof coreProductFilters>;
export const listCoreProductsQuery = coreProductFilters.extend(pageQuery.shape);
export const coreProductPage = pageResult(coreProductSchema);

const technologyNeedFields = {
  industry: zoneIndustry,
  organisationId: z.uuid(),
  title: text(120),
  description: optionalText(4000),
  status: z.enum(TECHNOLOGY_NEED_STATUSES),
  /** The technical challenge (揭榜挂帅) the need was posted as. */
  challengeId: z.uuid().nullable(),
};
export const createTechnologyNeedBody = z
  .object({
    ...technologyNeedFields,
    status: technologyNeedFields.status.default('open'),
    challengeId: technologyNeedFields.challengeId.optional(),
  })
  .strict();
export type CreateTechnologyNeedInput = z.infer<typeof createTechnologyNeedBody>;
export const updateTechnologyNeedBody = z
  .object(technologyNeedFields)
  .partial()
  .extend({ version: z.number().int().min(1) })
  .strict();
export type UpdateTechnologyNeedInput = z.infer<typeof updateTechnologyNeedBody>;

export const technologyNeedSchema = z.object({
  id: z.uuid(),
  industry: z.enum(ZONE_INDUSTRIES),
  organisation: organisationRef,
  title: z.string(),
  description: z.string().nullable(),
  status: z.enum(TECHNOLOGY_NEED_STATUSES),
  challenge: z.object({ id: z.uuid(), title: z.string(), status: z.string() }).nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TechnologyNeedView = z.infer<typeof technologyNeedSchema>;

export const technologyNeedFilters = z.object({
  industry: z.enum(ZONE_INDUSTRIES).optional(),
  status: z.enum(TECHNOLOGY_NEED_STATUSES).optional(),
  organisationId: z.uuid().optional(),
  q: searchText,
});
export type TechnologyNeedFilters = z.infer<typeof technologyNeedFilters>;
export const listTechnologyNeedsQuery = technologyNeedFilters.extend(pageQuery.shape);
export const technologyNeedPage = pageResult(technologyNeedSchema);

/**
 * 人才需求清单: hiring demand per enterprise and post, from positions. Without a year it is the
 * demand open today (published, not past closing); with a year, all demand published that year.
 */
export const talentNeedFilters = z.object({
  industry: z.enum(ZONE_INDUSTRIES).optional(),
  organisationId: z.uuid().optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  q: searchText,
});
export type TalentNeedFilters = z.infer<typeof talentNeedFilters>;
export const listTalentNeedsQuery = talentNeedFilters.extend(pageQuery.shape);

export const talentNeedSchema = z.object({
  organisation: organisationRef,
  /** The post, as the positions name it. */
  title: z.string(),
  positions: z.number().int(),
  headcount: z.number().int(),
  filled: z.number().int(),
  /** Lowest education the posts ask for. */
  minEducation: z.enum(EDUCATION_LEVELS),
  majors: z.array(z.string()),
  /** How many of the positions were recorded on a visit (走访). */
  fromVisits: z.number().int(),
  lastPublishedOn: z.string().nullable(),
});
export type TalentNeedView = z.infer<typeof talentNeedSchema>;
export const talentNeedPage = pageResult(talentNeedSchema);
