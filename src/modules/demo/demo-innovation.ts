import type { LoanStatus } from '../innovation/innovation.codes';
import type { DemoOrganisation } from './demo-organisations';
import { Rng } from './random';

// Innovation-index loans (创新指数贷) of the demo zone and the R&D inputs behind the indices.
// Pure and seeded. The article's figure is 0.67 亿元 of innovation-index loans in 2023: here the
// approved amounts of the loans the banks approved in 2023 (their decision date, decidedOn, in
// 2023) add up to exactly 67 000 000 元. Declined, withdrawn and still-pending applications are
// in the data too and count for nothing. Every amount, rate and date is invented.

export const DEMO_INNOVATION_SEED = 20230612;
/** 0.67 亿元 in fen. */
export const LOANS_GRANTED_2023_FEN = 67_000_000 * 100;
/** Applications of 2023 share the index of 2022, the latest complete year when they applied. */
export const DEMO_INDEX_YEAR = 2022;
/** The operator published the zone's first weights (the defaults) before the first application. */
export const DEMO_WEIGHTS_PUBLISHED_AT = new Date('2023-01-16T02:00:00Z');

const WAN = 10_000 * 100; // fen in 1 万元
/** Approved amounts of the 2023 loans, in 万元: 14 loans, 6 700 万元. */
const APPROVED_2023_WAN = [1000, 800, 600, 600, 500, 500, 500, 400, 400, 300, 300, 300, 300, 200] as const;
/** Loans the bank of the demo account (bank-1) approved; the rest went to bank-2. */
const BANK_1_LOANS = 8;
/** Named in the article, so among the applicants. */
const NAMED_APPLICANTS = ['huapai', 'hechuang', 'moer'];

export type DemoRdInput = {
  organisationKey: string;
  year: number;
  rdStaff: number;
  totalStaff: number;
  rdSpendingFen: number;
  revenueFen: number | null;
};

export type DemoDisbursement = { disbursedOn: string; amountFen: number; note: string | null };

export type DemoLoan = {
  organisationKey: string;
  bankKey: 'bank-1' | 'bank-2';
  status: LoanStatus;
  amountRequestedFen: number;
  purpose: string;
  termMonthsRequested: number;
  indexYear: number;
  submittedOn: string;
  reviewStartedOn: string | null;
  decidedOn: string | null;
  approvedAmountFen: number | null;
  rateBp: number | null;
  approvedTermMonths: number | null;
  declineReason: string | null;
  withdrawnOn: string | null;
  disbursements: DemoDisbursement[];
};

export type DemoInnovation = { rdInputs: DemoRdInput[]; loans: DemoLoan[] };

type Industry = DemoOrganisation['industry'];

const PURPOSES: Partial<Record<Industry, readonly string[]>> = {
  biomedicine: ['中药饮片生产线GMP改造', '新药临床前研究及中试放大', '彝药经典名方制剂二次开发', '原料药采购及生产流动资金', '固体制剂车间智能化改造'],
  new_materials: ['钛合金深加工设备购置', '新型墙体材料生产线技术改造', '功能粉体材料中试线建设', '工业固废制建材技术升级'],
  advanced_manufacturing: ['智能化生产线升级改造', '研发中心检测设备购置', '新产品试制及订单生产流动资金', '工业机器人集成应用研发'],
  green_food: ['野生菌保鲜冷链设施建设', '核桃精深加工生产线改造', '高原特色食品新品研发'],
  green_chemicals: ['工业副产石膏综合利用技术改造', '环保型助剂研发及中试'],
  modern_services: ['工业互联网平台研发投入', '第三方检测实验室设备购置'],
};
const GENERAL_PURPOSE = '研发投入及生产经营流动资金';

const DECLINE_REASONS = [
  '企业近两年连续亏损，第一还款来源不足，建议改善经营后再申请',
  '申请金额超过企业年营业收入的三成，建议降低额度或追加担保',
];

const DAY_MS = 86_400_000;

function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function randomDate(rng: Rng, from: string, to: string): string {
  const days = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
  return addDays(from, rng.int(0, days));
}

/** Log-uniform between two amounts in 万元, rounded to 100 元 as accounts report them; in fen. */
function amountFen(rng: Rng, minWan: number, maxWan: number): number {
  const wan = Math.exp(Math.log(minWan) + rng.next() * (Math.log(maxWan) - Math.log(minWan)));
  return Math.round(wan * 100) * 100 * 100;
}

