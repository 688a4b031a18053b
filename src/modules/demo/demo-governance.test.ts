import { describe, expect, it } from 'vitest';
import {
  checkAgreementRules,
  checkAppointmentRules,
  checkAttendees,
  checkCouncilTermRules,
  checkMilestoneRules,
  checkResolutionRules,
  councilStandingOn,
  rangesOverlap,
} from '../governance/governance.rules';
import { AUXILIARY_INDUSTRIES, MAIN_INDUSTRIES } from '../organisations/organisations.codes';
import {
  DEMO_AGREEMENT_SCHOOLS_2023,
  DEMO_APPOINTMENTS_TO_ENTERPRISES_2023,
  DEMO_APPOINTMENTS_TO_SCHOOLS_2023,
  type DemoGovernanceInput,
  generateDemoGovernance,
} from './demo-governance';
import { generateDemoOrganisations } from './demo-organisations';

const TODAY = '2026-11-25';
const YEAR_2023 = { startOn: '2023-01-01', endOn: '2023-12-31' };

function demoInput(): DemoGovernanceInput {
  const organisations = generateDemoOrganisations();
  const enterprises = organisations.flatMap((o, i) => (o.type === 'enterprise' ? [i] : []));
  const servedEnterprises = enterprises.filter((_, k) => k % 5 === 0).slice(0, 53);
  // Two positions per served enterprise, one recorded on a visit, spread over the year.
  const positions = servedEnterprises.flatMap((organisationIndex, n) => [
    { organisationIndex, title: '质量检验员', headcount: 2, source: 'visit', createdAt: new Date(Date.UTC(2023, n % 12, 10 + (n % 15))) },
    { organisationIndex, title: '设备维修工', headcount: 1, source: 'enterprise', createdAt: new Date(Date.UTC(2023, (n + 5) % 12, 3)) },
  ]);
  const challenges = [{ organisationIndex: servedEnterprises[0] ?? 0, createdAt: new Date('2023-12-30T02:00:00Z') }];
  return { organisations, positions, servedEnterprises, challenges, today: TODAY };
}

