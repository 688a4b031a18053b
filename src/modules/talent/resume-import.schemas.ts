import { z } from 'zod';
import { RESUME_FIELDS } from './resume-import.parse';

export const IMPORT_JOB_STATUSES = ['parsing', 'ready', 'committing', 'done', 'failed'] as const;
export type ImportJobStatus = (typeof IMPORT_JOB_STATUSES)[number];

export const importUploadQuery = z.object({ mode: z.enum(['preview']).default('preview') }).strict();

export const importJobParams = z.object({ jobId: z.uuid() });

/** The operator's choice for rows that repeat a person of the file or of the pool. */
export const importCommitQuery = z.object({ duplicates: z.enum(['merge', 'skip']) }).strict();
export type ImportCommitQuery = z.infer<typeof importCommitQuery>;

const rowIssue = z.object({
  row: z.number().int(),
  /** The column's header as the file has it (or the template's, when the file has no such column). */
  column: z.string(),
  field: z.enum(RESUME_FIELDS),
  message: z.string(),
});

const duplicateRow = z.object({
  row: z.number().int(),
  column: z.string(),
  field: z.enum(['idNumber', 'phone']),
  /** The earlier row of the file this row repeats; null when it repeats a profile already in the pool. */
  firstRow: z.number().int().nullable(),
  /** False for a profile of another zone or an erased one: such a row is skipped even under `merge`. */
  isMergeable: z.boolean(),
});

export const importReportSchema = z.object({
  jobId: z.uuid(),
  format: z.enum(['xlsx', 'csv']),
  encoding: z.enum(['utf-8', 'gbk']).nullable(),
  /** Data rows read (blank rows are not counted). */
  rows: z.number().int(),
  valid: z.number().int(),
  duplicatesInFile: z.number().int(),
  duplicatesInPool: z.number().int(),
  errorCount: z.number().int(),
  /** The first 1000 problems, by row. */
  errors: z.array(rowIssue),
  /** The first 1000 repeated rows, by row. */
  duplicates: z.array(duplicateRow),
  /** Imported profiles get no consent: they are not shown to enterprises until the seeker consents. */
  notice: z.string(),
});
export type ImportReport = z.infer<typeof importReportSchema>;

export const importResultSchema = z.object({
  duplicates: z.enum(['merge', 'skip']),
  created: z.number().int(),
  /** Rows merged into an earlier row's new profile or into a profile of the pool. */
  merged: z.number().int(),
  /** Profiles of the pool that received at least one field. */
  profilesUpdated: z.number().int(),
  skipped: z.number().int(),
});
export type ImportResult = z.infer<typeof importResultSchema>;

export const importJobSchema = z.object({
  jobId: z.uuid(),
  status: z.enum(IMPORT_JOB_STATUSES),
  processedRows: z.number().int(),
  /** Unknown (null) while the file is being read; the rows to write while committing. */
  totalRows: z.number().int().nullable(),
  /** 0–1 for a progress bar: bytes read while parsing, rows written while committing. */
  progress: z.number(),
  report: importReportSchema.nullable(),
  result: importResultSchema.nullable(),
  /** Why the job failed, rendered like any API error. */
  error: z
    .object({
      code: z.string(),
      message: z.string(),
      fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
      details: z.unknown().optional(),
    })
    .nullable(),
  createdAt: z.string(),
  /** When the job and the rows it holds are dropped from this instance's memory. */
  expiresAt: z.string(),
});
export type ImportJobView = z.infer<typeof importJobSchema>;
