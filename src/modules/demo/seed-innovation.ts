import type { AppContext } from '../../platform/context';
import { DEFAULT_INDEX_WEIGHTS } from '../innovation/innovation-index';
import { insertDisbursements, insertLoansReturningIds, insertRdInputs, insertWeightsVersion } from '../innovation/innovation.repository';
import { computeZoneIndices, consentTextOf, snapshotOf } from '../innovation/innovation.service';
import { sumFen } from '../techtransfer/money';
import { DEMO_INDEX_YEAR, DEMO_WEIGHTS_PUBLISHED_AT, type DemoLoan, generateDemoInnovation } from './demo-innovation';
import { countInnovationRows, findOrganisationIdsByCreditCode } from './demo-innovation.repository';
import { generateDemoOrganisations } from './demo-organisations';
import { findAccountIdByUsername } from './demo.repository';

/** A China-time hour of a demo date as an instant (UTC+8, no daylight saving). */
function at(isoDate: string, hourInChina: number): Date {
  return new Date(`${isoDate}T${String(hourInChina).padStart(2, '0')}:00:00+08:00`);
}

/**
 * The zone's first published index weights, the enterprises' R&D inputs of 2022 and 2023, and the
 * innovation-index loans of 2023 with their disbursements. Each part loads only into an empty
 * table. The loans' index snapshots are computed here from the records already loaded (patents,
 * contracts, posts, training, R&D inputs), so this runs after the other demo loaders.
 */
export async function seedInnovation(ctx: AppContext, zoneId: string): Promise<{ rdInputs: number; loans: number }> {
  const counts = await countInnovationRows(ctx.db);
  const organisations = generateDemoOrganisations();
  const byCode = await findOrganisationIdsByCreditCode(ctx.db, zoneId);
  const orgOf = (key: string) => {
    const code = organisations.find((o) => o.key === key)?.creditCode;
    const org = code ? byCode.get(code) : undefined;
    if (!org) throw new Error(`demo organisation ${key} is not loaded`);
    return org;
  };
  const demo = generateDemoInnovation(organisations);
  const [operatorId, huapaiAccountId, bankAccountId] = await Promise.all(['operator', 'huapai', 'bank'].map((u) => findAccountIdByUsername(ctx.db, u)));

  await ctx.db.transaction(async (tx) => {
    if (counts.weights === 0) {
      await insertWeightsVersion(tx, {
        zoneId,
        version: 1,
        weights: DEFAULT_INDEX_WEIGHTS,
        note: '2023 年度创新指数权重（首次发布）',
        publishedBy: operatorId ?? null,
        publishedAt: DEMO_WEIGHTS_PUBLISHED_AT,
      });
    }
    if (counts.rdInputs === 0) {
      await insertRdInputs(
        tx,
        demo.rdInputs.map(({ organisationKey, ...figures }) => {
          // Reported after the year closed, with the annual accounts.
          const reportedAt = at(`${figures.year + 1}-03-31`, 10);
          return { ...figures, zoneId, organisationId: orgOf(organisationKey).id, createdAt: reportedAt, updatedAt: reportedAt };
        }),
      );
    }
  });
  if (counts.loans > 0) return { rdInputs: counts.rdInputs === 0 ? demo.rdInputs.length : 0, loans: 0 };

  // Every 2023 application shared the 2022 index as computed from the loaded records.
  const zone = await computeZoneIndices(ctx, zoneId, DEMO_INDEX_YEAR);
  const loanRow = (loan: DemoLoan) => {
    const applicant = orgOf(loan.organisationKey);
    const bank = orgOf(loan.bankKey);
    const submittedAt = at(loan.submittedOn, 10);
    const snapshot = snapshotOf(zone, applicant.id, submittedAt);
    if (!snapshot) throw new Error(`no index for demo applicant ${loan.organisationKey}`);
    const decidedAt = loan.decidedOn ? at(loan.decidedOn, 15) : null;
    const withdrawnAt = loan.withdrawnOn ? at(loan.withdrawnOn, 9) : null;
    const lastPaidOn = loan.disbursements.at(-1)?.disbursedOn;
    const events = [loan.reviewStartedOn, loan.decidedOn, loan.withdrawnOn, ...loan.disbursements.map((d) => d.disbursedOn)].filter(Boolean).length;
    return {
      zoneId,
      organisationId: applicant.id,
      bankId: bank.id,
      status: loan.status,
      amountRequestedFen: loan.amountRequestedFen,
      purpose: loan.purpose,
      termMonthsRequested: loan.termMonthsRequested,
      indexYear: loan.indexYear,
      indexScore: snapshot.score,
      indexSnapshot: snapshot,
      consentText: consentTextOf(snapshot, bank.name),
      consentedAt: submittedAt,
      appliedBy: loan.organisationKey === 'huapai' ? (huapaiAccountId ?? null) : null,
      submittedOn: loan.submittedOn,
      reviewStartedAt: loan.reviewStartedOn ? at(loan.reviewStartedOn, 9) : null,
      approvedAmountFen: loan.approvedAmountFen,
      rateBp: loan.rateBp,
      approvedTermMonths: loan.approvedTermMonths,
      declineReason: loan.declineReason,
      decidedBy: decidedAt && loan.bankKey === 'bank-1' ? (bankAccountId ?? null) : null,
      decidedAt,
      decidedOn: loan.decidedOn,
      withdrawnAt,
      disbursedFen: sumFen(loan.disbursements.map((d) => d.amountFen)),
      version: 1 + events,
      createdAt: submittedAt,
      updatedAt: lastPaidOn ? at(lastPaidOn, 11) : (withdrawnAt ?? decidedAt ?? submittedAt),
    };
  };
  const rows = demo.loans.map(loanRow);
  await ctx.db.transaction(async (tx) => {
    const ids = await insertLoansReturningIds(tx, rows);
    await insertDisbursements(
      tx,
      demo.loans.flatMap((loan, i) =>
        loan.disbursements.map((d) => ({
          loanId: ids[i] ?? '',
          disbursedOn: d.disbursedOn,
          amountFen: d.amountFen,
          note: d.note,
          recordedBy: loan.bankKey === 'bank-1' ? (bankAccountId ?? null) : null,
          createdAt: at(d.disbursedOn, 11),
        })),
      ),
    );
  });
  return { rdInputs: counts.rdInputs === 0 ? demo.rdInputs.length : 0, loans: rows.length };
}
