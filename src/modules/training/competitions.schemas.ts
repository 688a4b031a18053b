import { z } from 'zod';
import { isoDate, optionalText, pageQuery, pageResult, text } from '../../platform/validation';
import { wordList } from './bases.schemas';
import { AWARDS, COMPETITION_LEVELS } from './training.codes';

const competitionFields = {
  title: text(100),
  heldOn: isoDate,
  organiserId: z.uuid(),
  level: z.enum(COMPETITION_LEVELS),
  /** 赛项, e.g. 药物制剂, 电工, 中式烹调. */
  categories: wordList(30).pipe(z.array(z.string()).min(1)),
  venue: optionalText(200),
  description: optionalText(2000),
};

export const createCompetitionBody = z.object(competitionFields).strict();
export type CreateCompetitionInput = z.infer<typeof createCompetitionBody>;

export const updateCompetitionBody = z.object(competitionFields).partial().extend({ version: z.number().int().min(1) }).strict();
export type UpdateCompetitionInput = z.infer<typeof updateCompetitionBody>;

export const competitionSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  heldOn: z.string(),
  organiserId: z.uuid(),
  organiserName: z.string(),
  level: z.enum(COMPETITION_LEVELS),
  categories: z.array(z.string()),
  venue: z.string().nullable(),
  description: z.string().nullable(),
  entrants: z.number().int(),
  awards: z.number().int(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CompetitionView = z.infer<typeof competitionSchema>;

export const listCompetitionsQuery = z
  .object({ year: z.coerce.number().int().min(2000).max(2100).optional(), q: z.string().trim().max(100).optional() })
  .extend(pageQuery.shape);
export type CompetitionFilters = Omit<z.infer<typeof listCompetitionsQuery>, 'page' | 'pageSize'>;
export const competitionPage = pageResult(competitionSchema);

export const addEntrantBody = z
  .object({
    category: text(40),
    seekerId: z.uuid().optional(),
    /** An entrant without a job-seeker profile, e.g. an enterprise's employee. */
    entrantName: text(50).optional(),
    /** The school or enterprise the entrant competes for. */
    organisationId: z.uuid().nullish(),
  })
  .strict();
export type AddEntrantInput = z.infer<typeof addEntrantBody>;

export const recordResultBody = z
  .object({
    version: z.number().int().min(1),
    /** Out of 100, at most two decimals; null clears it. */
    score: z
      .number()
      .min(0)
      .max(100)
      .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-9, 'field.invalid')
      .nullable(),
    award: z.enum(AWARDS).nullable(),
  })
  .strict();
export type RecordResultInput = z.infer<typeof recordResultBody>;

export const entrantSchema = z.object({
  id: z.uuid(),
  competitionId: z.uuid(),
  category: z.string(),
  seekerId: z.uuid().nullable(),
  name: z.string(),
  organisationId: z.uuid().nullable(),
  organisationName: z.string().nullable(),
  score: z.number().nullable(),
  /** Within the category by score, ties sharing a rank (1, 2, 2, 4); null without a score. */
  rank: z.number().int().nullable(),
  award: z.enum(AWARDS).nullable(),
  version: z.number().int(),
});
export type EntrantView = z.infer<typeof entrantSchema>;
export const entrantList = z.object({ items: z.array(entrantSchema) });
export const entrantsQuery = z.object({ category: z.string().trim().max(40).optional() });
