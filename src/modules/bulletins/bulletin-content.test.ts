import { describe, expect, it } from 'vitest';
import {
  chineseDate,
  defaultBulletinTitle,
  educationLabel,
  groupByEnterprise,
  issueLabel,
  positionApplyUrl,
  salaryText,
  shortRegionName,
  shortZoneName,
  summariseDuties,
} from './bulletin-content';

describe('bulletin content', () => {
  it('names issues and titles the way the zone writes them', () => {
    expect(issueLabel(7)).toBe('招聘信息 第7期');
    expect(shortZoneName('楚雄高新技术产业开发区')).toBe('楚雄高新区');
    expect(shortZoneName('曲靖经济技术开发区')).toBe('曲靖经开区');
    expect(shortZoneName('滇中新区')).toBe('滇中新区');
    expect(defaultBulletinTitle('楚雄高新技术产业开发区', 2023, 12)).toBe('楚雄高新区人力资源服务平台招聘信息（2023年第12期）');
  });

  it('writes salaries in yuan per month, open ranges and 面议 included', () => {
    expect(salaryText(4000, 6000)).toBe('4000–6000元/月');
    expect(salaryText(5000, 5000)).toBe('5000元/月');
    expect(salaryText(4000, null)).toBe('4000元/月起');
    expect(salaryText(null, 8000)).toBe('最高8000元/月');
    expect(salaryText(null, null)).toBe('面议');
  });

  it('labels education and regions', () => {
    expect(educationLabel('bachelor')).toBe('本科');
    expect(educationLabel('secondary_vocational')).toBe('中专');
    expect(shortRegionName('532301')).toBe('楚雄市');
    expect(shortRegionName('532300')).toBe('楚雄彝族自治州');
    expect(shortRegionName('999999')).toBe('999999');
  });

  it('groups positions by enterprise, keeping the first appearance of each enterprise and the given order inside it', () => {
    const items = [
      { id: 'a1', organisationId: 'A' },
      { id: 'b1', organisationId: 'B' },
      { id: 'a2', organisationId: 'A' },
      { id: 'c1', organisationId: 'C' },
      { id: 'b2', organisationId: 'B' },
    ];
    expect(groupByEnterprise(items).map((g) => g.map((i) => i.id))).toEqual([['a1', 'a2'], ['b1', 'b2'], ['c1']]);
    expect(groupByEnterprise([])).toEqual([]);
  });

  it('shortens duties at a sentence end when one is near, else with an ellipsis', () => {
    expect(summariseDuties('负责设备维护。')).toBe('负责设备维护。');
    const sentences = `${'负责制药设备的日常运行与维护保养，'.repeat(3)}记录工艺参数。${'配合质量部门完成检查，'.repeat(5)}`;
    expect(summariseDuties(sentences, 80)).toMatch(/记录工艺参数。$/);
    const long = '负责'.repeat(100);
    const short = summariseDuties(long, 80);
    expect([...short]).toHaveLength(81);
    expect(short.endsWith('…')).toBe(true);
    expect(summariseDuties('  多行\n\n文字  ')).toBe('多行 文字');
  });

  it('builds apply URLs and Chinese dates in the zone’s time', () => {
    expect(positionApplyUrl('https://qiao.example.cn', 'abc')).toBe('https://qiao.example.cn/positions/abc');
    // 2023-03-31 17:00 UTC is already 1 April in Chuxiong.
    expect(chineseDate(new Date('2023-03-31T17:00:00Z'))).toBe('2023年4月1日');
  });
});
