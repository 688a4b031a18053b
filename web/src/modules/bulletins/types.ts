// Shapes of the bulletins API, from the server's zod schemas through type-only imports.
import type { z } from 'zod';
import type { positionPage, positionSchema } from '../../../../src/modules/positions/positions.schemas';
import type {
  bulletinDetailSchema,
  bulletinPage,
  bulletinPositionSchema,
  bulletinSummarySchema,
  contactPointSchema,
  createBulletinBody,
  publicBulletinPage,
  publicBulletinSchema,
  publicBulletinSummarySchema,
  updateBulletinBody,
} from '../../../../src/modules/bulletins/bulletins.schemas';

export { BULLETIN_LIMITS, BULLETIN_STATUSES, type BulletinStatus } from '../../../../src/modules/bulletins/bulletins.codes';
export { EDUCATION_LEVELS, type EducationLevel } from '../../../../src/modules/positions/positions.codes';

export type Bulletin = z.infer<typeof bulletinDetailSchema>;
export type BulletinSummary = z.infer<typeof bulletinSummarySchema>;
export type BulletinPage = z.infer<typeof bulletinPage>;
export type BulletinPosition = z.infer<typeof bulletinPositionSchema>;
export type PublicBulletin = z.infer<typeof publicBulletinSchema>;
export type PublicBulletinSummary = z.infer<typeof publicBulletinSummarySchema>;
export type PublicBulletinPage = z.infer<typeof publicBulletinPage>;
export type ContactPoint = z.input<typeof contactPointSchema>;
export type CreateBulletinPayload = z.input<typeof createBulletinBody>;
export type UpdateBulletinPayload = z.input<typeof updateBulletinBody>;

/** A published position as the bulletin editor's picker lists it. */
export type PickerPosition = z.infer<typeof positionSchema>;
export type PickerPositionPage = z.infer<typeof positionPage>;
