import type { AppContext } from '../../platform/context';
import { encryptText } from '../../platform/crypto';
import { todayInChina } from '../../platform/dates';
import type { Industry } from '../organisations/organisations.codes';
import { PRIVACY_POLICY_VERSION } from '../accounts/auth.service';
import { DEFAULT_WEIGHTS } from '../matching/engine/scoring';
import { positionFeatures, seekerFeatures } from '../matching/matching.features';
import { findZoneSeekersWithoutAccount } from '../matching/matching.repository';
import { resumeSnapshot } from '../positions/applications.service';
import { idNumberHashOf, phoneHashOf } from '../talent/talent.service';
import { sealDisability } from '../talent/talent.views';
import { generateDemoBulletins } from './demo-bulletins';
import { DEMO_NAMED_ENTERPRISES, generateDemoMatchingActivity } from './demo-recommendations';
import { type DemoPosition, generateDemoPositions } from './demo-positions';
import { generateDemoConsultations, generateDemoSeekers } from './demo-seekers';
import * as repo from './demo.repository';
import { seedGovernance } from './seed-governance';
import { seedTraining } from './seed-training';
import { seedTechTransfer } from './seed-techtransfer';

/** Positions of the demo year 2023 (history, behind the report's figures) and positions open now. */
const POSITIONS_2023 = 620;
const POSITIONS_OPEN_NOW = 140;
const SEEKERS = 1600;
const DAY = 86_400_000;

function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

function positionRow(p: DemoPosition, org: { id: string }, zoneId: string, createdBy: string | undefined, today: string) {
  const { organisationIndex: _index, organisationName: _name, ...fields } = p;
  return {
    ...fields,
    status: p.closingOn < today ? 'closed' : p.status,
    closedAt: p.closingOn < today ? new Date(`${p.closingOn}T10:00:00Z`) : null,
    organisationId: org.id,
    zoneId,
    createdBy: createdBy ?? null,
  };
}

/**
 * Hiring demand, talent pool, consultations and bulletins of the demo zone, at the level of
 * single records. Each part loads only into an empty table, so the loader can run again.
 */
export async function seedHrServices(ctx: AppContext, zoneId: string): Promise<{ positions: number; seekers: number }> {
  const operatorId = await repo.findAccountIdByUsername(ctx.db, 'operator');
  const enterprises = (await repo.findZoneOrganisations(ctx.db, zoneId)).filter((o) => o.type === 'enterprise');
  let positionCount = 0;
  let seekerCount = 0;

  if ((await repo.countRows(ctx.db, 'positions')) === 0 && enterprises.length > 0) {
    const orgs = enterprises.map((o) => ({ name: o.name, industry: o.industry as Industry, regionCode: o.regionCode }));
    const today = todayInChina();
    const history = generateDemoPositions(POSITIONS_2023, undefined, orgs);
    // Positions open today: the same generator, moved to the last two months and closing ahead.
    const current = generateDemoPositions(POSITIONS_OPEN_NOW, 20261101, orgs).map((p, i) => {
      const published = new Date(Date.now() - ((i * 7) % 60) * DAY - 3 * DAY);
      return {
        ...p,
        createdAt: new Date(published.getTime() - 2 * DAY),
        submittedAt: new Date(published.getTime() - DAY),
        publishedAt: published,
        updatedAt: published,
        closingOn: addDays(today, 30 + ((i * 11) % 90)),
      };
    });
    const all = [...history, ...current];
    await ctx.db.transaction(async (tx) => {
      const ids = await repo.insertPositionsReturningIds(
        tx,
        all.map((p) => positionRow(p, enterprises[p.organisationIndex] ?? { id: '' }, zoneId, operatorId, today)),
      );
      const issues = generateDemoBulletins(
        history.map((p, i) => ({ id: ids[i] ?? '', organisationId: enterprises[p.organisationIndex]?.id ?? '', publishedAt: p.publishedAt, headcount: p.headcount })),
      );
      for (const issue of issues) {
        const { positionIds, ...fields } = issue;
        await repo.insertBulletin(tx, { ...fields, zoneId, status: 'published', createdBy: operatorId ?? null }, positionIds);
      }
    });
    positionCount = all.length;
  }

  if ((await repo.countRows(ctx.db, 'seekers')) === 0) {
    const demoSeekers = generateDemoSeekers({ count: SEEKERS });
    await ctx.db.transaction(async (tx) => {
      const ids = await repo.insertSeekersReturningIds(
        tx,
        demoSeekers.map(({ key: _key, idNumber, phone, disability, consents: _consents, ...fields }) => ({
          ...fields,
          zoneId,
          idNumberEnc: encryptText(ctx.keys, idNumber),
          idNumberHash: idNumberHashOf(ctx, idNumber),
          phoneEnc: encryptText(ctx.keys, phone),
          phoneHash: phoneHashOf(ctx, phone),
          disabilityEnc: disability ? sealDisability(ctx.keys, disability) : null,
          createdBy: operatorId ?? null,
        })),
      );
      await repo.insertConsents(
        tx,
        demoSeekers.flatMap((s, i) =>
          s.consents.map((purpose) => ({ seekerId: ids[i] ?? '', purpose, policyVersion: PRIVACY_POLICY_VERSION, recordedBy: operatorId ?? null })),
        ),
      );
      if (operatorId) {
        await repo.insertConsultations(
          tx,
          generateDemoConsultations({ seekerCount: ids.length }).map((c) => ({
            zoneId,
            seekerId: ids[c.seekerIndex] ?? '',
            counsellorId: operatorId,
            heldOn: c.heldOn,
            topic: c.topic,
            notes: c.notes,
            followUpOn: c.followUpOn,
          })),
        );
      }
    });
    seekerCount = demoSeekers.length;
  }

  if (operatorId && (await repo.countRows(ctx.db, 'applications')) === 0) {
    const named = enterprises.filter((o) => (DEMO_NAMED_ENTERPRISES as readonly string[]).includes(o.name)).map((o) => o.id);
    await seedMatchingActivity(ctx, zoneId, operatorId, named);
  }
  await seedTraining(ctx, zoneId, operatorId);
  await seedTechTransfer(ctx, zoneId, operatorId);
  await seedGovernance(ctx, zoneId, operatorId);
  return { positions: positionCount, seekers: seekerCount };
}

