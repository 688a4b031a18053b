import { describe, expect, it } from 'vitest';
import { findCreditCodeProblem } from '../organisations/credit-code';
import { isRegionCode } from '../organisations/regions';
import { generateDemoOrganisations, type DemoOrganisation } from './demo-organisations';

const orgs = generateDemoOrganisations();
const byKey = new Map(orgs.map((o) => [o.key, o]));
const members = orgs.filter((o) => o.councilRole !== null);
const enterprises = orgs.filter((o) => o.type === 'enterprise');

function get(key: string): DemoOrganisation {
  const org = byKey.get(key);
  if (!org) throw new Error(`missing ${key}`);
  return org;
}

describe('demo organisations', () => {
  it('has the 248 council member units of 2023, all joined by the end of 2023', () => {
    expect(members).toHaveLength(248);
    for (const org of members) {
      expect(org.joinedOn, org.key).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(org.joinedOn! >= '2018-01-01' && org.joinedOn! <= '2023-12-31', `${org.key} ${org.joinedOn}`).toBe(true);
    }
    for (const org of orgs.filter((o) => o.councilRole === null)) expect(org.joinedOn, org.key).toBeNull();
  });

  it('has one chair and one secretary general, and mostly enterprises on the council', () => {
    const count = (role: DemoOrganisation['councilRole']) => members.filter((o) => o.councilRole === role).length;
    expect(count('chair')).toBe(1);
    expect(count('secretary_general')).toBe(1);
    expect(count('vice_chair')).toBeGreaterThanOrEqual(5);
    expect(count('vice_chair')).toBeLessThanOrEqual(8);
    expect(count('executive_member')).toBe(20);
    expect(get('chuxiong-med').councilRole).toBe('chair');
    expect(get('operator').councilRole).toBe('secretary_general');
    expect(members.filter((o) => o.type === 'enterprise').length).toBeGreaterThan(200);
    expect(members.filter((o) => o.type === 'bank').length).toBeGreaterThanOrEqual(3);
  });

  it('has exactly one operator and government bodies that are not council members', () => {
    expect(orgs.filter((o) => o.type === 'operator').map((o) => o.key)).toEqual(['operator']);
    const government = orgs.filter((o) => o.type === 'government');
    expect(government.map((o) => o.key).sort()).toEqual(['gov-edu', 'gov-hr', 'gov-zone']);
    for (const org of government) {
      expect(org.councilRole).toBeNull();
      expect(org.industry).toBe('public_administration');
    }
  });

  it('includes the organisations the article names, under stable keys', () => {
    const expected: [string, string, DemoOrganisation['type'], DemoOrganisation['industry']][] = [
      ['huapai', '云南华派药业有限公司', 'enterprise', 'biomedicine'],
      ['hechuang', '楚雄和创药业有限公司', 'enterprise', 'biomedicine'],
      ['moer', '云南摩尔农庄生物科技开发有限公司', 'enterprise', 'green_food'],
      ['dali', '大理大学', 'school', 'education'],
      ['chuxiong-normal', '楚雄师范学院', 'school', 'education'],
      ['chuxiong-med', '楚雄医药高等专科学校', 'school', 'education'],
      ['kunming-industrial', '昆明工业职业技术学院', 'school', 'education'],
      ['gov-zone', '楚雄高新技术产业开发区管理委员会', 'government', 'public_administration'],
      ['gov-hr', '楚雄州人力资源和社会保障局', 'government', 'public_administration'],
      ['gov-edu', '楚雄州教育体育局', 'government', 'public_administration'],
    ];
    for (const [key, name, type, industry] of expected) {
      expect(get(key)).toMatchObject({ name, type, industry });
      if (type !== 'government') expect(get(key).councilRole, key).not.toBeNull();
    }
    expect(get('operator').industry).toBe('modern_services');
    expect(get('bank-1').type).toBe('bank');
  });

  it('counts 48 high-tech enterprises and 136 tech SMEs, flags only on enterprises', () => {
    expect(enterprises.filter((o) => o.isHighTech)).toHaveLength(48);
    expect(enterprises.filter((o) => o.isTechSme)).toHaveLength(136);
    for (const org of orgs.filter((o) => o.type !== 'enterprise')) {
      expect(org.isHighTech || org.isTechSme, org.key).toBe(false);
    }
  });

  it('has 20 to 40 enterprises in the zone that are not members', () => {
    const outside = enterprises.filter((o) => o.councilRole === null).length;
    expect(outside).toBeGreaterThanOrEqual(20);
    expect(outside).toBeLessThanOrEqual(40);
  });

  it('puts the main industries ahead of the auxiliary ones and maps non-enterprise types', () => {
    const count = (industry: DemoOrganisation['industry']) => enterprises.filter((o) => o.industry === industry).length;
    for (const main of ['biomedicine', 'new_materials', 'advanced_manufacturing'] as const) {
      for (const auxiliary of ['green_food', 'green_chemicals', 'modern_services'] as const) {
        expect(count(main), `${main} vs ${auxiliary}`).toBeGreaterThan(count(auxiliary));
      }
    }
    expect(enterprises.every((o) => !['education', 'finance', 'public_administration'].includes(o.industry))).toBe(true);
    expect(orgs.filter((o) => o.type === 'school').every((o) => o.industry === 'education')).toBe(true);
    expect(orgs.filter((o) => o.type === 'bank').every((o) => o.industry === 'finance')).toBe(true);
  });

  it('gives every organisation a valid, unique credit code matching its kind', () => {
    for (const org of orgs) {
      expect(findCreditCodeProblem(org.creditCode), `${org.key} ${org.creditCode}`).toBeNull();
      expect(org.creditCode.slice(2, 4), org.key).toBe('53'); // registered in Yunnan
    }
    expect(new Set(orgs.map((o) => o.creditCode)).size).toBe(orgs.length);
    for (const org of enterprises) expect(org.creditCode.slice(0, 2)).toBe('91');
    for (const org of orgs.filter((o) => o.type === 'government')) expect(org.creditCode.slice(0, 2)).toBe('11');
    for (const org of orgs.filter((o) => o.type === 'association')) expect(org.creditCode.slice(0, 2)).toBe('51');
  });

  it('has unique names and keys', () => {
    expect(new Set(orgs.map((o) => o.name)).size).toBe(orgs.length);
    expect(new Set(orgs.map((o) => o.key)).size).toBe(orgs.length);
  });

  it('uses valid county-level region codes, mostly 楚雄市', () => {
    for (const org of orgs) {
      expect(org.regionCode, org.key).toMatch(/^53\d{4}$/);
      expect(isRegionCode(org.regionCode), org.key).toBe(true);
      expect(org.regionCode.endsWith('00'), org.key).toBe(false);
    }
    expect(orgs.filter((o) => o.regionCode === '532301').length / orgs.length).toBeGreaterThan(0.7);
  });

  it('names enterprises like registered companies and gives plausible contacts', () => {
    for (const org of enterprises) {
      expect(org.name, org.key).toMatch(/(有限公司|有限责任公司|股份有限公司)$/);
      expect(org.contactName, org.key).toMatch(/^[\u4e00-\u9fa5]{2,3}$/);
      expect(org.description, org.key).toBeTruthy();
    }
    for (const org of orgs) {
      if (org.contactPhone !== null) expect(org.contactPhone, org.key).toMatch(/^(0878-\d{7}|0871-\d{8}|0872-\d{7}|1[3-9]\d{9})$/);
      if (org.contactEmail !== null) expect(org.contactEmail, org.key).toMatch(/^[a-z]+@[a-z0-9]+(\.[a-z]+)+$/);
      if (org.website !== null) expect(org.website, org.key).toMatch(/^www\.[a-z0-9-]+(\.[a-z]+)+$/);
    }
  });

  it('is deterministic per seed and varies across seeds', () => {
    expect(generateDemoOrganisations()).toEqual(orgs);
    expect(generateDemoOrganisations(7)).toEqual(generateDemoOrganisations(7));
    expect(generateDemoOrganisations(7)).not.toEqual(orgs);
  });

  it('meets the fixed counts for other seeds too', () => {
    for (const seed of [1, 2, 3, 42, 99_999]) {
      const other = generateDemoOrganisations(seed);
      const otherEnterprises = other.filter((o) => o.type === 'enterprise');
      expect(other.filter((o) => o.councilRole !== null)).toHaveLength(248);
      expect(otherEnterprises.filter((o) => o.isHighTech)).toHaveLength(48);
      expect(otherEnterprises.filter((o) => o.isTechSme)).toHaveLength(136);
      expect(new Set(other.map((o) => o.name)).size).toBe(other.length);
      expect(new Set(other.map((o) => o.creditCode)).size).toBe(other.length);
    }
  });
});
