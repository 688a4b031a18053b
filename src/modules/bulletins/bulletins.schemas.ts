import { z } from 'zod';
import { optionalText, pageQuery, pageResult, text } from '../../platform/validation';
import { EDUCATION_LEVELS } from '../positions/positions.codes';
import { BULLETIN_LIMITS, BULLETIN_STATUSES } from './bulletins.codes';

export { BULLETIN_STATUSES, type BulletinStatus } from './bulletins.codes';

const year = z.number().int().min(BULLETIN_LIMITS.minYear).max(BULLETIN_LIMITS.maxYear);

/** Landlines (0878-3126655), mobiles and extensions: digits with the usual separators. */
const contactPhone = optionalText(30)
  .refine((v) => v === null || v === undefined || /^[0-9+()\s-]{5,30}$/.test(v), 'field.invalid_format')
  .transform((v) => v ?? null);

export const contactPointSchema = z
  .object({
    name: text(60),
    phone: contactPhone,
    address: optionalText(200).transform((v) => v ?? null),
  })
  .strict();

const contactPoints = z.array(contactPointSchema).min(1, 'bulletin.contact_required').max(BULLETIN_LIMITS.maxContactPoints);

/** Positions in the order the operator wants them; each at most once. */
const positionIds = z
  .array(z.uuid())
  .min(1, 'bulletin.positions_required')
  .max(BULLETIN_LIMITS.maxPositions)
  .superRefine((ids, ctx) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) ctx.addIssue({ code: 'custom', message: 'bulletin.duplicate_position', path: [i] });
      seen.add(id);
    });
  });

export const createBulletinBody = z
  .object({
    year,
    /** Omitted or empty: 楚雄高新区人力资源服务平台招聘信息（2023年第N期）. */
    title: optionalText(120),
    introduction: text(4000),
    contactPoints,
    positionIds,
  })
  .strict();
export type CreateBulletinInput = z.infer<typeof createBulletinBody>;

export const updateBulletinBody = z
  .object({
    /** null or empty resets the default title. */
    title: optionalText(120),
    introduction: text(4000).optional(),
    contactPoints: contactPoints.optional(),
    positionIds: positionIds.optional(),
    version: z.number().int().min(1),
  })
  .strict();
export type UpdateBulletinInput = z.infer<typeof updateBulletinBody>;

export const bulletinFilters = z.object({
  year: z.coerce.number().pipe(year).optional(),
  status: z.enum(BULLETIN_STATUSES).optional(),
});
export type BulletinFilters = z.infer<typeof bulletinFilters>;
export const listBulletinsQuery = bulletinFilters.extend(pageQuery.shape);

export const listPublicBulletinsQuery = z.object({ year: z.coerce.number().pipe(year).optional() }).extend(pageQuery.shape);

export const bulletinPositionSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  headcount: z.number().int(),
  educationLevel: z.enum(EDUCATION_LEVELS),
  /** 本科, 大专 … */
  educationLabel: z.string(),
  salaryMin: z.number().int().nullable(),
  salaryMax: z.number().int().nullable(),
  /** 4000–6000元/月, 面议 … */
  salaryText: z.string(),
  regionCode: z.string(),
  /** 云南省 楚雄彝族自治州 楚雄市 */
  regionName: z.string(),
  dutiesSummary: z.string(),
  isDisabilityFriendly: z.boolean(),
  /** False once the position has closed or been filled after the issue went out. */
  isOpen: z.boolean(),
  /** The portal's mobile page of the position, where a seeker applies; the PDF's QR codes encode it. */
  applyUrl: z.string(),
});
export type BulletinPositionView = z.infer<typeof bulletinPositionSchema>;

export const bulletinEnterpriseSchema = z.object({
  organisationId: z.uuid(),
  name: z.string(),
  positions: z.array(bulletinPositionSchema),
});
export type BulletinEnterpriseView = z.infer<typeof bulletinEnterpriseSchema>;

const contactPointView = z.object({ name: z.string(), phone: z.string().nullable(), address: z.string().nullable() });

const issueFields = {
  id: z.uuid(),
  year: z.number().int(),
  issueNo: z.number().int(),
  /** 招聘信息 第N期 */
  issueLabel: z.string(),
  title: z.string(),
};

/** One issue as the portal shows it: positions grouped by enterprise in the operator's order. */
export const publicBulletinSchema = z.object({
  ...issueFields,
  introduction: z.string(),
  contactPoints: z.array(contactPointView),
  publishedAt: z.string().nullable(),
  zoneName: z.string(),
  positionCount: z.number().int(),
  enterpriseCount: z.number().int(),
  /** Sum of the positions' headcounts. */
  headcount: z.number().int(),
  /** The portal page of this issue (absolute; the poster's QR code encodes it). */
  portalUrl: z.string(),
  /** API paths of the printable PDF and the poster image. */
  pdfUrl: z.string(),
  posterUrl: z.string(),
  enterprises: z.array(bulletinEnterpriseSchema),
});
export type PublicBulletinView = z.infer<typeof publicBulletinSchema>;

/** The operator's view adds the workflow fields and the flat position order for editing. */
export const bulletinDetailSchema = publicBulletinSchema.extend({
  status: z.enum(BULLETIN_STATUSES),
  version: z.number().int(),
  positionIds: z.array(z.uuid()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type BulletinDetailView = z.infer<typeof bulletinDetailSchema>;

export const bulletinSummarySchema = z.object({
  ...issueFields,
  status: z.enum(BULLETIN_STATUSES),
  publishedAt: z.string().nullable(),
  positionCount: z.number().int(),
  enterpriseCount: z.number().int(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type BulletinSummaryView = z.infer<typeof bulletinSummarySchema>;

export const publicBulletinSummarySchema = z.object({
  ...issueFields,
  publishedAt: z.string(),
  positionCount: z.number().int(),
  enterpriseCount: z.number().int(),
  zoneName: z.string(),
});
export type PublicBulletinSummaryView = z.infer<typeof publicBulletinSummarySchema>;

export const bulletinPage = pageResult(bulletinSummarySchema);
/** `years`: every year with a published issue, newest first, for the portal's year filter. */
export const publicBulletinPage = pageResult(publicBulletinSummarySchema).extend({ years: z.array(z.number().int()) });
