import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import type { Actor } from '../../platform/access';
import { type AuditEntry, type AuditSource, recordAuditMany } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import type { DbOrTx } from '../../platform/db';
import { encryptText, lookupHash, maskPhone } from '../../platform/crypto';
import { todayInChina } from '../../platform/dates';
import { AppError, renderError } from '../../platform/errors';
import { idNumberCheckChar, maskIdNumber } from '../../platform/id-number';
import { type Locale, translate } from '../../platform/i18n/messages';
import type { EducationEntry } from './talent.table';
import {
  type DuplicatePolicy,
  type ExistingProfile,
  fillEmptyFields,
  type MatchedBy,
  planCommit,
  type PoolProfile,
  resolveDuplicates,
  type RowKeys,
} from './resume-import.duplicates';
import {
  fileError,
  type ReadProgress,
  readSheetRows,
  removeSpooledFile,
  type SheetFormat,
  type SpooledFile,
  spoolUpload,
} from './resume-import.files';
import {
  cellsByField,
  columnOf,
  type HeaderMap,
  type ImportedResume,
  isBlankRow,
  matchHeaderRow,
  normaliseResumeRow,
  RESUME_COLUMNS,
  type ResumeField,
  type RowIssue,
} from './resume-import.parse';
import * as repo from './resume-import.repository';
import type { ImportJobStatus, ImportJobView, ImportReport, ImportResult } from './resume-import.schemas';

export const MAX_IMPORT_ROWS = 100_000;
export const MAX_UPLOAD_BYTES = 64 * 1024 * 1024;
/** A job and the rows it holds live this long after its last step, then leave memory. */
const JOB_TTL_MS = 30 * 60 * 1000;
/** How long the upload (or commit) request waits for the job before answering 202 with its progress. */
const WAIT_MS = 2000;
/** Jobs holding rows at once on one instance: bounds the memory imports may take. */
const MAX_LIVE_JOBS = 4;
const MAX_REPORTED = 1000;
const MAX_TITLE_ROWS = 5;
const YIELD_EVERY_ROWS = 1000;
/** Rows per insert statement: one statement holds PGlite (and so the event loop) for about 0.1 s. */
const INSERT_CHUNK = 1000;
const AUDIT_CHUNK = 2000;
const FILL_CHUNK = 500;

type ParsedRow = { rowNumber: number; resume: ImportedResume; idHash: string | null; phoneHash: string | null };
type StoredIssue = RowIssue & { row: number };
type StoredDuplicate = { row: number; field: MatchedBy; firstRow: number | null; isMergeable: boolean };

type ImportJob = {
  id: string;
  zoneId: string;
  accountId: string;
  status: ImportJobStatus;
  createdAt: Date;
  expiresAt: Date;
  timer: NodeJS.Timeout | null;
  format: SheetFormat;
  fileSize: number;
  read: ReadProgress;
  processedRows: number;
  totalRows: number | null;
  labels: HeaderMap['labels'];
  /** Valid rows in file order, kept until commit; dropped when the file has errors (it cannot be committed). */
  rows: ParsedRow[];
  rowCount: number;
  validCount: number;
  issueCount: number;
  issues: StoredIssue[];
  duplicatesInFile: number;
  duplicatesInPool: number;
  duplicates: StoredDuplicate[];
  result: ImportResult | null;
  error: AppError | null;
  /** The running step (parse or commit); never rejects. */
  work: Promise<void>;
};

/** Import jobs of this instance, in memory: the rows of a file are too many to send back and forth. */
export type ImportJobStore = {
  jobs: Map<string, ImportJob>;
  /** Reports an unexpected failure of a job that runs after its request has been answered. */
  onError: (error: unknown) => void;
  close: () => void;
};

export function createImportJobStore(onError: (error: unknown) => void): ImportJobStore {
  const jobs = new Map<string, ImportJob>();
  return {
    jobs,
    onError,
    close: () => {
      for (const job of jobs.values()) if (job.timer) clearTimeout(job.timer);
      jobs.clear();
    },
  };
}

