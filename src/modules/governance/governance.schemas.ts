// Schemas shared by the governance areas: references to organisations, list queries, figures.
import { z } from 'zod';
import { INDUSTRIES, ORGANISATION_TYPES } from '../organisations/organisations.codes';
import { GOVERNANCE_INDICATORS } from './governance.codes';

export const organisationRef = z.object({
  id: z.uuid(),
  name: z.string(),
  type: z.enum(ORGANISATION_TYPES),
  industry: z.enum(INDUSTRIES),
});
export type OrganisationRef = z.infer<typeof organisationRef>;

/** Free-text search in list queries, normalised like every other text. */
export const searchText = z
  .string()
  .transform((v) => v.normalize('NFKC').trim())
  .pipe(z.string().max(100))
  .optional();

export const figuresQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

export const figuresSchema = z.object({
  year: z.number().int(),
  indicators: z.object(Object.fromEntries(GOVERNANCE_INDICATORS.map((key) => [key, z.number().int()])) as Record<(typeof GOVERNANCE_INDICATORS)[number], z.ZodNumber>),
});
export type GovernanceFigures = z.infer<typeof figuresSchema>;
