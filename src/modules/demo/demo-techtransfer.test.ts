import { describe, expect, it } from 'vitest';
import { sumFen } from '../techtransfer/money';
import { isYearConsistentWithFiling, parseApplicationNumber } from '../techtransfer/patent-number';
import { challengeTransition, checkPatentRules, initialStatusEvents } from '../techtransfer/techtransfer.rules';
import { generateDemoOrganisations } from './demo-organisations';
import { contractAmountsYuan, generateDemoTechTransfer, statusOn, TECHTRANSFER_FIGURES } from './demo-techtransfer';
import { Rng } from './random';

const TODAY = '2026-03-15';
const organisations = generateDemoOrganisations().sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
const demo = generateDemoTechTransfer({ organisations, today: TODAY });
const nameOf = (index: number) => organisations[index]?.name;

describe('demo technology transfer (2023)', () => {
  it('is the same every time', () => {
    expect(generateDemoTechTransfer({ organisations, today: TODAY })).toEqual(demo);
  });

  it('has 1 376 patents granted in 2023 and 423 valid invention patents on 31 December 2023', () => {
    const granted = demo.patents.filter((p) => p.grantedOn?.startsWith('2023'));
    expect(granted).toHaveLength(TECHTRANSFER_FIGURES.patentsGranted);
    const valid = demo.patents.filter((p) => p.type === 'invention' && statusOn(p, '2023-12-31') === 'valid');
    expect(valid).toHaveLength(TECHTRANSFER_FIGURES.validInventionPatents);
    // Around the year: lapsed inventions, applications still examined, utility models and designs of other years.
    expect(demo.patents.some((p) => p.type === 'invention' && statusOn(p, '2023-12-31') === 'lapsed')).toBe(true);
    expect(demo.patents.some((p) => p.type === 'invention' && statusOn(p, '2023-12-31') === 'pending')).toBe(true);
    expect(new Set(granted.map((p) => p.type))).toEqual(new Set(['invention', 'utility_model', 'design']));
  });

  it('gives every patent a number that passes the validator and fits its type, filing year and history', () => {
    const numbers = new Set<string>();
    for (const p of demo.patents) {
      const parsed = parseApplicationNumber(p.applicationNumber);
      expect(parsed.ok, p.applicationNumber).toBe(true);
      if (!parsed.ok) continue;
      expect(parsed.value.number).toBe(p.applicationNumber);
      expect(parsed.value.patentType).toBe(p.type);
      expect(isYearConsistentWithFiling(parsed.value, p.filedOn)).toBe(true);
      numbers.add(p.applicationNumber);
      const last = p.events[p.events.length - 1];
      const record = { applicationNumber: p.applicationNumber, type: p.type, filedOn: p.filedOn, grantedOn: p.grantedOn, legalStatus: last?.status ?? 'pending', legalStatusOn: last?.effectiveOn };
      expect(checkPatentRules(record, TODAY), p.applicationNumber).toEqual([]);
      expect(initialStatusEvents(record).map((e) => e.status)).toEqual(p.events.map((e) => e.status));
      expect(p.ownerIndices.length).toBeGreaterThan(0);
    }
    expect(numbers.size).toBe(demo.patents.length);
    expect(demo.patents.some((p) => parseApplicationNumber(p.applicationNumber).ok && p.applicationNumber.length === 10)).toBe(true);
  });

  it('has the two invention patents 楚雄医药高等专科学校 transferred to enterprises in 2023', () => {
    const transfers2023 = demo.transfers.filter((t) => t.contractOn.startsWith('2023'));
    expect(transfers2023).toHaveLength(TECHTRANSFER_FIGURES.patentTransfersByMedSchool);
    for (const t of transfers2023) {
      const patent = demo.patents[t.patentIndex];
      expect(t.kind).toBe('transfer');
      expect(nameOf(t.fromIndex)).toBe('楚雄医药高等专科学校');
      expect(organisations[t.toIndex]?.type).toBe('enterprise');
      expect(patent?.type).toBe('invention');
      expect(patent?.ownerIndices).toEqual([t.toIndex]);
      expect(statusOn(patent ?? { events: [] }, t.contractOn)).toBe('valid');
    }
  });

  it('has 265 contracts registered in 2023 totalling exactly 1 641 000 000 yuan, varied and plausible', () => {
    const contracts = demo.contracts.filter((c) => c.registeredOn.startsWith('2023'));
    expect(contracts).toHaveLength(TECHTRANSFER_FIGURES.techContracts);
    expect(sumFen(contracts.map((c) => c.amountFen))).toBe(TECHTRANSFER_FIGURES.techContractAmountYuan * 100);
    const amounts = contracts.map((c) => c.amountFen / 100);
    expect(Math.min(...amounts)).toBeGreaterThanOrEqual(5_000);
    expect(Math.max(...amounts)).toBeLessThan(TECHTRANSFER_FIGURES.techContractAmountYuan * 0.25);
    expect(new Set(amounts).size).toBeGreaterThan(200);
    expect(new Set(contracts.map((c) => c.type))).toEqual(new Set(['development', 'service', 'consulting', 'transfer']));
    expect(new Set(contracts.map((c) => c.contractNumber)).size).toBe(contracts.length);
    for (const c of contracts) {
      expect(c.signedOn <= c.registeredOn).toBe(true);
      expect('organisationIndex' in c.seller || 'organisationIndex' in c.buyer).toBe(true);
    }
  });

  it('splits any total into whole-yuan amounts that add up exactly', () => {
    for (const seed of [1, 2, 3]) {
      const amounts = contractAmountsYuan(new Rng(seed), 97, 123_456_789);
      expect(amounts.reduce((s, a) => s + a, 0)).toBe(123_456_789);
      expect(amounts.every((a) => Number.isSafeInteger(a) && a > 0)).toBe(true);
    }
  });

  it('has 4 achievement registrations and 240 research-assistant posts against a target of 200 in 2023', () => {
    expect(demo.achievements.filter((a) => a.registeredOn.startsWith('2023'))).toHaveLength(TECHTRANSFER_FIGURES.achievementRegistrations);
    expect(demo.raPositions.filter((p) => p.developedOn.startsWith('2023'))).toHaveLength(TECHTRANSFER_FIGURES.raPositions);
    expect(demo.raTargets.find((t) => t.year === 2023 && t.organisationIndex === null)?.target).toBe(TECHTRANSFER_FIGURES.raPositionsTarget);
    for (const p of demo.raPositions) expect(['enterprise', 'school', 'institute']).toContain(organisations[p.organisationIndex]?.type);
  });

  it('has challenges in every stage, each reachable by the allowed transitions, with consistent proposals', () => {
    const statuses = demo.challenges.map((c) => c.status);
    expect(statuses).toEqual(expect.arrayContaining(['draft', 'open', 'award_pending', 'awarded', 'contracted', 'cancelled']));
    const paths: Record<string, [string, 'owner' | 'operator'][]> = {
      draft: [],
      open: [['publish', 'owner']],
      award_pending: [['publish', 'owner'], ['close', 'owner'], ['select', 'owner']],
      awarded: [['publish', 'owner'], ['close', 'owner'], ['select', 'owner'], ['confirm', 'operator']],
      contracted: [['publish', 'owner'], ['close', 'owner'], ['select', 'owner'], ['confirm', 'operator'], ['contract', 'owner']],
      cancelled: [['publish', 'owner'], ['cancel', 'owner']],
    };
    for (const c of demo.challenges) {
      expect(organisations[c.organisationIndex]?.type).toBe('enterprise');
      let status = 'draft';
      for (const [action, actor] of paths[c.status] ?? []) {
        const step = challengeTransition(status as never, action as never, actor);
        expect(step.ok).toBe(true);
        if (step.ok) status = step.to;
      }
      expect(status).toBe(c.status);
      const chosen = c.proposals.filter((p) => p.status === 'selected' || p.status === 'awarded');
      expect(chosen.length).toBe(['award_pending', 'awarded', 'contracted'].includes(c.status) ? 1 : 0);
      for (const p of c.proposals) expect(['school', 'institute']).toContain(organisations[p.organisationIndex]?.type);
      if (c.status === 'contracted') {
        const contract = demo.contracts[c.contractIndex ?? -1];
        expect(contract && 'organisationIndex' in contract.buyer && contract.buyer.organisationIndex).toBe(c.organisationIndex);
        expect(contract && 'organisationIndex' in contract.seller && contract.seller.organisationIndex).toBe(chosen[0]?.organisationIndex);
        expect(contract?.registeredOn.startsWith('2023')).toBe(true);
      }
    }
    expect(demo.challenges.some((c) => c.status === 'open' && c.deadline > TODAY)).toBe(true);
  });
});