function touch(store: ImportJobStore, job: ImportJob): void {
  if (job.timer) clearTimeout(job.timer);
  job.expiresAt = new Date(Date.now() + JOB_TTL_MS);
  job.timer = setTimeout(() => store.jobs.delete(job.id), JOB_TTL_MS);
  job.timer.unref();
}

function dropJob(store: ImportJobStore, job: ImportJob): void {
  if (job.timer) clearTimeout(job.timer);
  store.jobs.delete(job.id);
}

function holdsRows(job: ImportJob): boolean {
  return job.status === 'parsing' || job.status === 'committing' || (job.status === 'ready' && job.rows.length > 0);
}

/** Waits up to `ms` for the job's current step; returns its error when the step failed in that time. */
async function settle(job: ImportJob, ms: number): Promise<AppError | null> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([job.work, new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
  return job.status === 'failed' ? job.error : null;
}

/** Only the operator's own zone sees a job; another zone's job id is simply not found. */
function getJobOfZone(store: ImportJobStore, actor: Actor, jobId: string): ImportJob {
  const job = store.jobs.get(jobId);
  if (!job || !actor.zoneId || job.zoneId !== actor.zoneId) throw new AppError('not_found');
  return job;
}

function operatorZone(actor: Actor): string {
  if (!actor.zoneId) throw new AppError('forbidden');
  return actor.zoneId;
}

// ---------------------------------------------------------------------------------------------
// Report

function addIssues(job: ImportJob, row: number, issues: readonly RowIssue[]): void {
  job.issueCount += issues.length;
  for (const issue of issues) if (job.issues.length < MAX_REPORTED) job.issues.push({ ...issue, row });
}

function columnLabel(job: ImportJob, field: ResumeField, locale: Locale): string {
  const column = columnOf(field);
  return job.labels[field] ?? (locale === 'en' ? column.headerEn : column.header);
}

function renderIssues(job: ImportJob, locale: Locale): ImportReport['errors'] {
  return job.issues.map((i) => ({
    row: i.row,
    column: columnLabel(job, i.field, locale),
    field: i.field,
    message: translate(locale, i.message, i.params),
  }));
}

function toReport(job: ImportJob, locale: Locale): ImportReport {
  return {
    jobId: job.id,
    format: job.format,
    encoding: job.format === 'csv' ? job.read.encoding : null,
    rows: job.rowCount,
    valid: job.validCount,
    duplicatesInFile: job.duplicatesInFile,
    duplicatesInPool: job.duplicatesInPool,
    errorCount: job.issueCount,
    errors: renderIssues(job, locale),
    duplicates: job.duplicates.map((d) => ({ ...d, column: columnLabel(job, d.field, locale) })),
    notice: translate(locale, 'resume_import.notice'),
  };
}

function importFailed(job: ImportJob): AppError {
  return new AppError('import_failed', { params: { count: job.issueCount } });
}

/** An error as the API renders it; a refused commit carries the report's problems in the request's language. */
function renderJobError(job: ImportJob, error: AppError, locale: Locale): ImportJobView['error'] {
  if (error.code !== 'import_failed') return renderError(locale, error).error;
  const withDetails = new AppError('import_failed', {
    params: error.params,
    details: { errorCount: job.issueCount, errors: renderIssues(job, locale) },
  });
  return renderError(locale, withDetails).error;
}

export function toJobView(job: ImportJob, locale: Locale): ImportJobView {
  const hasReport = job.status !== 'parsing' && (job.status !== 'failed' || job.rowCount > 0);
  const readFraction = job.fileSize > 0 ? Math.min(1, job.read.bytesRead / job.fileSize) : 0;
  let progress = 1;
  if (job.status === 'parsing') progress = readFraction;
  else if (job.status === 'committing') progress = job.totalRows ? job.processedRows / job.totalRows : 0;
  return {
    jobId: job.id,
    status: job.status,
    processedRows: job.processedRows,
    totalRows: job.totalRows,
    progress: Math.round(progress * 1000) / 1000,
    report: hasReport ? toReport(job, locale) : null,
    result: job.result,
    error: job.error ? renderJobError(job, job.error, locale) : null,
    createdAt: job.createdAt.toISOString(),
    expiresAt: job.expiresAt.toISOString(),
  };
}

// ---------------------------------------------------------------------------------------------
// Preview: read, normalise and check every row against the file and the pool

function poolProfilesOf(rows: readonly repo.MatchedSeeker[], zoneId: string): PoolProfile[] {
  return rows.map((r) => ({
    id: r.id,
    idNumberHash: r.idNumberHash,
    phoneHash: r.phoneHash,
    // Another zone's or an erased profile is never changed by an import; its rows are skipped.
    isMergeable: r.zoneId === zoneId && r.erasedAt === null,
  }));
}

/**
 * PGlite runs each statement synchronously and resolves at once: without a macrotask turn between
 * statements, a long series of them would hold the event loop (and every other request) until the end.
 */
const yieldBetweenStatements = () => yieldToEventLoop();

/** Pool profiles holding any of the hashes, looked up a chunk at a time. */
async function findPoolMatches(db: DbOrTx, idHashes: readonly string[], phoneHashes: readonly string[], forUpdate: boolean) {
  const found = new Map<string, repo.MatchedSeeker>();
  const chunks = Math.max(idHashes.length, phoneHashes.length) / repo.LOOKUP_CHUNK;
  for (let i = 0; i < chunks; i += 1) {
    const range = [i * repo.LOOKUP_CHUNK, (i + 1) * repo.LOOKUP_CHUNK] as const;
    const rows = await repo.findSeekersByKeys(db, idHashes.slice(...range), phoneHashes.slice(...range), { forUpdate });
    for (const row of rows) found.set(row.id, row);
    await yieldBetweenStatements();
  }
  return [...found.values()];
}

function keysOf(rows: readonly ParsedRow[]): { keys: RowKeys[]; idHashes: string[]; phoneHashes: string[] } {
  const keys = rows.map((r) => ({ rowNumber: r.rowNumber, idHash: r.idHash, phoneHash: r.phoneHash }));
  const idHashes = [...new Set(rows.flatMap((r) => (r.idHash ? [r.idHash] : [])))];
  const phoneHashes = [...new Set(rows.flatMap((r) => (r.phoneHash ? [r.phoneHash] : [])))];
  return { keys, idHashes, phoneHashes };
}

/** Applies the duplicate links to the job's counts and report; conflicts become row problems. */
function recordDuplicates(job: ImportJob, resolution: ReturnType<typeof resolveDuplicates>): void {
  job.duplicatesInFile = 0;
  job.duplicatesInPool = 0;
  job.duplicates = [];
  resolution.links.forEach((link, index) => {
    const row = job.rows[index];
    if (!row || (link.kind !== 'row' && link.kind !== 'pool')) return;
    if (link.kind === 'row') job.duplicatesInFile += 1;
    else job.duplicatesInPool += 1;
    if (job.duplicates.length < MAX_REPORTED) {
      job.duplicates.push({
        row: row.rowNumber,
        field: link.by,
        firstRow: link.kind === 'row' ? (job.rows[link.head]?.rowNumber ?? null) : null,
        isMergeable: link.kind === 'row' || link.isMergeable,
      });
    }
  });
  if (resolution.conflicts.length === 0) return;
  job.validCount -= resolution.conflicts.length;
  job.issueCount += resolution.conflicts.length;
  const added = resolution.conflicts.map((c) => ({ ...c.issue, row: job.rows[c.index]?.rowNumber ?? 0 }));
  job.issues = [...job.issues, ...added].sort((a, b) => a.row - b.row).slice(0, MAX_REPORTED);
}

/**
 * Fair files repeat the same schools, majors, dates, skills and notes on thousands of rows: one
 * shared copy of each (never mutated) keeps 100 000 rows in about 50 MB instead of 90 MB.
 */
function createInterner(): (resume: ImportedResume) => ImportedResume {
  const shared = new Map<string, unknown>();
  const one = <T>(key: string, value: T): T => {
    const known = shared.get(key);
    if (known !== undefined) return known as T;
    shared.set(key, value);
    return value;
  };
  const text = (value: string | null) => (value === null ? null : one(`t:${value}`, value));
  return (resume) => ({
    ...resume,
    school: text(resume.school),
    major: text(resume.major),
    summary: text(resume.summary),
    birthDate: text(resume.birthDate),
    graduationOn: text(resume.graduationOn),
    availableFrom: text(resume.availableFrom),
    skills: one(`s:${resume.skills.join('\u0001')}`, resume.skills.map((skill) => one(`t:${skill}`, skill))),
    preferredRegions: one(`r:${resume.preferredRegions.join(',')}`, resume.preferredRegions),
  });
}

function hashesOf(ctx: AppContext, resume: ImportedResume): { idHash: string | null; phoneHash: string | null } {
  return {
    idHash: resume.idNumber ? lookupHash(ctx.keys, 'id_number', resume.idNumber) : null,
    phoneHash: resume.phone ? lookupHash(ctx.keys, 'phone', resume.phone) : null,
  };
}

async function parseJob(ctx: AppContext, job: ImportJob, file: SpooledFile): Promise<void> {
  const today = todayInChina();
  const intern = createInterner();
  let header: HeaderMap | null = null;
  let titleRows = 0;
  for await (const { rowNumber, cells } of readSheetRows(file, job.read)) {
    if (isBlankRow(cells)) continue;
    if (!header) {
      const match = matchHeaderRow(cells);
      if (match.kind === 'problem') throw fileError(match.problem.message, match.problem.params);
      if (match.kind === 'title') {
        titleRows += 1;
        if (titleRows > MAX_TITLE_ROWS) throw fileError('resume_import.no_header');
        continue;
      }
      header = match.map;
      job.labels = header.labels;
      continue;
    }
    job.rowCount += 1;
    if (job.rowCount > MAX_IMPORT_ROWS) throw fileError('resume_import.too_many_rows', { max: MAX_IMPORT_ROWS });
    const { resume, issues } = normaliseResumeRow(cellsByField(header, cells), today);
    if (resume) {
      job.rows.push({ rowNumber, resume: intern(resume), ...hashesOf(ctx, resume) });
      job.validCount += 1;
    } else addIssues(job, rowNumber, issues);
    job.processedRows = job.rowCount;
    // Reading and checking are synchronous between chunks: let requests in now and then.
    if (job.rowCount % YIELD_EVERY_ROWS === 0) await yieldToEventLoop();
  }
  if (!header) throw fileError(titleRows > 0 ? 'resume_import.no_header' : 'resume_import.empty');
  if (job.rowCount === 0) throw fileError('resume_import.empty');
  job.totalRows = job.rowCount;
  const { keys, idHashes, phoneHashes } = keysOf(job.rows);
  const pool = await findPoolMatches(ctx.db, idHashes, phoneHashes, false);
  recordDuplicates(job, resolveDuplicates(keys, poolProfilesOf(pool, job.zoneId)));
  // A file with any problem cannot be committed: keep its report, not its rows.
  if (job.issueCount > 0) job.rows = [];
}

async function runParse(ctx: AppContext, store: ImportJobStore, job: ImportJob, file: SpooledFile): Promise<void> {
  try {
    await parseJob(ctx, job, file);
    job.status = 'ready';
  } catch (error) {
    failJob(store, job, error);
  } finally {
    touch(store, job);
    await removeSpooledFile(file).catch(store.onError);
  }
}

function failJob(store: ImportJobStore, job: ImportJob, error: unknown): void {
  job.status = 'failed';
  job.rows = [];
  if (error instanceof AppError) job.error = error;
  else {
    job.error = new AppError('internal');
    store.onError(error);
  }
}

/**
 * Spools the upload, then reads and checks it as a job. Answers with the finished report when that
 * takes under two seconds, otherwise with the job's progress (the page then polls `getResumeImport`).
 * Problems with the file as a whole (not a spreadsheet, empty, unknown headers) are a 400 on `file`.
 */
export async function startResumeImport(
  ctx: AppContext,
  store: ImportJobStore,
  actor: Actor,
  body: unknown,
  locale: Locale,
): Promise<ImportJobView> {
  const zoneId = operatorZone(actor);
  if (!(body instanceof Readable)) throw fileError('resume_import.file_required');
  // A new upload replaces the same operator's earlier jobs that are not mid-way.
  for (const job of store.jobs.values()) {
    if (job.accountId === actor.accountId && job.status !== 'parsing' && job.status !== 'committing') dropJob(store, job);
  }
  if ([...store.jobs.values()].filter(holdsRows).length >= MAX_LIVE_JOBS) {
    body.resume();
    throw new AppError('rate_limited', { fields: [{ path: 'file', message: 'resume_import.busy' }] });
  }
  const file = await spoolUpload(body, MAX_UPLOAD_BYTES);
  const now = new Date();
  const job: ImportJob = {
    id: randomUUID(),
    zoneId,
    accountId: actor.accountId,
    status: 'parsing',
    createdAt: now,
    expiresAt: now,
    timer: null,
    format: file.format,
    fileSize: file.size,
    read: { bytesRead: 0, encoding: null },
    processedRows: 0,
    totalRows: null,
    labels: {},
    rows: [],
    rowCount: 0,
    validCount: 0,
    issueCount: 0,
    issues: [],
    duplicatesInFile: 0,
    duplicatesInPool: 0,
    duplicates: [],
    result: null,
    error: null,
    work: Promise.resolve(),
  };
  store.jobs.set(job.id, job);
  touch(store, job);
  job.work = runParse(ctx, store, job, file);
  const failure = await settle(job, WAIT_MS);
  if (failure) {
    // Nothing to keep: the answer itself says what is wrong with the file.
    dropJob(store, job);
    throw failure;
  }
  return toJobView(job, locale);
}

export function getResumeImport(store: ImportJobStore, actor: Actor, jobId: string, locale: Locale): ImportJobView {
  return toJobView(getJobOfZone(store, actor, jobId), locale);
}

// ---------------------------------------------------------------------------------------------
// Commit: every valid row in one transaction, or nothing

function educationOf(resume: Pick<ImportedResume, 'school' | 'major' | 'educationLevel' | 'graduationOn'>): EducationEntry[] {
  if (!resume.school || !resume.educationLevel) return [];
  return [{ school: resume.school, major: resume.major, level: resume.educationLevel, startOn: null, endOn: resume.graduationOn }];
}

function sealed(ctx: AppContext, resume: Pick<ImportedResume, 'idNumber' | 'phone'>) {
  return {
    idNumberEnc: resume.idNumber ? encryptText(ctx.keys, resume.idNumber) : null,
    idNumberHash: resume.idNumber ? lookupHash(ctx.keys, 'id_number', resume.idNumber) : null,
    phoneEnc: resume.phone ? encryptText(ctx.keys, resume.phone) : null,
    phoneHash: resume.phone ? lookupHash(ctx.keys, 'phone', resume.phone) : null,
  };
}

function toNewSeeker(ctx: AppContext, job: ImportJob, resume: ImportedResume): repo.ImportedSeekerRow {
  return {
    id: randomUUID(),
    zoneId: job.zoneId,
    name: resume.name,
    gender: resume.gender,
    birthDate: resume.birthDate,
    ...sealed(ctx, resume),
    email: resume.email,
    educationLevel: resume.educationLevel,
    school: resume.school,
    major: resume.major,
    graduationOn: resume.graduationOn,
    education: educationOf(resume),
    skills: resume.skills,
    experienceYears: resume.experienceYears ?? 0,
    preferredRegions: resume.preferredRegions,
    expectedSalaryMin: resume.expectedSalaryMin,
    expectedSalaryMax: resume.expectedSalaryMax,
    availableFrom: resume.availableFrom,
    summary: resume.summary,
    source: 'import',
    createdBy: job.accountId,
  };
}

/** Audit entries show what was written, with the ID number and phone masked, never in clear. */
function auditView(resume: Partial<ImportedResume>): Record<string, unknown> {
  const { idNumber, phone, ...rest } = resume;
  return {
    ...rest,
    ...(idNumber === undefined ? {} : { idNumber: idNumber ? maskIdNumber(idNumber) : null }),
    ...(phone === undefined ? {} : { phone: phone ? maskPhone(phone) : null }),
  };
}

function existingProfileOf(row: repo.MatchedSeeker): ExistingProfile {
  return {
    gender: row.gender as ImportedResume['gender'],
    birthDate: row.birthDate,
    idNumber: row.idNumberHash !== null,
    phone: row.phoneHash !== null,
    email: row.email,
    educationLevel: row.educationLevel as ImportedResume['educationLevel'],
    school: row.school,
    major: row.major,
    graduationOn: row.graduationOn,
    skills: row.skills,
    // 0 is the column's default: "not given" for a merge.
    experienceYears: row.experienceYears === 0 ? null : row.experienceYears,
    preferredRegions: row.preferredRegions,
    availableFrom: row.availableFrom,
    summary: row.summary,
    expectedSalaryMin: row.expectedSalaryMin,
    expectedSalaryMax: row.expectedSalaryMax,
  };
}

/** The fill for one pool profile from its rows in file order, each filling what is still empty. */
function mergeIntoProfile(
  ctx: AppContext,
  existing: repo.MatchedSeeker,
  rows: readonly ImportedResume[],
): { fill: repo.SeekerFill; patch: Partial<ImportedResume> } | null {
  let state = existingProfileOf(existing);
  let patch: Partial<ImportedResume> = {};
  for (const resume of rows) {
    const step = fillEmptyFields(state, resume);
    patch = { ...patch, ...step };
    state = {
      ...state,
      ...step,
      idNumber: state.idNumber || step.idNumber !== undefined,
      phone: state.phone || step.phone !== undefined,
    };
  }
  if (Object.keys(patch).length === 0) return null;
  const education =
    existing.education.length === 0 && (patch.school || patch.educationLevel)
      ? educationOf({
          school: state.school,
          major: state.major,
          educationLevel: state.educationLevel,
          graduationOn: state.graduationOn,
        })
      : [];
  const fill: repo.SeekerFill = {
    id: existing.id,
    gender: patch.gender ?? null,
    birthDate: patch.birthDate ?? null,
    ...sealed(ctx, { idNumber: patch.idNumber ?? null, phone: patch.phone ?? null }),
    email: patch.email ?? null,
    educationLevel: patch.educationLevel ?? null,
    school: patch.school ?? null,
    major: patch.major ?? null,
    graduationOn: patch.graduationOn ?? null,
    education: education.length ? education : null,
    skills: patch.skills ?? null,
    experienceYears: patch.experienceYears ?? null,
    preferredRegions: patch.preferredRegions ?? null,
    expectedSalaryMin: patch.expectedSalaryMin ?? null,
    expectedSalaryMax: patch.expectedSalaryMax ?? null,
    availableFrom: patch.availableFrom ?? null,
    summary: patch.summary ?? null,
  };
  return { fill, patch };
}

async function auditInChunks(db: DbOrTx, source: AuditSource, entries: AuditEntry[]): Promise<void> {
  for (let i = 0; i < entries.length; i += AUDIT_CHUNK) {
    await recordAuditMany(db, source, entries.slice(i, i + AUDIT_CHUNK));
    await yieldBetweenStatements();
  }
}

function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}

