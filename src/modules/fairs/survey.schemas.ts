import { z } from 'zod';
import { optionalText } from '../../platform/validation';

const score = z.number().int().min(1).max(5);

export const surveyResponseBody = z
  .object({
    /** 1–5 */
    overall: score,
    /** 1–5: how well the positions (for a seeker) or the candidates (for an enterprise) fitted. */
    matchQuality: score,
    wouldReturn: z.boolean(),
    comment: optionalText(1000),
  })
  .strict();
export type SurveyResponseInput = z.infer<typeof surveyResponseBody>;

export const surveyStateSchema = z.object({ open: z.boolean(), answered: z.boolean() });
export type SurveyStateView = z.infer<typeof surveyStateSchema>;

export const surveySentSchema = z.object({ surveySentAt: z.string(), notified: z.number().int() });
export type SurveySentView = z.infer<typeof surveySentSchema>;

export const surveyAcceptedSchema = z.object({ id: z.uuid(), createdAt: z.string() });

const groupResults = z.object({
  responses: z.number().int(),
  overallAvg: z.number().nullable(),
  matchAvg: z.number().nullable(),
  /** Percentage (0–100) who would come again. */
  wouldReturnPct: z.number().nullable(),
  /** How many gave an overall score of 1, 2, 3, 4 and 5. */
  distribution: z.array(z.number().int()).length(5),
});
export type SurveyGroupResults = z.infer<typeof groupResults>;

export const RESPONDENT_KINDS = ['seeker', 'enterprise'] as const;
export type RespondentKind = (typeof RESPONDENT_KINDS)[number];

export const surveyResultsSchema = z.object({
  seekers: groupResults,
  enterprises: groupResults,
  comments: z.array(z.object({ kind: z.enum(RESPONDENT_KINDS), comment: z.string(), createdAt: z.string() })),
});
export type SurveyResultsView = z.infer<typeof surveyResultsSchema>;
