import { z } from 'zod';
import { POSITION_STATUSES } from '../positions/positions.codes';
import { isoDate, optionalText, pageQuery, pageResult, text } from '../../platform/validation';
import { VISIT_KINDS } from './governance.codes';
import { organisationRef, searchText } from './governance.schemas';

/** Ids each at most once; a repeat is named at its index. */
const distinctIds = (max: number, minMessage?: 'visit.organisation_required') =>
  (minMessage ? z.array(z.uuid()).min(1, minMessage) : z.array(z.uuid()))
    .max(max)
    .superRefine((ids, ctx) => {
      const seen = new Set<string>();
      ids.forEach((id, i) => {
        if (seen.has(id)) ctx.addIssue({ code: 'custom', message: 'governance.duplicate', path: [i] });
        seen.add(id);
      });
    });

const visitFields = {
  kind: z.enum(VISIT_KINDS),
  heldOn: isoDate,
  title: text(120),
  /** Who went, by name. */
  visitors: z.array(text(30)).min(1, 'visit.visitor_required').max(20),
  organisationIds: distinctIds(60, 'visit.organisation_required'),
  /** 用工需求: the hiring demand collected. */
  hiringDemand: optionalText(4000),
  /** 技术痛点: the technical pain points collected. */
  painPoints: optionalText(4000),
  notes: optionalText(4000),
  /** Positions recorded from the demand (of the organisations visited). */
  positionIds: distinctIds(100),
  /** Technical challenges (揭榜挂帅) posted from the pain points. */
  challengeIds: distinctIds(50),
};

export const createVisitBody = z
  .object({ ...visitFields, positionIds: visitFields.positionIds.default([]), challengeIds: visitFields.challengeIds.default([]) })
  .strict();
export type CreateVisitInput = z.infer<typeof createVisitBody>;

export const updateVisitBody = z
  .object(visitFields)
  .partial()
  .extend({ version: z.number().int().min(1) })
  .strict();
export type UpdateVisitInput = z.infer<typeof updateVisitBody>;

export const linkedPositionSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  organisationId: z.uuid(),
  organisationName: z.string(),
  status: z.enum(POSITION_STATUSES),
  headcount: z.number().int(),
  source: z.enum(['enterprise', 'visit']),
});

export const linkedChallengeSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  organisationId: z.uuid(),
  status: z.string(),
});

export const visitSchema = z.object({
  id: z.uuid(),
  kind: z.enum(VISIT_KINDS),
  heldOn: z.string(),
  title: z.string(),
  visitors: z.array(z.string()),
  organisations: z.array(organisationRef),
  hiringDemand: z.string().nullable(),
  painPoints: z.string().nullable(),
  notes: z.string().nullable(),
  positions: z.array(linkedPositionSchema),
  challenges: z.array(linkedChallengeSchema),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type VisitView = z.infer<typeof visitSchema>;

export const visitFilters = z.object({
  kind: z.enum(VISIT_KINDS).optional(),
  organisationId: z.uuid().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  q: searchText,
});
export type VisitFilters = z.infer<typeof visitFilters>;
export const listVisitsQuery = visitFilters.extend(pageQuery.shape);
export const visitPage = pageResult(visitSchema);
