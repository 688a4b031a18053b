import { describe, expect, it } from 'vitest';
import { LOAN_RATE_BP, LOAN_TERM_MONTHS } from '../innovation/innovation.codes';
import { sumFen } from '../techtransfer/money';
import { DEMO_INDEX_YEAR, generateDemoInnovation, LOANS_GRANTED_2023_FEN } from './demo-innovation';
import { generateDemoOrganisations } from './demo-organisations';

const organisations = generateDemoOrganisations();
const byKey = new Map(organisations.map((o) => [o.key, o]));

/** 创新指数贷 granted in 2023: approved amounts of loans whose decision date falls in 2023. */
function grantedIn2023(loans: ReturnType<typeof generateDemoInnovation>['loans']): number {
  return sumFen(loans.filter((l) => (l.status === 'approved' || l.status === 'disbursed') && l.decidedOn?.startsWith('2023-')).map((l) => l.approvedAmountFen ?? 0));
}

describe('demo innovation loans and R&D inputs', () => {
  const demo = generateDemoInnovation(organisations);
  const granted = demo.loans.filter((l) => l.status === 'approved' || l.status === 'disbursed');

  it('grants exactly 0.67 亿元 in 2023, over a dozen or so enterprises and both banks', () => {
    expect(LOANS_GRANTED_2023_FEN).toBe(6_700_000_000);
    expect(grantedIn2023(demo.loans)).toBe(LOANS_GRANTED_2023_FEN);
    expect(granted).toHaveLength(14);
    expect(new Set(granted.map((l) => l.organisationKey)).size).toBe(14);
    expect(new Set(granted.map((l) => l.bankKey))).toEqual(new Set(['bank-1', 'bank-2']));
    expect(granted.filter((l) => l.bankKey === 'bank-1').length).toBeGreaterThanOrEqual(4);
    for (const key of ['huapai', 'hechuang', 'moer']) expect(granted.some((l) => l.organisationKey === key)).toBe(true);
    // Every applicant is an enterprise; every granted one holds a technology title.
    for (const loan of demo.loans) expect(byKey.get(loan.organisationKey)?.type).toBe('enterprise');
    for (const loan of granted) expect(byKey.get(loan.organisationKey)?.isHighTech || byKey.get(loan.organisationKey)?.isTechSme).toBe(true);
  });

  it('keeps every loan’s dates, amounts and rates consistent with the rules', () => {
    for (const loan of demo.loans) {
      expect(loan.indexYear).toBe(DEMO_INDEX_YEAR);
      expect(loan.submittedOn.startsWith('2023-')).toBe(true);
      expect(loan.amountRequestedFen).toBeGreaterThan(0);
      expect(loan.termMonthsRequested).toBeGreaterThanOrEqual(LOAN_TERM_MONTHS.min);
      if (loan.reviewStartedOn) expect(loan.reviewStartedOn >= loan.submittedOn).toBe(true);
      if (loan.decidedOn) expect(loan.decidedOn >= (loan.reviewStartedOn ?? loan.submittedOn)).toBe(true);
      const paid = sumFen(loan.disbursements.map((d) => d.amountFen));
      if (loan.status === 'disbursed' || loan.status === 'approved') {
        expect(loan.approvedAmountFen).toBeLessThanOrEqual(loan.amountRequestedFen);
        expect(loan.rateBp).toBeGreaterThanOrEqual(LOAN_RATE_BP.min);
        expect(loan.rateBp).toBeLessThanOrEqual(LOAN_RATE_BP.max);
        expect(paid).toBe(loan.status === 'disbursed' ? loan.approvedAmountFen : paid);
        expect(paid).toBeLessThanOrEqual(loan.approvedAmountFen ?? 0);
        for (const d of loan.disbursements) expect(d.disbursedOn > (loan.decidedOn ?? '')).toBe(true);
      } else {
        expect(loan.approvedAmountFen).toBeNull();
        expect(paid).toBe(0);
      }
      if (loan.status === 'declined') expect(loan.declineReason).toBeTruthy();
      if (loan.status === 'withdrawn') expect(loan.withdrawnOn).toBeTruthy();
    }
    expect(demo.loans.map((l) => l.status).filter((s) => s !== 'disbursed').sort()).toEqual(['declined', 'declined', 'submitted', 'under_review', 'withdrawn']);
  });

  it('has R&D inputs of 2022 and 2023 for every applicant, within the staff rule', () => {
    const inputs = new Set(demo.rdInputs.map((r) => `${r.organisationKey}/${r.year}`));
    for (const loan of demo.loans) {
      expect(inputs.has(`${loan.organisationKey}/2022`)).toBe(true);
      expect(inputs.has(`${loan.organisationKey}/2023`)).toBe(true);
    }
    expect(inputs.size).toBe(demo.rdInputs.length);
    for (const r of demo.rdInputs) {
      expect(r.rdStaff).toBeGreaterThanOrEqual(1);
      expect(r.rdStaff).toBeLessThanOrEqual(r.totalStaff);
      expect(Number.isSafeInteger(r.rdSpendingFen)).toBe(true);
      expect(r.rdSpendingFen % 10_000).toBe(0);
    }
  });

  it('is the same for the same seed, and hits 0.67 亿元 whatever the seed', () => {
    expect(generateDemoInnovation(organisations)).toEqual(demo);
    for (const seed of [1, 2, 3, 42, 20231231]) expect(grantedIn2023(generateDemoInnovation(organisations, seed).loans)).toBe(LOANS_GRANTED_2023_FEN);
  });
});
