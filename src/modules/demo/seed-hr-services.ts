import type { AppContext } from '../../platform/context';
import { encryptText } from '../../platform/crypto';
import { todayInChina } from '../../platform/dates';
import type { Industry } from '../organisations/organisations.codes';
import { PRIVACY_POLICY_VERSION } from '../accounts/auth.service';
import { idNumberHashOf, phoneHashOf } from '../talent/talent.service';
import { sealDisability } from '../talent/talent.views';
import { generateDemoBulletins } from './demo-bulletins';
import { type DemoPosition, generateDemoPositions } from './demo-positions';
import { generateDemoConsultations, generateDemoSeekers } from './demo-seekers';
import * as repo from './demo.repository';

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
  return { positions: positionCount, seekers: seekerCount };
}
