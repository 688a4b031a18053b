import { describe, expect, it } from 'vitest';
import { generateDemoPositions } from '../../demo/demo-positions';
import { generateDemoSeekers } from '../../demo/demo-seekers';
import { canonicalSkill, heldSkills, normalizeSkill, requiredSkills } from './skills';

const key = (name: string) => canonicalSkill(name).key;

describe('skills vocabulary', () => {
  it.each([
    ['PLC', '可编程控制器'],
    ['AutoCAD', 'CAD'],
    ['AutoCAD', '计算机辅助设计'],
    ['GMP', '药品生产质量管理规范'],
    ['HPLC', '高效液相色谱'],
    ['Excel', '电子表格'],
    ['C1驾照', '驾驶证 C1'],
    ['C1驾照', 'C1'],
    ['Photoshop', 'PS'],
    ['电工证', '低压电工证'],
    ['叉车证', '叉车'],
    ['DCS', 'DCS 操作'],
  ])('treats %s and %s as one skill', (a, b) => {
    expect(key(a)).toBe(key(b));
  });

  it('ignores width, case and spaces', () => {
    expect(normalizeSkill('ＡｕｔｏＣＡＤ')).toBe('autocad');
    expect(key('auto cad')).toBe(key('AutoCAD'));
    expect(key('用友U8')).toBe(key('用友 U8'));
  });

  it('labels a known skill with its canonical name, an unknown one as written', () => {
    expect(canonicalSkill('可编程控制器')).toEqual({ key: 'plc', label: 'PLC' });
    expect(canonicalSkill(' Premiere Pro ')).toEqual({ key: 'premierepro', label: 'Premiere Pro' });
  });

  it('gives the held skills with the ones they imply, not the other way round', () => {
    const held = (names: string[]) => heldSkills(names).map((s) => s.label).sort();
    expect(held(['B2驾照'])).toEqual(['B2驾照', 'C1驾照']);
    expect(held(['A2驾照'])).toEqual(['A2驾照', 'B2驾照', 'C1驾照']);
    expect(held(['C1驾照'])).toEqual(['C1驾照']);
    expect(held(['西门子PLC', '普通话二甲'])).toEqual(['PLC', '普通话', '普通话二级甲等', '西门子PLC']);
  });

  it('drops duplicates and empty names from requirements', () => {
    expect(requiredSkills(['CAD', 'AutoCAD', ' ', 'PLC']).map((s) => s.label)).toEqual(['AutoCAD', 'PLC']);
  });

  it('knows the demo skills whose names differ between seekers and positions', () => {
    const seekerSkills = new Set(generateDemoSeekers({ count: 2000 }).flatMap((s) => s.skills.map(key)));
    const positionSkills = new Set(generateDemoPositions(2000).flatMap((p) => p.skills.map(key)));
    // Written differently on each side, the same skill after canonicalisation.
    for (const [seekerName, positionName] of [['驾驶证 C1', 'C1驾照'], ['低压电工证', '电工证'], ['DCS 操作', 'DCS'], ['Aspen Plus', 'Aspen'], ['网店运营', '电商运营'], ['社保办理', '社保公积金']]) {
      expect(seekerSkills.has(key(seekerName!)) && positionSkills.has(key(positionName!)), `${seekerName} / ${positionName}`).toBe(true);
      expect(key(seekerName!)).toBe(key(positionName!));
    }
  });
});
