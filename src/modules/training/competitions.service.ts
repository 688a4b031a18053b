import type { Actor } from '../../platform/access';
import { type AuditSource, changedFields, recordAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { todayInChina } from '../../platform/dates';
import { AppError, type FieldIssue } from '../../platform/errors';
import { ORGANISATION_TYPES } from '../organisations/organisations.codes';
import { getOperatorSeeker } from '../talent/talent.access';
import * as basesRepo from './bases.repository';
import * as repo from './competitions.repository';
import type { CompetitionWithFacts, EntrantWithNames } from './competitions.repository';
import type {
  AddEntrantInput,
  CompetitionFilters,
  CompetitionView,
  CreateCompetitionInput,
  EntrantView,
  RecordResultInput,
  UpdateCompetitionInput,
} from './competitions.schemas';
import type { Award, CompetitionLevel } from './training.codes';
import { rankEntrants } from './training.rules';
import { organisationProblem, requireInZone, throwIfIssues, zoneOf } from './training.scope';

/** Entrants compete for a school, an enterprise or an institute. */
const ENTRANT_ORGANISATION_TYPES = ['school', 'enterprise', 'institute'] as const;

export function toCompetitionView(row: CompetitionWithFacts): CompetitionView {
  return {
    id: row.id,
    title: row.title,
    heldOn: row.heldOn,
    organiserId: row.organiserId,
    organiserName: row.organiserName,
    level: row.level as CompetitionLevel,
    categories: row.categories,
    venue: row.venue,
    description: row.description,
    entrants: row.entrants,
    awards: row.awards,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function scoreOf(row: { score: string | null }): number | null {
  return row.score === null ? null : Number(row.score);
}

function toEntrantView(row: EntrantWithNames, rank: number | undefined): EntrantView {
  return {
    id: row.id,
    competitionId: row.competitionId,
    category: row.category,
    seekerId: row.seekerId,
    name: row.name,
    organisationId: row.organisationId,
    organisationName: row.organisationName,
    score: scoreOf(row),
    rank: rank ?? null,
    award: row.award as Award | null,
    version: row.version,
  };
}

async function getVisibleCompetition(ctx: AppContext, actor: Actor, id: string): Promise<CompetitionWithFacts> {
  return requireInZone(actor, await repo.getCompetitionById(ctx.db, id));
}

async function organiserIssues(ctx: AppContext, actor: Actor, organiserId: string | undefined): Promise<FieldIssue[]> {
  if (!organiserId) return [];
  const org = (await basesRepo.findOrganisationsByIds(ctx.db, [organiserId])).get(organiserId);
  const problem = organisationProblem(actor, 'organiserId', org, ORGANISATION_TYPES, 'field.invalid');
  return problem ? [problem] : [];
}

export async function findCompetitions(
  ctx: AppContext,
  actor: Actor,
  filters: CompetitionFilters,
  page: { page: number; pageSize: number },
): Promise<{ items: CompetitionView[]; total: number; page: number; pageSize: number }> {
  const { rows, total } = await repo.findCompetitions(ctx.db, zoneOf(actor), filters, { offset: (page.page - 1) * page.pageSize, limit: page.pageSize });
  return { items: rows.map(toCompetitionView), total, page: page.page, pageSize: page.pageSize };
}

export async function getCompetition(ctx: AppContext, actor: Actor, id: string): Promise<CompetitionView> {
  return toCompetitionView(await getVisibleCompetition(ctx, actor, id));
}

export async function createCompetition(ctx: AppContext, actor: Actor, input: CreateCompetitionInput, source: AuditSource): Promise<CompetitionView> {
  const zoneId = zoneOf(actor);
  throwIfIssues(await organiserIssues(ctx, actor, input.organiserId));
  const id = await ctx.db.transaction(async (tx) => {
    const row = await repo.insertCompetition(tx, { ...input, venue: input.venue ?? null, description: input.description ?? null, zoneId });
    await recordAudit(tx, source, { action: 'skill_competition.create', entityType: 'skill_competition', entityId: row.id, organisationId: row.organiserId, after: input });
    return row.id;
  });
  return getCompetition(ctx, actor, id);
}

export async function updateCompetition(ctx: AppContext, actor: Actor, id: string, input: UpdateCompetitionInput, source: AuditSource): Promise<CompetitionView> {
  await getVisibleCompetition(ctx, actor, id);
  const { version, ...patch } = input;
  throwIfIssues(await organiserIssues(ctx, actor, patch.organiserId));
  await ctx.db.transaction(async (tx) => {
    const locked = await repo.lockCompetition(tx, id);
    if (!locked || locked.version !== version) throw new AppError('stale_version');
    const facts = await repo.findEntrantFacts(tx, id);
    const issues: FieldIssue[] = [];
    const removedInUse = patch.categories ? [...facts.categories].find((c) => !patch.categories?.includes(c)) : undefined;
    if (removedInUse) issues.push({ path: 'categories', message: 'training.competition.category_in_use', params: { category: removedInUse } });
    if (patch.heldOn && patch.heldOn > todayInChina() && facts.hasResults) issues.push({ path: 'heldOn', message: 'training.competition.held_date_after_results' });
    throwIfIssues(issues);
    const row = await repo.updateCompetitionIfVersion(tx, id, version, patch);
    if (!row) throw new AppError('stale_version');
    const diff = changedFields(locked as Record<string, unknown>, row as Record<string, unknown>);
    for (const key of ['version', 'updatedAt'] as const) {
      delete diff.before[key];
      delete diff.after[key];
    }
    await recordAudit(tx, source, { action: 'skill_competition.update', entityType: 'skill_competition', entityId: id, organisationId: row.organiserId, ...diff });
  });
  return getCompetition(ctx, actor, id);
}

export async function findEntrants(ctx: AppContext, actor: Actor, competitionId: string, category?: string): Promise<EntrantView[]> {
  const competition = await getVisibleCompetition(ctx, actor, competitionId);
  // Ranks count the whole category, even when the list is narrowed to one.
  const rows = await repo.findEntrants(ctx.db, competition.id, category);
  const ranks = rankEntrants(rows.map((r) => ({ id: r.id, category: r.category, score: scoreOf(r) })));
  return rows.map((r) => toEntrantView(r, ranks.get(r.id)));
}

/** One entrant as listed, with its rank in its category. */
async function getEntrantView(ctx: AppContext, actor: Actor, competitionId: string, category: string, id: string): Promise<EntrantView> {
  const found = (await findEntrants(ctx, actor, competitionId, category)).find((e) => e.id === id);
  if (!found) throw new AppError('not_found');
  return found;
}

export async function addEntrant(ctx: AppContext, actor: Actor, competitionId: string, input: AddEntrantInput, source: AuditSource): Promise<EntrantView> {
  const competition = await getVisibleCompetition(ctx, actor, competitionId);
  const issues: FieldIssue[] = [];
  const hasSeeker = input.seekerId !== undefined;
  if (hasSeeker === (input.entrantName !== undefined)) issues.push({ path: 'entrantName', message: 'training.competition.entrant_required' });
  if (input.seekerId) {
    try {
      const seeker = await getOperatorSeeker(ctx, actor, input.seekerId);
      if (seeker.erasedAt) throw new AppError('conflict', { fields: [{ path: 'seekerId', message: 'seeker.erased' }] });
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'not_found') throw error;
      issues.push({ path: 'seekerId', message: 'not_found' });
    }
  }
  if (input.organisationId) {
    const org = (await basesRepo.findOrganisationsByIds(ctx.db, [input.organisationId])).get(input.organisationId);
    const problem = organisationProblem(actor, 'organisationId', org, ENTRANT_ORGANISATION_TYPES, 'field.invalid');
    if (problem) issues.push(problem);
  }
  throwIfIssues(issues);
  const id = await ctx.db.transaction(async (tx) => {
    const locked = await repo.lockCompetition(tx, competition.id);
    if (!locked) throw new AppError('not_found');
    if (!locked.categories.includes(input.category)) {
      throw new AppError('validation_failed', {
        fields: [{ path: 'category', message: 'training.competition.unknown_category', params: { categories: locked.categories.join(', ') } }],
      });
    }
    const row = await repo.insertEntrant(tx, {
      competitionId: competition.id,
      category: input.category,
      seekerId: input.seekerId ?? null,
      entrantName: input.entrantName ?? null,
      organisationId: input.organisationId ?? null,
    });
    if (!row) throw new AppError('conflict', { fields: [{ path: 'seekerId', message: 'training.competition.duplicate_entrant' }] });
    await recordAudit(tx, source, {
      action: 'competition_entrant.create',
      entityType: 'competition_entrant',
      entityId: row.id,
      organisationId: row.organisationId,
      after: { competitionId: competition.id, category: row.category, seekerId: row.seekerId, entrantName: row.entrantName },
    });
    return row.id;
  });
  return getEntrantView(ctx, actor, competition.id, input.category, id);
}

/** Enters an entrant's score and award once the competition has been held. */
export async function recordResult(ctx: AppContext, actor: Actor, entrantId: string, input: RecordResultInput, source: AuditSource): Promise<EntrantView> {
  const entrant = await repo.getEntrantById(ctx.db, entrantId);
  if (!entrant) throw new AppError('not_found');
  const competition = await getVisibleCompetition(ctx, actor, entrant.competitionId);
  const issues: FieldIssue[] = [];
  if (competition.heldOn > todayInChina() && (input.score !== null || input.award !== null)) {
    issues.push({ path: 'score', message: 'training.competition.not_held_yet', params: { date: competition.heldOn } });
  }
  if (input.award !== null && input.score === null) issues.push({ path: 'award', message: 'training.competition.award_needs_score' });
  throwIfIssues(issues);
  await ctx.db.transaction(async (tx) => {
    const row = await repo.updateEntrantIfVersion(tx, entrantId, input.version, { score: input.score === null ? null : input.score.toFixed(2), award: input.award });
    if (!row) throw new AppError('stale_version');
    await recordAudit(tx, source, {
      action: 'competition_entrant.result',
      entityType: 'competition_entrant',
      entityId: entrantId,
      organisationId: row.organisationId,
      before: { score: scoreOf(entrant), award: entrant.award },
      after: { score: input.score, award: input.award },
    });
  });
  return getEntrantView(ctx, actor, competition.id, entrant.category, entrantId);
}
