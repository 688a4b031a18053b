import { z } from 'zod';
import { isoDate, optionalText, pageQuery, pageResult, text } from '../../platform/validation';
import { PROGRESS_STATUSES } from './governance.codes';
import { organisationRef, searchText } from './governance.schemas';

const projectFields = {
  title: text(120),
  /** 技术研究, 技能竞赛, 乡村人才培训 … */
  focus: optionalText(200),
  description: optionalText(4000),
  leadOrganisationId: z.uuid().nullable(),
  /** 备案机关, e.g. 省人才工作领导小组. */
  filingBody: optionalText(100),
  filedOn: isoDate.nullable(),
  startOn: isoDate,
  endOn: isoDate.nullable(),
};

export const createProjectBody = z
  .object({
    ...projectFields,
    leadOrganisationId: projectFields.leadOrganisationId.optional(),
    filedOn: projectFields.filedOn.optional(),
    endOn: projectFields.endOn.optional(),
  })
  .strict();
export type CreateProjectInput = z.infer<typeof createProjectBody>;

export const updateProjectBody = z
  .object(projectFields)
  .partial()
  .extend({ version: z.number().int().min(1) })
  .strict();
export type UpdateProjectInput = z.infer<typeof updateProjectBody>;

const milestoneFields = {
  title: text(200),
  dueOn: isoDate,
  doneOn: isoDate.nullable(),
  note: optionalText(1000),
};

export const createMilestoneBody = z
  .object({ ...milestoneFields, doneOn: milestoneFields.doneOn.optional() })
  .strict();
export type CreateMilestoneInput = z.infer<typeof createMilestoneBody>;

export const updateMilestoneBody = z
  .object(milestoneFields)
  .partial()
  .extend({ version: z.number().int().min(1) })
  .strict();
export type UpdateMilestoneInput = z.infer<typeof updateMilestoneBody>;

export const milestoneSchema = z.object({
  id: z.uuid(),
  projectId: z.uuid(),
  title: z.string(),
  dueOn: z.string(),
  doneOn: z.string().nullable(),
  status: z.enum(PROGRESS_STATUSES),
  note: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type MilestoneView = z.infer<typeof milestoneSchema>;

export const projectSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  focus: z.string().nullable(),
  description: z.string().nullable(),
  leadOrganisation: organisationRef.nullable(),
  filingBody: z.string().nullable(),
  filedOn: z.string().nullable(),
  startOn: z.string(),
  endOn: z.string().nullable(),
  milestones: z.array(milestoneSchema),
  /** Done milestones out of all, for a progress bar. */
  progress: z.object({ done: z.number().int(), overdue: z.number().int(), total: z.number().int() }),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ProjectView = z.infer<typeof projectSchema>;

export const projectFilters = z.object({
  leadOrganisationId: z.uuid().optional(),
  /** Projects running at some time in this year. */
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  q: searchText,
});
export type ProjectFilters = z.infer<typeof projectFilters>;
export const listProjectsQuery = projectFilters.extend(pageQuery.shape);
export const projectPage = pageResult(projectSchema);
