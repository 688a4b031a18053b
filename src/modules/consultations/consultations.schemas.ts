import { z } from 'zod';
import { isoDate, optionalText, pageQuery, pageResult } from '../../platform/validation';
import { CONSULTATION_TOPICS, STATS_GROUPS } from './consultations.codes';

export { CONSULTATION_TOPICS, STATS_GROUPS } from './consultations.codes';

export const createConsultationBody = z
  .object({
    seekerId: z.uuid(),
    heldOn: isoDate,
    topic: z.enum(CONSULTATION_TOPICS),
    notes: optionalText(4000),
    followUpOn: isoDate.nullish(),
  })
  .strict();
export type CreateConsultationInput = z.infer<typeof createConsultationBody>;

export const updateConsultationBody = z
  .object({
    heldOn: isoDate,
    topic: z.enum(CONSULTATION_TOPICS),
    notes: optionalText(4000),
    followUpOn: isoDate.nullish(),
  })
  .partial()
  .extend({
    /** The updatedAt the editor last saw: a change since then is refused with 409 stale_version. */
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .strict();
export type UpdateConsultationInput = z.infer<typeof updateConsultationBody>;

export const consultationSchema = z.object({
  id: z.uuid(),
  seekerId: z.uuid(),
  seekerName: z.string(),
  counsellorId: z.uuid(),
  counsellorName: z.string(),
  heldOn: z.string(),
  topic: z.enum(CONSULTATION_TOPICS),
  notes: z.string().nullable(),
  followUpOn: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ConsultationView = z.infer<typeof consultationSchema>;

export const consultationFilters = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  topic: z.enum(CONSULTATION_TOPICS).optional(),
  seekerId: z.uuid().optional(),
  counsellorId: z.uuid().optional(),
});
export type ConsultationFilters = z.infer<typeof consultationFilters>;

export const listConsultationsQuery = consultationFilters.extend(pageQuery.shape);
export const consultationPage = pageResult(consultationSchema);
export const consultationHistory = z.object({ items: z.array(consultationSchema) });

export const statsQuery = z.object({
  /** Defaults to 1 January of this year. */
  from: isoDate.optional(),
  /** Defaults to today. */
  to: isoDate.optional(),
  groupBy: z.enum(STATS_GROUPS).default('month'),
  topic: z.enum(CONSULTATION_TOPICS).optional(),
});
export type StatsQuery = z.infer<typeof statsQuery>;

const counts = { consultations: z.number().int(), seekers: z.number().int() };
export const statsSchema = z.object({
  from: z.string(),
  to: z.string(),
  groupBy: z.enum(STATS_GROUPS),
  /** Distinct seekers over the whole range: not the sum of the periods' distinct seekers. */
  total: z.object(counts),
  periods: z.array(z.object({ period: z.string(), ...counts })),
  topics: z.array(z.object({ topic: z.enum(CONSULTATION_TOPICS), ...counts })),
});
export type ConsultationStats = z.infer<typeof statsSchema>;