function rdInputsOf(rng: Rng, org: DemoOrganisation): DemoRdInput[] {
  const [totalMin, totalMax, shareMin, shareMax, revenueMin, revenueMax, intensityMin, intensityMax] = org.isHighTech
    ? [80, 600, 0.1, 0.28, 5_000, 60_000, 0.035, 0.08]
    : org.isTechSme
      ? [25, 200, 0.08, 0.2, 1_000, 15_000, 0.03, 0.06]
      : [20, 150, 0.03, 0.1, 800, 8_000, 0.01, 0.03];
  const totalStaff = rng.int(totalMin, totalMax);
  const share = shareMin + rng.next() * (shareMax - shareMin);
  const revenue = amountFen(rng, revenueMin, revenueMax);
  const spending = Math.round((revenue * (intensityMin + rng.next() * (intensityMax - intensityMin))) / 10_000) * 10_000;
  const reportsRevenue = rng.chance(0.9);
  // 2022 a little smaller than 2023: the zone grew.
  const growth = 1.03 + rng.next() * 0.17;
  const staff2022 = Math.max(5, Math.round(totalStaff / (1 + (growth - 1) / 2)));
  return [
    {
      organisationKey: org.key,
      year: 2022,
      totalStaff: staff2022,
      rdStaff: Math.max(1, Math.round(staff2022 * share * 0.95)),
      rdSpendingFen: Math.round(spending / growth / 10_000) * 10_000,
      revenueFen: reportsRevenue ? Math.round(revenue / growth / 10_000) * 10_000 : null,
    },
    {
      organisationKey: org.key,
      year: 2023,
      totalStaff,
      rdStaff: Math.max(1, Math.round(totalStaff * share)),
      rdSpendingFen: spending,
      revenueFen: reportsRevenue ? revenue : null,
    },
  ];
}

/** 5-basis-point steps between two rates, as banks quote them. */
function rate(rng: Rng, minBp: number, maxBp: number): number {
  return minBp + 5 * rng.int(0, Math.floor((maxBp - minBp) / 5));
}

