import { recordAudit, SYSTEM_SOURCE } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { todayInChina } from '../../platform/dates';
import * as repo from '../techtransfer/techtransfer.repository';
import { type DemoParty, generateDemoTechTransfer } from './demo-techtransfer';
import { findDemoOrganisations, hasPatents } from './demo-techtransfer.repository';

/**
 * Loads the demo zone's technology transfer of 2023 (patents with their history, transfers,
 * registered contracts, achievements, research-assistant posts and targets, 揭榜挂帅 challenges
 * with proposals) into an empty zone; changes nothing when patents exist.
 */
export async function seedTechTransfer(ctx: AppContext, zoneId: string, operatorId: string | undefined): Promise<number> {
  if (await hasPatents(ctx.db)) return 0;
  // Sorted here, not by the database's collation, so that both databases get the same demo.
  const organisations = (await findDemoOrganisations(ctx.db, zoneId)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (!organisations.some((o) => o.name === '楚雄医药高等专科学校')) return 0;
  const demo = generateDemoTechTransfer({ organisations, today: todayInChina() });
  const org = (index: number) => organisations[index] ?? { id: '', name: '' };
  const party = (p: DemoParty) => ('organisationIndex' in p ? { id: org(p.organisationIndex).id, name: org(p.organisationIndex).name } : { id: null, name: p.name });
  const createdBy = operatorId ?? null;

  await ctx.db.transaction(async (tx) => {
    const patentRows = await repo.insertPatents(
      tx,
      demo.patents.map((p) => {
        const last = p.events[p.events.length - 1] ?? { status: 'pending', effectiveOn: p.filedOn };
        const recordedAt = new Date(`${last.effectiveOn}T10:00:00+08:00`);
        return {
          patent: {
            zoneId,
            applicationNumber: p.applicationNumber,
            type: p.type,
            title: p.title,
            inventors: p.inventors,
            filedOn: p.filedOn,
            grantedOn: p.grantedOn,
            legalStatus: last.status,
            legalStatusOn: last.effectiveOn,
            createdBy,
            createdAt: new Date(`${p.filedOn}T10:00:00+08:00`),
            updatedAt: recordedAt,
          },
          owners: p.ownerIndices.map((i) => ({ organisationId: org(i).id, name: org(i).name })),
          events: p.events.map((e) => ({ status: e.status, effectiveOn: e.effectiveOn, note: e.note, recordedBy: createdBy })),
        };
      }),
    );
    await repo.insertTransfers(
      tx,
      demo.transfers.map((t) => ({
        zoneId,
        patentId: patentRows[t.patentIndex]?.id ?? '',
        kind: t.kind,
        fromOrganisationId: org(t.fromIndex).id,
        toOrganisationId: org(t.toIndex).id,
        amountFen: t.amountFen,
        contractOn: t.contractOn,
        note: t.note,
        createdBy,
        createdAt: new Date(`${t.contractOn}T15:00:00+08:00`),
        updatedAt: new Date(`${t.contractOn}T15:00:00+08:00`),
      })),
    );
    const contractRows = await repo.insertContracts(
      tx,
      demo.contracts.map((c) => {
        const seller = party(c.seller);
        const buyer = party(c.buyer);
        return {
          zoneId,
          contractNumber: c.contractNumber,
          title: c.title,
          type: c.type,
          sellerOrganisationId: seller.id,
          sellerName: seller.name,
          buyerOrganisationId: buyer.id,
          buyerName: buyer.name,
          amountFen: c.amountFen,
          signedOn: c.signedOn,
          registeredOn: c.registeredOn,
          registry: c.registry,
          createdBy,
          createdAt: new Date(`${c.registeredOn}T16:00:00+08:00`),
          updatedAt: new Date(`${c.registeredOn}T16:00:00+08:00`),
        };
      }),
    );
    await repo.insertAchievements(
      tx,
      demo.achievements.map(({ organisationIndex, ...a }) => ({ ...a, zoneId, organisationId: org(organisationIndex).id, createdBy, createdAt: new Date(`${a.registeredOn}T11:00:00+08:00`) })),
    );
    await repo.insertRaPositions(
      tx,
      demo.raPositions.map(({ organisationIndex, ...p }) => ({ ...p, zoneId, organisationId: org(organisationIndex).id, createdBy, createdAt: new Date(`${p.developedOn}T09:30:00+08:00`) })),
    );
    for (const target of demo.raTargets) {
      await repo.insertRaTarget(tx, {
        zoneId,
        year: target.year,
        organisationId: target.organisationIndex === null ? null : org(target.organisationIndex).id,
        target: target.target,
        updatedBy: createdBy,
        createdAt: new Date(`${target.year}-01-10T09:00:00+08:00`),
      });
    }
    for (const c of demo.challenges) {
      const row = await repo.insertChallenge(tx, {
        zoneId,
        organisationId: org(c.organisationIndex).id,
        title: c.title,
        description: c.description,
        industry: c.industry,
        budgetFen: c.budgetFen,
        deadline: c.deadline,
        status: c.status,
        statusReason: c.statusReason,
        contractId: c.contractIndex === null ? null : (contractRows[c.contractIndex]?.id ?? null),
        publishedAt: c.publishedAt,
        awardedAt: c.awardedAt,
        createdAt: c.createdAt,
        updatedAt: c.awardedAt ?? c.publishedAt ?? c.createdAt,
      });
      await repo.insertProposals(
        tx,
        c.proposals.map(({ organisationIndex, ...p }) => ({ ...p, challengeId: row.id, organisationId: org(organisationIndex).id, updatedAt: p.createdAt })),
      );
    }
    await recordAudit(tx, SYSTEM_SOURCE, {
      action: 'demo.seed_techtransfer',
      entityType: 'zone',
      entityId: zoneId,
      after: { patents: patentRows.length, contracts: contractRows.length, raPositions: demo.raPositions.length, challenges: demo.challenges.length },
    });
  });
  return demo.patents.length;
}
