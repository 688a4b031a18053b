import fc from 'fast-check';
import { EDUCATION_LEVELS } from '../../positions/positions.codes';
import { FACTORS, type MatchingWeights, type PositionFeatureInput, type SeekerFeatureInput } from './scoring';

// fast-check generators of seekers and positions for the engine's property tests: values drawn
// from small pools (majors with aliases and unknown ones, skills under several names, regions at
// every level, few salaries and dates), so that equal scores, shared words and every factor's
// reasons occur often in small populations.

const MAJORS = ['药学', '药物制剂', '中药学', '护理', '护理学', '应用化工技术', '计算机', '计算机科学与技术', '电子商务', '机电一体化技术', '学前教育', '非遗手工艺'];
const SKILLS = ['PLC', '可编程控制器', 'CAD', 'AutoCAD', 'GMP', 'HPLC', '高效液相色谱', 'Excel', '驾驶证 C1', 'B2驾照', '叉车证', '电工证', '低压电工', '打码', 'Java'];
const REGIONS = ['532301', '532302', '532300', '530000', '530102', '510100', '532324'];
const SALARIES = [3000, 4000, 4500, 5000, 6000, 8000];
const DATES = ['2023-05-01', '2023-06-15', '2023-07-01', '2023-07-20', '2023-08-30', '2024-01-01'];
const ZONES = ['zone-a', 'zone-b'];
const PHRASES = [
  '负责原辅料及成品的理化检验',
  '操作HPLC等精密仪器',
  '数控机床的编程与操作',
  '负责仓库出入库管理',
  '网店日常运营与直播',
  '设备维护保养与电气故障排查',
  '中药饮片炮制',
  '幼儿班级日常教学',
  'GMP车间操作',
  '质量检验',
];

const text = fc.array(fc.constantFrom(...PHRASES), { maxLength: 4 }).map((parts) => parts.join('，'));

export const arbitraryWeights: fc.Arbitrary<MatchingWeights> = fc
  .array(fc.integer({ min: 0, max: 30 }), { minLength: FACTORS.length, maxLength: FACTORS.length })
  .filter((values) => values.some((v) => v > 0))
  .map((values) => Object.fromEntries(FACTORS.map((factor, i) => [factor, values[i]!])) as MatchingWeights);

/** Weights where skills and major dominate: the factors the candidate index prunes on, so its shortcuts are taken and tested. */
export const arbitraryPruningWeights: fc.Arbitrary<MatchingWeights> = fc
  .record({ skills: fc.integer({ min: 10, max: 60 }), major: fc.integer({ min: 10, max: 60 }), other: fc.integer({ min: 0, max: 8 }), text: fc.integer({ min: 0, max: 10 }) })
  .map(({ skills, major, other, text }) => ({ education: other, major, skills, experience: other, location: other, salary: other, accommodation: 1, availability: 1, text }));

export const arbitrarySeekerFields = fc.record({
  zoneId: fc.constantFrom(...ZONES),
  eligible: fc.boolean(),
  educationLevel: fc.option(fc.constantFrom(...EDUCATION_LEVELS), { nil: null }),
  major: fc.option(fc.constantFrom(...MAJORS), { nil: null }),
  skills: fc.uniqueArray(fc.constantFrom(...SKILLS), { maxLength: 4 }),
  experienceYears: fc.integer({ min: 0, max: 5 }),
  preferredRegions: fc.uniqueArray(fc.constantFrom(...REGIONS), { maxLength: 2 }),
  expectedSalaryMin: fc.option(fc.constantFrom(...SALARIES), { nil: null }),
  needsAccommodation: fc.boolean(),
  availableFrom: fc.option(fc.constantFrom(...DATES), { nil: null }),
  resumeText: text,
});

/** Seekers with distinct ids s-000, s-001 … */
export const arbitrarySeekers = (maxLength: number): fc.Arbitrary<SeekerFeatureInput[]> =>
  fc.array(arbitrarySeekerFields, { maxLength, size: 'max' }).map((list) =>
    list.map((fields, i) => ({ id: `s-${String(i).padStart(3, '0')}`, expectedSalaryMax: null, ...fields })),
  );

export const arbitraryPositionFields = fc.record({
  zoneId: fc.constantFrom(...ZONES),
  title: fc.constantFrom('QC检验员', '数控操作工', '仓库管理员', '电商运营', '幼儿教师'),
  duties: text,
  educationLevel: fc.constantFrom(...EDUCATION_LEVELS),
  majors: fc.uniqueArray(fc.constantFrom(...MAJORS), { maxLength: 2 }),
  skills: fc.uniqueArray(fc.constantFrom(...SKILLS), { maxLength: 3 }),
  experienceYears: fc.integer({ min: 0, max: 4 }),
  regionCode: fc.constantFrom('532301', '532302', '532324', '530102'),
  salaryMin: fc.option(fc.constantFrom(...SALARIES), { nil: null }),
  salaryMax: fc.option(fc.constantFrom(...SALARIES), { nil: null }),
  isDisabilityFriendly: fc.boolean(),
  closingOn: fc.option(fc.constantFrom(...DATES), { nil: null }),
});

/** Positions with distinct ids p-000, p-001 … */
export const arbitraryPositions = (maxLength: number): fc.Arbitrary<PositionFeatureInput[]> =>
  fc.array(arbitraryPositionFields, { maxLength, size: 'max' }).map((list) =>
    list.map((fields, i) => ({ id: `p-${String(i).padStart(3, '0')}`, accommodation: null, ...fields })),
  );

export const arbitraryPosition: fc.Arbitrary<PositionFeatureInput> = arbitraryPositionFields.map((fields) => ({ id: 'p-x', accommodation: null, ...fields }));

export const arbitrarySeeker: fc.Arbitrary<SeekerFeatureInput> = arbitrarySeekerFields.map((fields) => ({ id: 's-x', expectedSalaryMax: null, ...fields }));

export const TODAYS = ['2023-06-15', '2023-07-10'];