/**
 * The year's recommendations with their outcomes, portal applications and likes, over the
 * positions and seekers already loaded; the hires count into the positions' filled counts.
 * Recommendations were scored with the default weights, the zone's version 1.
 */
async function seedMatchingActivity(ctx: AppContext, zoneId: string, operatorId: string, namedOrganisationIds: string[]): Promise<void> {
  const positionRows = (await repo.findZonePositionsInOrder(ctx.db, zoneId)).filter((p) => p.publishedAt !== null);
  const pool = await findZoneSeekersWithoutAccount(ctx.db, zoneId);
  const byId = new Map(pool.map((row) => [row.seeker.id, row]));
  if (positionRows.length === 0 || pool.length === 0) return;
  const activity = generateDemoMatchingActivity({
    positions: positionRows.map((p) => ({
      features: positionFeatures(p),
      organisationId: p.organisationId,
      status: p.status,
      headcount: p.headcount,
      filledCount: p.filledCount,
      publishedAt: p.publishedAt ?? p.createdAt,
    })),
    seekers: pool.map((row) => ({ features: seekerFeatures(ctx.keys, row), isErased: row.seeker.erasedAt !== null })),
    now: new Date(),
    namedOrganisationIds,
  });
  // One snapshot per seeker: the résumé as every enterprise received it.
  const snapshots = new Map(
    [...new Set(activity.applications.map((a) => a.seekerId))].flatMap((id) => {
      const row = byId.get(id);
      return row ? [[id, resumeSnapshot(ctx, row.seeker)] as const] : [];
    }),
  );
  const insertLikes = (await repo.countRows(ctx.db, 'position_likes')) === 0;
  const insertWeights = (await repo.countRows(ctx.db, 'matching_weights')) === 0;
  await ctx.db.transaction(async (tx) => {
    if (insertWeights) {
      await repo.insertMatchingWeights(tx, {
        zoneId,
        version: 1,
        weights: DEFAULT_WEIGHTS,
        note: '2023 年初始权重',
        createdBy: operatorId,
        createdAt: new Date('2023-01-03T02:00:00Z'),
      });
    }
    const ids = await repo.insertApplicationsReturningIds(
      tx,
      activity.applications.map((a) => ({
        positionId: a.positionId,
        seekerId: a.seekerId,
        organisationId: a.organisationId,
        status: a.status,
        resumeSnapshot: snapshots.get(a.seekerId) ?? {},
        declineReason: a.declineReason,
        channel: a.channel,
        employerRank: a.employerRank,
        statusChangedAt: a.statusChangedAt,
        hiredAt: a.hiredAt,
        createdAt: a.createdAt,
        updatedAt: a.statusChangedAt,
      })),
    );
    await repo.insertRecommendations(
      tx,
      activity.applications.flatMap((a, i) =>
        a.match
          ? [
              {
                applicationId: ids[i] ?? '',
                zoneId,
                positionId: a.positionId,
                seekerId: a.seekerId,
                organisationId: a.organisationId,
                score: a.match.total,
                factors: a.match.factors,
                weightsVersion: 1,
                recommendedBy: operatorId,
                createdAt: a.createdAt,
              },
            ]
          : [],
      ),
    );
    if (insertLikes) await repo.insertPositionLikes(tx, activity.likes);
    for (const fill of activity.positionFills) {
      await repo.setPositionFilledCount(tx, fill.positionId, { filledCount: fill.filledCount, isFilled: fill.isFilled, at: fill.lastHiredAt });
    }
  });
}