async function commitJob(ctx: AppContext, job: ImportJob, policy: DuplicatePolicy, source: AuditSource): Promise<ImportResult> {
  return ctx.db.transaction(async (tx) => {
    // Checked again under lock: the pool may have changed since the preview.
    const { keys, idHashes, phoneHashes } = keysOf(job.rows);
    const pool = await findPoolMatches(tx, idHashes, phoneHashes, true);
    const resolution = resolveDuplicates(keys, poolProfilesOf(pool, job.zoneId));
    recordDuplicates(job, resolution);
    if (resolution.conflicts.length > 0) throw importFailed(job);
    const plan = planCommit(
      job.rows.map((r) => r.resume),
      resolution.links,
      policy,
    );
    const created = plan.inserts.length;
    job.totalRows = created + plan.merges.length;
    // From here the plan holds what is written; the job's rows (and then each written chunk) can go.
    job.rows = [];
    while (plan.inserts.length > 0) {
      const chunk = plan.inserts.splice(0, INSERT_CHUNK);
      const rows = chunk.map((resume) => toNewSeeker(ctx, job, resume));
      await repo.insertSeekers(tx, rows);
      // One entry per chunk naming every profile it created: a 100 000-row import would otherwise
      // double the rows (and, on PGlite, the memory) the commit writes. Each profile also keeps
      // source 'import', created_by and created_at.
      await recordAuditMany(tx, source, [
        {
          action: 'seeker.import',
          entityType: 'seeker_import',
          entityId: job.id,
          after: { seekerIds: rows.map((row) => row.id), count: rows.length },
        },
      ]);
      job.processedRows += chunk.length;
      await yieldBetweenStatements();
    }
    const byId = new Map(pool.map((row) => [row.id, row]));
    const fills: repo.SeekerFill[] = [];
    const audits: AuditEntry[] = [];
    for (const merge of plan.merges) {
      const existing = byId.get(merge.seekerId);
      const merged = existing ? mergeIntoProfile(ctx, existing, merge.rows) : null;
      if (merged) {
        fills.push(merged.fill);
        audits.push({
          action: 'seeker.import_merge',
          entityType: 'seeker',
          entityId: merge.seekerId,
          before: Object.fromEntries(Object.keys(merged.patch).map((k) => [k, null])),
          after: { ...auditView(merged.patch), importJobId: job.id },
        });
      }
    }
    for (let i = 0; i < fills.length; i += FILL_CHUNK) {
      await repo.fillSeekers(tx, fills.slice(i, i + FILL_CHUNK));
      await yieldBetweenStatements();
    }
    job.processedRows += plan.merges.length;
    const result: ImportResult = {
      duplicates: policy,
      created,
      merged: plan.merged,
      profilesUpdated: fills.length,
      skipped: plan.skipped,
    };
    audits.push({
      action: 'seeker.import_commit',
      entityType: 'seeker_import',
      entityId: job.id,
      after: { format: job.format, rows: job.rowCount, ...result },
    });
    await auditInChunks(tx, source, audits);
    return result;
  });
}