describe('demo governance year', () => {
  const input = demoInput();
  const demo = generateDemoGovernance(input);
  const orgs = input.organisations;

  it('is the same for the same input', () => {
    expect(generateDemoGovernance(demoInput())).toEqual(demo);
  });

  it('keeps a council term history behind the 248 member units, in step with their roles', () => {
    const members = orgs.flatMap((o, i) => (o.councilRole ? [i] : []));
    expect(members).toHaveLength(248);
    for (const i of members) {
      const terms = demo.councilTerms.filter((t) => t.organisationIndex === i);
      terms.forEach((term, k) => expect(checkCouncilTermRules(term, terms.filter((_, j) => j !== k))).toEqual([]));
      expect(councilStandingOn(terms, TODAY)).toEqual({ role: orgs[i]?.councilRole, joinedOn: orgs[i]?.joinedOn });
    }
    const inForceAtYearEnd = new Set(demo.councilTerms.filter((t) => rangesOverlap(t, { startOn: '2023-12-31', endOn: '2023-12-31' })).map((t) => t.organisationIndex));
    expect(inForceAtYearEnd.size).toBe(248);
    expect(demo.councilTerms.some((t) => t.role === 'member' && t.endOn === '2023-04-24')).toBe(true);
  });

  it('has strategic cooperation agreements with exactly six schools in force in 2023, and valid agreements throughout', () => {
    const schools = new Set(
      demo.agreements
        .filter((a) => a.type === 'strategic_cooperation' && a.status !== 'draft' && a.signedOn && rangesOverlap({ startOn: a.signedOn, endOn: a.terminatedOn ?? a.endOn }, YEAR_2023))
        .flatMap((a) => a.partyIndices.filter((p) => orgs[p]?.type === 'school')),
    );
    expect(schools.size).toBe(DEMO_AGREEMENT_SCHOOLS_2023);
    expect([...schools].map((i) => orgs[i]?.name)).toEqual(expect.arrayContaining(['昆明工业职业技术学院', '大理大学']));
    for (const a of demo.agreements) {
      expect(checkAgreementRules({ ...a, partyIds: a.partyIndices.map(String) }, null, TODAY), a.title).toEqual([]);
    }
    // One agreement is always due for renewal when the demo is loaded.
    expect(demo.agreements.filter((a) => a.status === 'active' && a.endOn && a.endOn > TODAY && a.endOn <= '2027-01-04')).toHaveLength(1);
  });

  it('has 4 + 4 dual appointments in office in 2023, each on the sides its direction says', () => {
    const in2023 = demo.appointments.filter((a) => rangesOverlap(a, YEAR_2023));
    expect(in2023.filter((a) => a.direction === 'school_to_enterprise')).toHaveLength(DEMO_APPOINTMENTS_TO_ENTERPRISES_2023);
    expect(in2023.filter((a) => a.direction === 'enterprise_to_school')).toHaveLength(DEMO_APPOINTMENTS_TO_SCHOOLS_2023);
    expect(in2023.filter((a) => a.direction === 'school_to_enterprise').every((a) => a.homePost === '副校长' && a.post === '科技副总')).toBe(true);
    for (const a of demo.appointments) {
      const problems = checkAppointmentRules({
        ...a,
        homeOrganisationId: String(a.homeIndex),
        hostOrganisationId: String(a.hostIndex),
        homeType: orgs[a.homeIndex]?.type ?? '',
        hostType: orgs[a.hostIndex]?.type ?? '',
      });
      expect(problems, a.personName).toEqual([]);
      for (const o of a.outcomes) expect(o.occurredOn >= a.startOn && o.occurredOn <= TODAY).toBe(true);
    }
  });

  it('visits every enterprise served in 2023, linking the positions recorded from each visit', () => {
    const visited = new Set(demo.visits.flatMap((v) => v.organisationIndices));
    expect(visited).toEqual(new Set(input.servedEnterprises));
    for (const v of demo.visits) {
      expect(v.heldOn >= '2023-01-01' && v.heldOn <= '2023-12-31').toBe(true);
      expect(v.visitors.length).toBeGreaterThan(0);
      for (const p of v.positionIndices) {
        const position = input.positions[p];
        expect(v.organisationIndices).toContain(position?.organisationIndex);
        expect(position?.source).toBe('visit');
      }
    }
    expect(demo.visits.filter((v) => v.kind === 'symposium').length).toBeGreaterThanOrEqual(3);
    expect(demo.visits.some((v) => v.positionIndices.length > 0 && v.hiringDemand?.startsWith('用工需求'))).toBe(true);
    expect(demo.visits.flatMap((v) => v.challengeIndices)).toEqual([0]);
  });

  it('records meetings of every kind with valid attendees and resolutions', () => {
    expect(new Set(demo.meetings.map((m) => m.type))).toEqual(new Set(['annual', 'supply_demand', 'symposium', 'other']));
    for (const m of demo.meetings) {
      expect(checkAttendees(m.attendees.map((a) => ({ organisationId: a.organisationIndex === null ? null : String(a.organisationIndex), personName: a.personName })))).toEqual([]);
      for (const r of m.resolutions) {
        expect(checkResolutionRules({ ...r, ownerOrganisationId: r.ownerIndex === null ? null : String(r.ownerIndex) }, m.heldOn, TODAY), r.content).toEqual([]);
      }
    }
  });

  it('has the demonstration project filed with the province, with valid milestones', () => {
    const [project] = demo.projects;
    expect(project).toMatchObject({ filingBody: '云南省人才工作领导小组', focus: '技术研究、技能竞赛、乡村人才培训' });
    for (const p of demo.projects) for (const m of p.milestones) expect(checkMilestoneRules(m, p.startOn, TODAY)).toEqual([]);
  });

  it('lists core products and technology needs of enterprises in the zone’s industries', () => {
    const zoneIndustries: readonly string[] = [...MAIN_INDUSTRIES, ...AUXILIARY_INDUSTRIES];
    expect(demo.coreProducts.length).toBeGreaterThanOrEqual(20);
    expect(demo.technologyNeeds.length).toBeGreaterThanOrEqual(10);
    for (const row of [...demo.coreProducts, ...demo.technologyNeeds]) {
      expect(orgs[row.organisationIndex]?.type).toBe('enterprise');
      expect(zoneIndustries).toContain(row.industry);
      expect(orgs[row.organisationIndex]?.industry).toBe(row.industry);
    }
    expect(new Set(demo.coreProducts.map((p) => p.industry)).size).toBe(6);
  });
});
