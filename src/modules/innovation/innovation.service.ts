import type { Actor } from '../../platform/access';
import { type AuditSource, changedFields, recordAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { AppError, type FieldIssue } from '../../platform/errors';
import { translate } from '../../platform/i18n/messages';
import { getOrganisationById } from '../organisations/organisations.repository';
import { chinaToday } from '../talent/talent.rules';
import { formatFenIn } from '../techtransfer/money';
import { checkIndexWeights, computeIndex, DEFAULT_INDEX_WEIGHTS, type IndexWeights, peerRanges } from './innovation-index';
import { type EnterpriseFacts, findFactorRecords, findZoneIndexFacts } from './innovation-facts.repository';
import { FACTOR_UNITS, LOAN_TRANSITIONS, type LoanAction, type LoanStatus } from './innovation.codes';
import * as repo from './innovation.repository';
import type {
  ApplyLoanInput,
  CreateRdInputInput,
  DisbursementInput,
  IndexDetailView,
  IndexSummaryView,
  LoanDecisionInput,
  LoanDetailView,
  LoanFilters,
  LoanTotalsView,
  LoanView,
  PublishWeightsInput,
  RdInputView,
  UpdateRdInputInput,
  WeightsView,
} from './innovation.schemas';
import type { LoanIndexSnapshot } from './innovation.table';
import { addDisbursement, remainingToDisburse } from './loan-money';

type Page = { page: number; pageSize: number };

// --- who is asking ---------------------------------------------------------------------------

/**
 * What an account may see here: operators and government their zone; an enterprise's staff their
 * own records; a partner bank's staff the loans addressed to their bank. Other organisations'
 * staff (schools, institutes …) have nothing here.
 */
type Viewer =
  | { kind: 'zone'; zoneId: string }
  | { kind: 'enterprise'; zoneId: string; organisationId: string }
  | { kind: 'bank'; zoneId: string; bankId: string };

async function viewerOf(ctx: AppContext, actor: Actor): Promise<Viewer> {
  if (!actor.zoneId) throw new AppError('forbidden');
  if (actor.role === 'operator' || actor.role === 'government') return { kind: 'zone', zoneId: actor.zoneId };
  if (!actor.organisationId) throw new AppError('forbidden');
  const org = await getOrganisationById(ctx.db, actor.organisationId);
  if (org?.type === 'enterprise') return { kind: 'enterprise', zoneId: org.zoneId, organisationId: org.id };
  if (org?.type === 'bank') return { kind: 'bank', zoneId: org.zoneId, bankId: org.id };
  throw new AppError('forbidden');
}

async function enterpriseViewerOf(ctx: AppContext, actor: Actor): Promise<Extract<Viewer, { kind: 'enterprise' }>> {
  const viewer = await viewerOf(ctx, actor);
  if (viewer.kind !== 'enterprise') throw new AppError('forbidden');
  return viewer;
}

/** Indices and R&D inputs: the zone's readers and enterprises; a bank sees an index only in the loans shared with it. */
async function indexViewerOf(ctx: AppContext, actor: Actor): Promise<Exclude<Viewer, { kind: 'bank' }>> {
  const viewer = await viewerOf(ctx, actor);
  if (viewer.kind === 'bank') throw new AppError('forbidden');
  return viewer;
}

/** The latest complete year in China, the default for indices. */
function lastYear(): number {
  return Number(chinaToday().slice(0, 4)) - 1;
}

function checkYear(year: number, path: string): FieldIssue[] {
  return year > Number(chinaToday().slice(0, 4)) ? [{ path, message: 'innovation.year_in_future' }] : [];
}

function fail(issues: FieldIssue[]): void {
  if (issues.length) throw new AppError('validation_failed', { fields: issues });
}

// --- R&D inputs ------------------------------------------------------------------------------

function toRdInputView(row: repo.RdInputWithNames): RdInputView {
  return {
    id: row.id,
    organisationId: row.organisationId,
    organisationName: row.organisationName,
    year: row.year,
    rdStaff: row.rdStaff,
    totalStaff: row.totalStaff,
    rdSpendingFen: row.rdSpendingFen,
    revenueFen: row.revenueFen,
    note: row.note,
    version: row.version,
    updatedByName: row.updatedByName,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** What an audit entry keeps of R&D inputs: the figures, not who typed them (the entry says that). */
function rdAuditView(row: { year: number; rdStaff: number; totalStaff: number; rdSpendingFen: number; revenueFen: number | null; note: string | null }) {
  return { year: row.year, rdStaff: row.rdStaff, totalStaff: row.totalStaff, rdSpendingFen: row.rdSpendingFen, revenueFen: row.revenueFen, note: row.note };
}

function checkRdRules(record: { rdStaff: number; totalStaff: number }): FieldIssue[] {
  return record.rdStaff > record.totalStaff ? [{ path: 'rdStaff', message: 'innovation.rd_staff_above_total' }] : [];
}

export async function findRdInputs(
  ctx: AppContext,
  actor: Actor,
  filters: { year?: number | undefined; organisationId?: string | undefined },
  page: Page,
): Promise<{ items: RdInputView[]; total: number; page: number; pageSize: number }> {
  const viewer = await indexViewerOf(ctx, actor);
  const scope = viewer.kind === 'zone' ? { zoneId: viewer.zoneId } : { organisationId: viewer.organisationId };
  const { rows, total } = await repo.findRdInputs(ctx.db, scope, filters, { offset: (page.page - 1) * page.pageSize, limit: page.pageSize });
  return { items: rows.map(toRdInputView), total, page: page.page, pageSize: page.pageSize };
}

async function getVisibleRdInput(ctx: AppContext, actor: Actor, id: string): Promise<repo.RdInputWithNames> {
  const viewer = await indexViewerOf(ctx, actor);
  const row = await repo.getRdInputById(ctx.db, id);
  const isVisible = row && (viewer.kind === 'zone' ? row.zoneId === viewer.zoneId : row.organisationId === viewer.organisationId);
  if (!row || !isVisible) throw new AppError('not_found');
  return row;
}

export async function getRdInput(ctx: AppContext, actor: Actor, id: string): Promise<RdInputView> {
  return toRdInputView(await getVisibleRdInput(ctx, actor, id));
}

/** An enterprise reports its R&D inputs for a year: one record per year, edited afterwards. */
export async function createRdInput(ctx: AppContext, actor: Actor, input: CreateRdInputInput, source: AuditSource): Promise<RdInputView> {
  const viewer = await enterpriseViewerOf(ctx, actor);
  fail([...checkYear(input.year, 'year'), ...checkRdRules(input)]);
  const id = await ctx.db.transaction(async (tx) => {
    const row = await repo.insertRdInput(tx, {
      zoneId: viewer.zoneId,
      organisationId: viewer.organisationId,
      year: input.year,
      rdStaff: input.rdStaff,
      totalStaff: input.totalStaff,
      rdSpendingFen: input.rdSpendingFen,
      revenueFen: input.revenueFen ?? null,
      note: input.note ?? null,
      createdBy: actor.accountId,
      updatedBy: actor.accountId,
    });
    if (!row) {
      throw new AppError('conflict', { fields: [{ path: 'year', message: 'innovation.rd_input_exists', params: { year: input.year } }] });
    }
    await recordAudit(tx, source, {
      action: 'rd_input.create',
      entityType: 'rd_input',
      entityId: row.id,
      organisationId: row.organisationId,
      after: rdAuditView(row),
    });
    return row.id;
  });
  return getRdInput(ctx, actor, id);
}

export async function updateRdInput(ctx: AppContext, actor: Actor, id: string, input: UpdateRdInputInput, source: AuditSource): Promise<RdInputView> {
  await enterpriseViewerOf(ctx, actor);
  const current = await getVisibleRdInput(ctx, actor, id);
  const { version, ...patch } = input;
  fail(checkRdRules({ rdStaff: patch.rdStaff ?? current.rdStaff, totalStaff: patch.totalStaff ?? current.totalStaff }));
  await ctx.db.transaction(async (tx) => {
    const row = await repo.updateRdInputIfVersion(tx, id, version, {
      ...(patch.rdStaff !== undefined ? { rdStaff: patch.rdStaff } : {}),
      ...(patch.totalStaff !== undefined ? { totalStaff: patch.totalStaff } : {}),
      ...(patch.rdSpendingFen !== undefined ? { rdSpendingFen: patch.rdSpendingFen } : {}),
      ...(patch.revenueFen !== undefined ? { revenueFen: patch.revenueFen } : {}),
      ...(patch.note !== undefined ? { note: patch.note } : {}),
      updatedBy: actor.accountId,
    });
    if (!row) throw new AppError('stale_version');
    await recordAudit(tx, source, {
      action: 'rd_input.update',
      entityType: 'rd_input',
      entityId: id,
      organisationId: row.organisationId,
      ...changedFields(rdAuditView(current), rdAuditView(row)),
    });
  });
  return getRdInput(ctx, actor, id);
}

// --- weights ---------------------------------------------------------------------------------

type CurrentWeights = { version: number; weights: IndexWeights };

function toWeightsView(row: repo.WeightsWithName): WeightsView {
  return { version: row.version, weights: row.weights, note: row.note, publishedAt: row.publishedAt.toISOString(), publishedByName: row.publishedByName };
}

const DEFAULT_WEIGHTS_VIEW: WeightsView = { version: 0, weights: DEFAULT_INDEX_WEIGHTS, note: null, publishedAt: null, publishedByName: null };

/** The weights in force in a zone: its latest published version, or the built-in defaults (version 0). */
async function currentWeights(ctx: AppContext, zoneId: string): Promise<CurrentWeights> {
  const [latest] = await repo.findWeightsHistory(ctx.db, zoneId, 1);
  return latest ? { version: latest.version, weights: latest.weights } : { version: 0, weights: DEFAULT_INDEX_WEIGHTS };
}

/** The published weights are public to everyone who reads indices: the breakdown shows them anyway. */
export async function getWeights(ctx: AppContext, actor: Actor): Promise<WeightsView> {
  const viewer = await indexViewerOf(ctx, actor);
  const [latest] = await repo.findWeightsHistory(ctx.db, viewer.zoneId, 1);
  return latest ? toWeightsView(latest) : DEFAULT_WEIGHTS_VIEW;
}

export async function findWeightsHistory(ctx: AppContext, actor: Actor): Promise<{ items: WeightsView[] }> {
  const viewer = await indexViewerOf(ctx, actor);
  const rows = await repo.findWeightsHistory(ctx.db, viewer.zoneId, 100);
  return { items: [...rows.map(toWeightsView), DEFAULT_WEIGHTS_VIEW] };
}

/** Publishes a new version of the zone's weights; earlier versions stay, loans keep the version they were scored with. */
export async function publishWeights(ctx: AppContext, actor: Actor, input: PublishWeightsInput, source: AuditSource): Promise<WeightsView> {
  const viewer = await viewerOf(ctx, actor);
  if (viewer.kind !== 'zone') throw new AppError('forbidden');
  fail(checkIndexWeights(input.weights));
  const before = await currentWeights(ctx, viewer.zoneId);
  if (before.version !== input.expectedVersion) throw new AppError('stale_version');
  await ctx.db.transaction(async (tx) => {
    const row = await repo.insertWeightsVersion(tx, {
      zoneId: viewer.zoneId,
      version: before.version + 1,
      weights: input.weights,
      note: input.note ?? null,
      publishedBy: actor.accountId,
    });
    if (!row) throw new AppError('stale_version');
    await recordAudit(tx, source, {
      action: 'innovation.weights',
      entityType: 'innovation_index_weights',
      entityId: row.id,
      before: { version: before.version, weights: before.weights },
      after: { version: row.version, weights: row.weights, note: row.note },
    });
  });
  return getWeights(ctx, actor);
}

// --- indices ---------------------------------------------------------------------------------

type ScoredEnterprise = EnterpriseFacts & { score: number; rank: number; factors: ReturnType<typeof computeIndex>['factors'] };
export type ZoneIndices = { year: number; weights: CurrentWeights; ranges: ReturnType<typeof peerRanges>; entries: ScoredEnterprise[] };

/** Every enterprise's index of the zone for the year, highest first; equal scores share a rank. */
export async function computeZoneIndices(ctx: AppContext, zoneId: string, year: number): Promise<ZoneIndices> {
  const [weights, enterprises] = await Promise.all([currentWeights(ctx, zoneId), findZoneIndexFacts(ctx.db, zoneId, year)]);
  const ranges = peerRanges(enterprises.map((e) => e.facts));
  const scored = enterprises.map((e) => ({ ...e, ...computeIndex(e.facts, ranges, weights.weights), rank: 0 }));
  scored.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'zh-CN'));
  scored.forEach((entry, i) => {
    const previous = scored[i - 1];
    entry.rank = previous && previous.score === entry.score ? previous.rank : i + 1;
  });
  return { year, weights, ranges, entries: scored };
}

function toIndexSummary(entry: ScoredEnterprise): IndexSummaryView {
  return {
    organisationId: entry.organisationId,
    organisationName: entry.name,
    industry: entry.industry,
    isHighTech: entry.isHighTech,
    isTechSme: entry.isTechSme,
    score: entry.score,
    rank: entry.rank,
  };
}

export async function findIndices(
  ctx: AppContext,
  actor: Actor,
  query: { year?: number | undefined; q?: string | null | undefined; industry?: string | undefined },
  page: Page,
): Promise<{ items: IndexSummaryView[]; total: number; page: number; pageSize: number; year: number; weightsVersion: number; peerCount: number }> {
  const viewer = await indexViewerOf(ctx, actor);
  const year = query.year ?? lastYear();
  fail(checkYear(year, 'querystring.year'));
  const zone = await computeZoneIndices(ctx, viewer.zoneId, year);
  const q = query.q?.toLowerCase();
  const visible = zone.entries.filter(
    (e) =>
      (viewer.kind === 'zone' || e.organisationId === viewer.organisationId) &&
      (!q || e.name.toLowerCase().includes(q)) &&
      (!query.industry || e.industry === query.industry),
  );
  const start = (page.page - 1) * page.pageSize;
  return {
    items: visible.slice(start, start + page.pageSize).map(toIndexSummary),
    total: visible.length,
    page: page.page,
    pageSize: page.pageSize,
    year,
    weightsVersion: zone.weights.version,
    peerCount: zone.entries.length,
  };
}

/** One enterprise's index with its breakdown and the records behind each factor. */
export async function getIndexDetail(ctx: AppContext, actor: Actor, organisationId: string, year: number | undefined): Promise<IndexDetailView> {
  const viewer = await indexViewerOf(ctx, actor);
  if (viewer.kind === 'enterprise' && viewer.organisationId !== organisationId) throw new AppError('not_found');
  const indexYear = year ?? lastYear();
  fail(checkYear(indexYear, 'querystring.year'));
  const zone = await computeZoneIndices(ctx, viewer.zoneId, indexYear);
  const entry = zone.entries.find((e) => e.organisationId === organisationId);
  if (!entry) throw new AppError('not_found');
  const [records, rdInput] = await Promise.all([
    findFactorRecords(ctx.db, { id: entry.organisationId, name: entry.name, isHighTech: entry.isHighTech, isTechSme: entry.isTechSme }, indexYear),
    repo.getRdInputOfYear(ctx.db, organisationId, indexYear),
  ]);
  return {
    ...toIndexSummary(entry),
    year: indexYear,
    weightsVersion: zone.weights.version,
    peerCount: zone.entries.length,
    factors: entry.factors.map((f) => ({
      ...f,
      unit: FACTOR_UNITS[f.factor],
      normalisation: zone.weights.weights[f.factor].normalisation,
      peerMin: zone.ranges[f.factor].min,
      peerMax: zone.ranges[f.factor].max,
      records: records[f.factor].records,
      recordCount: records[f.factor].count,
    })),
    rdInput: rdInput ? toRdInputView(rdInput) : null,
  };
}

/** An enterprise's index as shared with a bank: frozen as computed at `computedAt`. */
export function snapshotOf(zone: ZoneIndices, organisationId: string, computedAt: Date): LoanIndexSnapshot | undefined {
  const entry = zone.entries.find((e) => e.organisationId === organisationId);
  if (!entry) return undefined;
  return {
    year: zone.year,
    score: entry.score,
    weightsVersion: zone.weights.version,
    peerCount: zone.entries.length,
    computedAt: computedAt.toISOString(),
    factors: entry.factors,
  };
}

// --- loans -----------------------------------------------------------------------------------

export async function findBanks(ctx: AppContext, actor: Actor): Promise<{ items: { id: string; name: string; shortName: string | null }[] }> {
  const viewer = await viewerOf(ctx, actor);
  return { items: await repo.findZoneBanks(ctx.db, viewer.zoneId) };
}

function loanScopeOf(viewer: Viewer): repo.LoanScope {
  switch (viewer.kind) {
    case 'zone':
      return { zoneId: viewer.zoneId };
    case 'enterprise':
      return { organisationId: viewer.organisationId };
    case 'bank':
      return { bankId: viewer.bankId };
  }
}

function isLoanVisible(viewer: Viewer, loan: repo.LoanRow): boolean {
  switch (viewer.kind) {
    case 'zone':
      return loan.zoneId === viewer.zoneId;
    case 'enterprise':
      return loan.organisationId === viewer.organisationId;
    case 'bank':
      return loan.bankId === viewer.bankId;
  }
}

/** What the viewer may do with the loan now: the bank reviews and pays out, the applicant withdraws. */
function allowedActions(viewer: Viewer, loan: repo.LoanRow): LoanView['allowedActions'] {
  const status = loan.status as LoanStatus;
  const can = (action: LoanAction) => (LOAN_TRANSITIONS[action].from as readonly LoanStatus[]).includes(status);
  if (viewer.kind === 'bank' && loan.bankId === viewer.bankId) {
    const actions: LoanView['allowedActions'] = [];
    if (can('start_review')) actions.push('start_review');
    if (can('approve')) actions.push('approve');
    if (can('decline')) actions.push('decline');
    if (status === 'approved') actions.push('disburse');
    return actions;
  }
  if (viewer.kind === 'enterprise' && loan.organisationId === viewer.organisationId && can('withdraw')) return ['withdraw'];
  return [];
}

function toLoanView(viewer: Viewer, row: repo.LoanWithNames): LoanView {
  return {
    id: row.id,
    organisationId: row.organisationId,
    organisationName: row.organisationName,
    bankId: row.bankId,
    bankName: row.bankName,
    status: row.status as LoanStatus,
    amountRequestedFen: row.amountRequestedFen,
    purpose: row.purpose,
    termMonthsRequested: row.termMonthsRequested,
    indexYear: row.indexYear,
    indexScore: row.indexScore,
    submittedOn: row.submittedOn,
    consentText: row.consentText,
    consentedAt: row.consentedAt.toISOString(),
    appliedByName: row.appliedByName,
    reviewStartedAt: row.reviewStartedAt?.toISOString() ?? null,
    approvedAmountFen: row.approvedAmountFen,
    rateBp: row.rateBp,
    approvedTermMonths: row.approvedTermMonths,
    declineReason: row.declineReason,
    decidedByName: row.decidedByName,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    decidedOn: row.decidedOn,
    withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
    disbursedFen: row.disbursedFen,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    allowedActions: allowedActions(viewer, row),
  };
}

async function getVisibleLoan(ctx: AppContext, viewer: Viewer, id: string): Promise<repo.LoanWithNames> {
  const row = await repo.getLoanById(ctx.db, id);
  if (!row || !isLoanVisible(viewer, row)) throw new AppError('not_found');
  return row;
}

async function loanDetail(ctx: AppContext, viewer: Viewer, id: string): Promise<LoanDetailView> {
  const row = await getVisibleLoan(ctx, viewer, id);
  const disbursements = await repo.findDisbursements(ctx.db, id);
  return {
    ...toLoanView(viewer, row),
    indexSnapshot: row.indexSnapshot,
    disbursements: disbursements.map((d) => ({
      id: d.id,
      disbursedOn: d.disbursedOn,
      amountFen: d.amountFen,
      note: d.note,
      recordedByName: d.recordedByName,
      createdAt: d.createdAt.toISOString(),
    })),
  };
}

export async function getLoan(ctx: AppContext, actor: Actor, id: string): Promise<LoanDetailView> {
  return loanDetail(ctx, await viewerOf(ctx, actor), id);
}

export async function findLoans(
  ctx: AppContext,
  actor: Actor,
  filters: LoanFilters,
  page: Page,
): Promise<{ items: LoanView[]; total: number; page: number; pageSize: number }> {
  const viewer = await viewerOf(ctx, actor);
  const { rows, total } = await repo.findLoans(ctx.db, loanScopeOf(viewer), filters, { offset: (page.page - 1) * page.pageSize, limit: page.pageSize });
  return { items: rows.map((row) => toLoanView(viewer, row)), total, page: page.page, pageSize: page.pageSize };
}

/** The loan fields an audit entry keeps (the snapshot is on the record itself and never changes). */
function loanAuditView(row: repo.LoanRow) {
  return {
    status: row.status,
    bankId: row.bankId,
    amountRequestedFen: row.amountRequestedFen,
    termMonthsRequested: row.termMonthsRequested,
    indexYear: row.indexYear,
    indexScore: row.indexScore,
    approvedAmountFen: row.approvedAmountFen,
    rateBp: row.rateBp,
    approvedTermMonths: row.approvedTermMonths,
    declineReason: row.declineReason,
    decidedOn: row.decidedOn,
    disbursedFen: row.disbursedFen,
  };
}

/** The consent as the applicant agrees to it, kept with the application in the zone's language. */
export function consentTextOf(snapshot: LoanIndexSnapshot, bankName: string): string {
  return translate('zh-CN', 'loan.consent_text', { year: snapshot.year, score: snapshot.score.toFixed(2), bank: bankName });
}

/** An enterprise applies to one partner bank, sharing a snapshot of its index with that bank by explicit consent. */
export async function applyForLoan(ctx: AppContext, actor: Actor, input: ApplyLoanInput, source: AuditSource): Promise<LoanDetailView> {
  const viewer = await enterpriseViewerOf(ctx, actor);
  const indexYear = input.indexYear ?? lastYear();
  const issues = checkYear(indexYear, 'indexYear');
  const bank = await getOrganisationById(ctx.db, input.bankId);
  if (!bank || bank.zoneId !== viewer.zoneId || bank.type !== 'bank' || !bank.isActive) issues.push({ path: 'bankId', message: 'loan.not_bank' });
  fail(issues);
  const snapshot = snapshotOf(await computeZoneIndices(ctx, viewer.zoneId, indexYear), viewer.organisationId, new Date());
  if (!snapshot) throw new AppError('not_found');
  const id = await ctx.db.transaction(async (tx) => {
    const row = await repo.insertLoan(tx, {
      zoneId: viewer.zoneId,
      organisationId: viewer.organisationId,
      bankId: input.bankId,
      amountRequestedFen: input.amountRequestedFen,
      purpose: input.purpose,
      termMonthsRequested: input.termMonths,
      indexYear,
      indexScore: snapshot.score,
      indexSnapshot: snapshot,
      consentText: consentTextOf(snapshot, bank?.name ?? ''),
      consentedAt: new Date(),
      appliedBy: actor.accountId,
      submittedOn: chinaToday(),
    });
    await recordAudit(tx, source, {
      action: 'loan.apply',
      entityType: 'innovation_loan',
      entityId: row.id,
      organisationId: row.organisationId,
      after: { ...loanAuditView(row), consentedAt: row.consentedAt.toISOString() },
    });
    return row.id;
  });
  return loanDetail(ctx, viewer, id);
}

/** Moves a loan along its lifecycle; only the addressed bank reviews, only the applicant withdraws. */
export async function transitionLoan(
  ctx: AppContext,
  actor: Actor,
  id: string,
  action: 'start_review' | 'withdraw',
  version: number,
  source: AuditSource,
): Promise<LoanDetailView> {
  const viewer = await viewerOf(ctx, actor);
  const current = await getVisibleLoan(ctx, viewer, id);
  const isParty = action === 'withdraw' ? viewer.kind === 'enterprise' : viewer.kind === 'bank';
  if (!isParty) throw new AppError('forbidden');
  const now = new Date();
  const patch = action === 'withdraw' ? { withdrawnAt: now } : { reviewStartedAt: now };
  await applyTransition(ctx, current, action, version, patch, source);
  return loanDetail(ctx, viewer, id);
}

/** The bank approves (amount, rate, term) or declines (reason) an application addressed to it. */
export async function decideLoan(ctx: AppContext, actor: Actor, id: string, input: LoanDecisionInput, source: AuditSource): Promise<LoanDetailView> {
  const viewer = await viewerOf(ctx, actor);
  const current = await getVisibleLoan(ctx, viewer, id);
  if (viewer.kind !== 'bank') throw new AppError('forbidden');
  const decided = { decidedBy: actor.accountId, decidedAt: new Date(), decidedOn: chinaToday() };
  if (input.decision === 'approve') {
    if (input.approvedAmountFen > current.amountRequestedFen) fail([{ path: 'approvedAmountFen', message: 'loan.approved_above_requested' }]);
    await applyTransition(ctx, current, 'approve', input.version, { ...decided, approvedAmountFen: input.approvedAmountFen, rateBp: input.rateBp, approvedTermMonths: input.termMonths }, source);
  } else {
    await applyTransition(ctx, current, 'decline', input.version, { ...decided, declineReason: input.reason }, source);
  }
  return loanDetail(ctx, viewer, id);
}

async function applyTransition(
  ctx: AppContext,
  current: repo.LoanRow,
  action: LoanAction,
  version: number,
  patch: Partial<repo.NewLoanRow>,
  source: AuditSource,
): Promise<void> {
  const transition = LOAN_TRANSITIONS[action];
  if (!(transition.from as readonly string[]).includes(current.status)) {
    throw new AppError('validation_failed', { fields: [{ path: 'status', message: 'loan.wrong_status', params: { status: current.status } }] });
  }
  await ctx.db.transaction(async (tx) => {
    const row = await repo.updateLoanIfVersion(tx, current.id, version, { ...patch, status: transition.to });
    if (!row) throw new AppError('stale_version');
    await recordAudit(tx, source, {
      action: `loan.${action}`,
      entityType: 'innovation_loan',
      entityId: row.id,
      organisationId: row.organisationId,
      ...changedFields(loanAuditView(current), loanAuditView(row)),
    });
  });
}

/**
 * The bank records money paid out. The loan's row is locked first, so that two disbursements
 * recorded at once cannot together pass the approved amount; the loan is disbursed once paid in full.
 */
export async function recordDisbursement(ctx: AppContext, actor: Actor, id: string, input: DisbursementInput, source: AuditSource): Promise<LoanDetailView> {
  const viewer = await viewerOf(ctx, actor);
  await getVisibleLoan(ctx, viewer, id);
  if (viewer.kind !== 'bank') throw new AppError('forbidden');
  await ctx.db.transaction(async (tx) => {
    const loan = await repo.lockLoan(tx, id);
    if (!loan) throw new AppError('not_found');
    if (loan.status !== 'approved' || loan.approvedAmountFen === null || loan.decidedOn === null) {
      throw new AppError('validation_failed', { fields: [{ path: 'status', message: 'loan.wrong_status', params: { status: loan.status } }] });
    }
    const issues: FieldIssue[] = [];
    if (input.disbursedOn > chinaToday()) issues.push({ path: 'disbursedOn', message: 'loan.date_in_future' });
    else if (input.disbursedOn < loan.decidedOn) issues.push({ path: 'disbursedOn', message: 'loan.disbursed_before_approval', params: { decidedOn: loan.decidedOn } });
    const total = addDisbursement(loan.approvedAmountFen, loan.disbursedFen, input.amountFen);
    if (total === null) {
      issues.push({ path: 'amountFen', message: 'loan.disbursement_above_approved', params: { remaining: formatFenIn(remainingToDisburse(loan.approvedAmountFen, loan.disbursedFen), 'yuan') } });
    }
    fail(issues);
    const disbursement = await repo.insertDisbursement(tx, {
      loanId: id,
      disbursedOn: input.disbursedOn,
      amountFen: input.amountFen,
      note: input.note ?? null,
      recordedBy: actor.accountId,
    });
    const isPaidInFull = total === loan.approvedAmountFen;
    const row = await repo.updateLoanIfVersion(tx, id, loan.version, { disbursedFen: total ?? loan.disbursedFen, ...(isPaidInFull ? { status: 'disbursed' } : {}) });
    if (!row) throw new AppError('stale_version');
    await recordAudit(tx, source, {
      action: 'loan.disburse',
      entityType: 'innovation_loan',
      entityId: id,
      organisationId: loan.organisationId,
      before: { status: loan.status, disbursedFen: loan.disbursedFen },
      after: { status: row.status, disbursedFen: row.disbursedFen, disbursementId: disbursement.id, disbursedOn: disbursement.disbursedOn, amountFen: disbursement.amountFen },
    });
  });
  return loanDetail(ctx, viewer, id);
}

/**
 * Loan figures in the viewer's scope: per year (all years), and per bank for one year. Each figure
 * counts by its own date — applications by submission, approvals by decidedOn, disbursements by
 * the day paid — so "granted in 2023" is the approved amounts of loans approved in 2023.
 */
export async function getLoanTotals(ctx: AppContext, actor: Actor, query: { year?: number | undefined }): Promise<LoanTotalsView> {
  const viewer = await viewerOf(ctx, actor);
  const year = query.year ?? Number(chinaToday().slice(0, 4));
  const [rows, banks] = await Promise.all([repo.sumLoans(ctx.db, loanScopeOf(viewer)), repo.findZoneBanks(ctx.db, viewer.zoneId)]);
  const bankNames = new Map(banks.map((b) => [b.id, b.name]));
  const zero = (): repo.LoanTotalsRow => ({ applications: 0, requestedFen: 0, approvedCount: 0, approvedFen: 0, declinedCount: 0, disbursedFen: 0 });
  const addInto = (into: repo.LoanTotalsRow, row: repo.LoanTotalsRow) => {
    into.applications += row.applications;
    into.requestedFen += row.requestedFen;
    into.approvedCount += row.approvedCount;
    into.approvedFen += row.approvedFen;
    into.declinedCount += row.declinedCount;
    into.disbursedFen += row.disbursedFen;
  };
  const total = zero();
  const byBank = new Map<string, repo.LoanTotalsRow>();
  const byYear = new Map<number, repo.LoanTotalsRow>();
  for (const row of rows) {
    const yearTotals = byYear.get(row.year) ?? zero();
    addInto(yearTotals, row);
    byYear.set(row.year, yearTotals);
    if (row.year !== year) continue;
    addInto(total, row);
    const bankTotals = byBank.get(row.bankId) ?? zero();
    addInto(bankTotals, row);
    byBank.set(row.bankId, bankTotals);
  }
  return {
    year,
    total,
    banks: [...byBank.entries()]
      .map(([bankId, totals]) => ({ bankId, bankName: bankNames.get(bankId) ?? '', ...totals }))
      .sort((a, b) => b.approvedFen - a.approvedFen || a.bankName.localeCompare(b.bankName, 'zh-CN')),
    years: [...byYear.entries()].map(([y, totals]) => ({ year: y, ...totals })).sort((a, b) => a.year - b.year),
  };
}