export function generateDemoInnovation(organisations: readonly DemoOrganisation[], seed: number = DEMO_INNOVATION_SEED): DemoInnovation {
  const rng = new Rng(seed);
  const enterprises = organisations.filter((o) => o.type === 'enterprise');
  const byKey = new Map(enterprises.map((o) => [o.key, o]));
  const named = NAMED_APPLICANTS.flatMap((key) => byKey.get(key) ?? []);
  // The other approved applicants: members with a high-tech or tech-SME title, main industries first.
  const candidates = enterprises.filter((o) => !NAMED_APPLICANTS.includes(o.key) && o.councilRole !== null && (o.isHighTech || o.isTechSme));
  const weightOf = (o: DemoOrganisation) => (o.isHighTech ? 3 : 1) * (['biomedicine', 'new_materials', 'advanced_manufacturing'].includes(o.industry) ? 2 : 1);
  // Weighted order without replacement (Efraimidis–Spirakis): the smallest scaled keys come first.
  const drawn = candidates
    .map((o) => ({ o, key: -Math.log(1 - rng.next()) / weightOf(o) }))
    .sort((a, b) => a.key - b.key)
    .slice(0, APPROVED_2023_WAN.length - named.length)
    .map((x) => x.o);
  const approvedApplicants = [...named, ...drawn]
    .map((o) => ({ o, strength: (o.isHighTech ? 2 : 0) + (o.isTechSme ? 1 : 0) + rng.next() * 1.5 }))
    .sort((a, b) => b.strength - a.strength)
    .map((x) => x.o);
  const bank1 = new Set(rng.sample([...approvedApplicants.keys()], BANK_1_LOANS));

  const loans: DemoLoan[] = approvedApplicants.map((org, i) => {
    const approvedWan = APPROVED_2023_WAN[i] ?? 0;
    const bankKey = bank1.has(i) ? 'bank-1' : 'bank-2';
    const submittedOn = randomDate(rng, '2023-02-13', '2023-11-10');
    const reviewStartedOn = addDays(submittedOn, rng.int(1, 3));
    const decidedOn = addDays(reviewStartedOn, rng.int(6, 20));
    const asksMore = rng.chance(0.3);
    const term = rng.weighted([[12, 5], [24, 3], [36, 2]] as const);
    const approvedFen = approvedWan * WAN;
    const firstPayOn = addDays(decidedOn, rng.int(3, 10));
    // Larger loans are paid out in two tranches, the second a month or two later.
    const disbursements: DemoDisbursement[] =
      approvedWan >= 500
        ? [
            { disbursedOn: firstPayOn, amountFen: (approvedFen / 10) * 6, note: '首笔放款' },
            { disbursedOn: addDays(firstPayOn, rng.int(30, 60)), amountFen: (approvedFen / 10) * 4, note: '第二笔放款' },
          ]
        : [{ disbursedOn: firstPayOn, amountFen: approvedFen, note: null }];
    return {
      organisationKey: org.key,
      bankKey,
      status: 'disbursed',
      amountRequestedFen: (approvedWan + (asksMore ? rng.pick([100, 200]) : 0)) * WAN,
      purpose: rng.pick(PURPOSES[org.industry] ?? [GENERAL_PURPOSE]),
      termMonthsRequested: term,
      indexYear: DEMO_INDEX_YEAR,
      submittedOn,
      reviewStartedOn,
      decidedOn,
      approvedAmountFen: approvedFen,
      rateBp: bankKey === 'bank-1' ? rate(rng, 365, 435) : rate(rng, 355, 420),
      approvedTermMonths: rng.chance(0.85) ? term : 12,
      declineReason: null,
      withdrawnOn: null,
      disbursements,
    };
  });

  // Applications that were not granted in 2023: declined, withdrawn, and two still with the bank.
  const others = rng.sample(
    enterprises.filter((o) => o.councilRole !== null && !approvedApplicants.includes(o)),
    5,
  );
  const unfunded = (org: DemoOrganisation, bankKey: DemoLoan['bankKey'], status: LoanStatus, submittedOn: string): DemoLoan => ({
    organisationKey: org.key,
    bankKey,
    status,
    amountRequestedFen: rng.pick([200, 300, 500]) * WAN,
    purpose: rng.pick(PURPOSES[org.industry] ?? [GENERAL_PURPOSE]),
    termMonthsRequested: rng.pick([12, 24]),
    indexYear: DEMO_INDEX_YEAR,
    submittedOn,
    reviewStartedOn: null,
    decidedOn: null,
    approvedAmountFen: null,
    rateBp: null,
    approvedTermMonths: null,
    declineReason: null,
    withdrawnOn: null,
    disbursements: [],
  });
  const [declinedA, declinedB, withdrawn, pendingA, pendingB] = others;
  if (!declinedA || !declinedB || !withdrawn || !pendingA || !pendingB) throw new RangeError('too few enterprises for the demo loans');
  for (const [org, bankKey, reason] of [
    [declinedA, 'bank-1', DECLINE_REASONS[0]],
    [declinedB, 'bank-2', DECLINE_REASONS[1]],
  ] as const) {
    const loan = unfunded(org, bankKey, 'declined', randomDate(rng, '2023-03-01', '2023-10-31'));
    loan.reviewStartedOn = addDays(loan.submittedOn, rng.int(1, 3));
    loan.decidedOn = addDays(loan.reviewStartedOn, rng.int(5, 15));
    loan.declineReason = reason ?? null;
    loans.push(loan);
  }
  const gaveUp = unfunded(withdrawn, 'bank-2', 'withdrawn', randomDate(rng, '2023-05-01', '2023-09-30'));
  gaveUp.withdrawnOn = addDays(gaveUp.submittedOn, rng.int(4, 12));
  loans.push(gaveUp);
  // Two December applications still waiting for bank-1, the demo `bank` account's bank.
  loans.push(unfunded(pendingA, 'bank-1', 'submitted', '2023-12-26'));
  const inReview = unfunded(pendingB, 'bank-1', 'under_review', '2023-12-18');
  inReview.reviewStartedOn = '2023-12-21';
  loans.push(inReview);

  // R&D inputs of both years for every enterprise with a technology title and every applicant.
  const applicants = new Set(loans.map((l) => l.organisationKey));
  const reporting = enterprises.filter((o) => o.isHighTech || o.isTechSme || applicants.has(o.key));
  const rdInputs = reporting.flatMap((org) => rdInputsOf(rng, org));
  return { rdInputs, loans };
}