async function runCommit(ctx: AppContext, store: ImportJobStore, job: ImportJob, policy: DuplicatePolicy, source: AuditSource): Promise<void> {
  try {
    job.result = await commitJob(ctx, job, policy, source);
    job.status = 'done';
    job.rows = [];
  } catch (error) {
    // Another import or a registration took one of the keys between our check and our insert.
    failJob(store, job, isUniqueViolation(error) ? new AppError('conflict') : error);
  } finally {
    touch(store, job);
  }
}

/**
 * Writes every valid row of a previewed file in one transaction: new profiles in multi-row
 * inserts, repeated people merged or skipped as the operator chose. A file with any problem is
 * refused whole (422 `import_failed`). Imported profiles get no consent records.
 */
export async function commitResumeImport(
  ctx: AppContext,
  store: ImportJobStore,
  actor: Actor,
  jobId: string,
  policy: DuplicatePolicy,
  locale: Locale,
  source: AuditSource,
): Promise<ImportJobView> {
  const job = getJobOfZone(store, actor, jobId);
  if (job.status !== 'ready') {
    throw new AppError('conflict', { fields: [{ path: 'jobId', message: 'resume_import.not_ready' }], details: { status: job.status } });
  }
  if (job.issueCount > 0) {
    const error = importFailed(job);
    throw new AppError('import_failed', { params: error.params, details: renderJobError(job, error, locale)?.details });
  }
  job.status = 'committing';
  job.processedRows = 0;
  job.error = null;
  touch(store, job);
  job.work = runCommit(ctx, store, job, policy, source);
  const failure = await settle(job, WAIT_MS);
  if (failure) {
    if (failure.code !== 'import_failed') throw failure;
    throw new AppError('import_failed', { params: failure.params, details: renderJobError(job, failure, locale)?.details });
  }
  return toJobView(job, locale);
}

// ---------------------------------------------------------------------------------------------
// Template

const EXAMPLE_ID_BODY = '53230120010315002';

export const TEMPLATE_NOTES: readonly string[] = [
  '第 2 行为示例，导入前请删除。带 * 的列必填；身份证号和手机号至少填写一项（用于去重和联系）。',
  'Row 2 is an example: delete it before importing. Columns marked * are required; give the ID number or the mobile number (or both).',
  '导入分两步：先上传预览，系统逐行校验并列出错误；所有行都通过后才能提交，任何一行有错误则整个文件都不导入。',
  'Importing has two steps: upload for a preview that checks every row, then commit. Nothing is written unless every row is valid.',
  '身份证号：18 位，系统会校验第 18 位校验码（GB 11643）。请把该列设为“文本”格式，否则 Excel 会把号码变成科学计数法并丢失末几位。',
  '手机号：11 位，以 1 开头；+86、空格和短横线会自动去除。全角数字和字母会自动转为半角。',
  '学历：博士、硕士（研究生）、本科（大学本科、学士）、大专（专科、高职）、中专（中技、职高、技校）、高中、初中。',
  '日期：2023-06-01、2023/6/1、2023年6月1日、2023年6月、2023.06 或 Excel 日期格式均可；毕业时间只填年份（如 2023、2023届）时按当年 7 月 1 日计。',
  '技能、期望地区：多项用顿号、逗号、分号或空格分隔。期望地区填区县或市州名称（如 楚雄市、昆明）或 6 位行政区划代码；“不限”表示不限地区。',
  '期望月薪（元/月）：5000、4000-6000、5k、1.2万 或“面议”。工作年限：整数，也可写“3年”“应届”。',
  '重复：同一身份证号或手机号在文件中出现多次，或已在人才库中时，提交时可选择“合并”（只补充空白字段，不覆盖已有信息）或“跳过”。',
  '隐私：导入的简历不会向企业展示，也不会用于岗位推荐，直到求职者本人同意（求职匹配授权）。',
  '也可上传 CSV 文件（UTF-8 或 GBK 编码），列名与本表相同；也接受英文列名：' + RESUME_COLUMNS.map((c) => c.headerEn).join(', ') + '。',
  'CSV files (UTF-8 or GBK) with the same headers work too; English headers are accepted.',
];

/** The import template: Chinese headers (required ones starred), one example row, and a notes sheet. */
export async function buildResumeTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Qiao 桥';
  const sheet = workbook.addWorksheet('简历导入', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = RESUME_COLUMNS.map((c) => ({
    header: c.required ? `${c.header}*` : c.header,
    key: c.field,
    width: c.width,
    ...(c.isText ? { style: { numFmt: '@' } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  const example: Record<ResumeField, string> = {
    name: '李雪梅',
    gender: '女',
    idNumber: EXAMPLE_ID_BODY + idNumberCheckChar(EXAMPLE_ID_BODY),
    phone: '13887800001',
    educationLevel: '大学本科',
    school: '楚雄师范学院',
    major: '化学',
    graduationOn: '2023年6月',
    skills: '化学分析、实验室管理、Office',
    experienceYears: '1年',
    preferredRegions: '楚雄市、昆明',
    expectedSalary: '4000-6000',
    availableFrom: '随时',
    email: '',
    birthDate: '',
    note: '2024 年春季大型现场招聘会',
  };
  sheet.addRow(example);
  const help = workbook.addWorksheet('说明 Notes');
  help.getColumn(1).width = 120;
  for (const line of TEMPLATE_NOTES) help.addRow([line]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
