// Pure normalisation of résumé rows as people type them into Excel or CSV at job fairs: no I/O,
// unit-tested beside this file. Every function takes raw cell values and returns either clean
// values or catalogue keys naming what is wrong.
import type ExcelJS from 'exceljs';
import { parseLooseDate } from '../../platform/dates';
import { findIdNumberProblem, idNumberFacts, normaliseIdNumber } from '../../platform/id-number';
import type { MessageKey } from '../../platform/i18n/messages';
import { normalisePhone, normaliseText, PHONE_PATTERN } from '../../platform/validation';
import { findRegionByName, isRegionCode, REGION_TREE } from '../organisations/regions';
import { EDUCATION_LABELS_ZH, EDUCATION_LEVELS, type EducationLevel } from '../positions/positions.codes';

/** A cell as the readers hand it over: xlsx cells keep numbers and dates, CSV cells are text. */
export type RawCell = string | number | boolean | Date | null;

export const RESUME_FIELDS = [
  'name',
  'gender',
  'idNumber',
  'phone',
  'educationLevel',
  'school',
  'major',
  'graduationOn',
  'skills',
  'experienceYears',
  'preferredRegions',
  'expectedSalary',
  'note',
  'availableFrom',
  'email',
  'birthDate',
] as const;
export type ResumeField = (typeof RESUME_FIELDS)[number];

export type ResumeColumn = {
  field: ResumeField;
  header: string;
  headerEn: string;
  /** Other headers people use for the same column (matched after NFKC, case and spaces removed). */
  aliases: readonly string[];
  required?: boolean;
  width: number;
  /** Kept as text in the template, so that Excel does not turn an ID number into a rounded number. */
  isText?: boolean;
};

export const RESUME_COLUMNS: readonly ResumeColumn[] = [
  { field: 'name', header: '姓名', headerEn: 'Name', aliases: ['名字', '求职者姓名', 'full name'], required: true, width: 10 },
  { field: 'gender', header: '性别', headerEn: 'Gender', aliases: ['sex'], width: 6 },
  {
    field: 'idNumber',
    header: '身份证号',
    headerEn: 'ID number',
    aliases: ['身份证', '身份证号码', '公民身份号码', '证件号码', 'id', 'id no', 'national id'],
    width: 22,
    isText: true,
  },
  {
    field: 'phone',
    header: '手机号',
    headerEn: 'Mobile',
    aliases: ['手机', '手机号码', '联系电话', '电话', '联系方式', 'phone', 'mobile phone', 'mobile number', 'tel'],
    width: 14,
    isText: true,
  },
  { field: 'educationLevel', header: '学历', headerEn: 'Education', aliases: ['最高学历', '文化程度', 'education level'], width: 8 },
  { field: 'school', header: '毕业院校', headerEn: 'School', aliases: ['学校', '院校', '毕业学校', 'university', 'college'], width: 20 },
  { field: 'major', header: '专业', headerEn: 'Major', aliases: ['所学专业', 'subject'], width: 16 },
  {
    field: 'graduationOn',
    header: '毕业时间',
    headerEn: 'Graduation',
    aliases: ['毕业日期', '毕业年月', 'graduation date', 'graduated'],
    width: 12,
  },
  { field: 'skills', header: '技能', headerEn: 'Skills', aliases: ['专业技能', '技能特长', '特长', 'skill'], width: 24 },
  {
    field: 'experienceYears',
    header: '工作年限',
    headerEn: 'Years of experience',
    aliases: ['工作经验', '工龄', 'experience', 'experience years'],
    width: 10,
  },
  {
    field: 'preferredRegions',
    header: '期望地区',
    headerEn: 'Preferred regions',
    aliases: ['期望工作地区', '期望工作地点', '意向地区', '求职地区', 'preferred region', 'preferred locations'],
    width: 14,
  },
  {
    field: 'expectedSalary',
    header: '期望月薪',
    headerEn: 'Expected salary',
    aliases: ['期望薪资', '期望工资', '薪资要求', 'expected monthly salary', 'salary'],
    width: 12,
  },
  {
    field: 'note',
    header: '来源招聘会/备注',
    headerEn: 'Source fair / notes',
    aliases: ['来源招聘会', '招聘会', '备注', '来源', 'notes', 'note', 'remarks', 'source'],
    width: 30,
  },
  { field: 'availableFrom', header: '可到岗日期', headerEn: 'Available from', aliases: ['到岗时间', '到岗日期', '可到岗时间'], width: 12 },
  { field: 'email', header: '邮箱', headerEn: 'E-mail', aliases: ['电子邮箱', '电子邮件', 'email', 'e-mail address'], width: 20 },
  { field: 'birthDate', header: '出生日期', headerEn: 'Birth date', aliases: ['出生年月', '生日', 'date of birth'], width: 12 },
];

export function columnOf(field: ResumeField): ResumeColumn {
  const column = RESUME_COLUMNS.find((c) => c.field === field);
  if (!column) throw new Error(`no column for ${field}`);
  return column;
}

// ---------------------------------------------------------------------------------------------
// Headers

function headerKey(label: string): string {
  // Headers are labels, not prose: NFKC folds full-width ＊ and （） so that variants match.
  return label
    .normalize('NFKC')
    .trim()
    .replace(/[*]/g, '')
    .replace(/\([^)]*\)/g, '')
    .replace(/\s+/g, '')
    .toLowerCase();
}

const FIELD_OF_HEADER = new Map<string, ResumeField>();
for (const c of RESUME_COLUMNS) {
  for (const label of [c.header, c.headerEn, c.field, ...c.aliases]) FIELD_OF_HEADER.set(headerKey(label), c.field);
}

/** Where each field sits in the file, and the header text the file gives it (used in the report). */
export type HeaderMap = { fields: { index: number; field: ResumeField }[]; labels: Partial<Record<ResumeField, string>> };

export type FileProblem = { message: MessageKey; params?: Record<string, unknown> };

/**
 * Reads a candidate header row: a title row above the headers (one cell, nothing recognised) is
 * skipped; anything else either maps every non-empty cell to a field or names what is wrong.
 */
export function matchHeaderRow(cells: readonly RawCell[]): { kind: 'title' } | { kind: 'header'; map: HeaderMap } | { kind: 'problem'; problem: FileProblem } {
  const labels = cells.map((c) => (c === null ? '' : normaliseText(String(c))));
  const present = labels.map((label, index) => ({ label, index })).filter((l) => l.label !== '');
  const matched = present.map((l) => ({ ...l, field: FIELD_OF_HEADER.get(headerKey(l.label)) }));
  if (present.length <= 1 && matched.every((m) => !m.field)) return { kind: 'title' };
  const unknown = matched.filter((m) => !m.field).map((m) => m.label);
  if (unknown.length) return { kind: 'problem', problem: { message: 'resume_import.unknown_headers', params: { headers: unknown.join('、') } } };
  const map: HeaderMap = { fields: [], labels: {} };
  const twice: string[] = [];
  for (const m of matched) {
    if (!m.field) continue;
    if (map.labels[m.field] !== undefined) twice.push(m.label);
    else {
      map.labels[m.field] = m.label.replace(/[*]/g, '').trim();
      map.fields.push({ index: m.index, field: m.field });
    }
  }
  if (twice.length) return { kind: 'problem', problem: { message: 'resume_import.duplicate_headers', params: { headers: twice.join('、') } } };
  const missing: { zh: string; en: string }[] = [];
  if (map.labels.name === undefined) missing.push({ zh: '姓名', en: 'Name' });
  if (map.labels.idNumber === undefined && map.labels.phone === undefined) missing.push({ zh: '身份证号或手机号', en: 'ID number or Mobile' });
  if (missing.length) {
    return {
      kind: 'problem',
      problem: {
        message: 'resume_import.missing_headers',
        params: { headers: missing.map((m) => m.zh).join('、'), headersEn: missing.map((m) => m.en).join(', ') },
      },
    };
  }
  return { kind: 'header', map };
}

/** The row's cells keyed by field, following the header map. */
export function cellsByField(map: HeaderMap, cells: readonly RawCell[]): Partial<Record<ResumeField, RawCell>> {
  const values: Partial<Record<ResumeField, RawCell>> = {};
  for (const { index, field } of map.fields) values[field] = cells[index] ?? null;
  return values;
}

// ---------------------------------------------------------------------------------------------
// Cells

/** Unwraps what exceljs stores (rich text, formula results, hyperlinks, errors) to a plain value. */
export function rawCellOf(value: ExcelJS.CellValue | undefined): RawCell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('error' in value) return null;
  if ('result' in value) return rawCellOf(value.result as ExcelJS.CellValue);
  if ('text' in value) return typeof value.text === 'string' ? value.text : rawCellOf(value.text);
  return null;
}

/** A cell as clean text: NFKC (full-width digits and letters to ASCII), trimmed; whole numbers without exponent. */
export function cellText(value: RawCell | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  return normaliseText(String(value));
}

/** Splits a list cell on 、 , ， ; ； and white space. */
export function splitList(text: string): string[] {
  return [...new Set(normaliseText(text).split(/[、,，;；\s]+/).filter(Boolean))];
}

// ---------------------------------------------------------------------------------------------
// Field parsers: each returns the clean value, null for "not given", or a problem.

export type Problem = { problem: MessageKey; params?: Record<string, unknown> };

export function isProblem<T>(value: T | Problem): value is Problem {
  return typeof value === 'object' && value !== null && 'problem' in value;
}

const EDUCATION_PATTERNS: readonly [RegExp, EducationLevel][] = [
  [/博士|doctor|ph\.?d/i, 'doctorate'],
  [/硕士|研究生|master|mba|mpa/i, 'master'],
  [/中专|中技|中职|职高|职业高中|技校|技工|中等专业|中等职业|secondary/i, 'secondary_vocational'],
  [/大专|专科|高职|高专|associate|junior college/i, 'associate'],
  [/本科|学士|专升本|大学|bachelor|undergraduate/i, 'bachelor'],
  [/初中|junior high|middle school/i, 'junior_high'],
  [/高中|普高|high school/i, 'high_school'],
  [/小学|文盲|primary/i, 'none'],
];

/** Free-text education (大学本科, 专科, 高职, 研究生 …) mapped to the EDUCATION_LEVELS vocabulary. */
export function parseEducationLevel(text: string): EducationLevel | null | Problem {
  if (text === '') return null;
  const code = (EDUCATION_LEVELS as readonly string[]).find((level) => level === text.toLowerCase());
  if (code) return code as EducationLevel;
  for (const [pattern, level] of EDUCATION_PATTERNS) if (pattern.test(text)) return level;
  const options = EDUCATION_LEVELS.filter((l) => l !== 'none').map((l) => EDUCATION_LABELS_ZH[l]).join('、');
  return { problem: 'resume_import.education_level', params: { options } };
}

export function parseGender(text: string): 'male' | 'female' | null | Problem {
  if (text === '') return null;
  if (/^(男|男性|m|male|man)$/i.test(text)) return 'male';
  if (/^(女|女性|f|female|woman)$/i.test(text)) return 'female';
  return { problem: 'resume_import.gender' };
}

export function parseIdNumber(value: RawCell | undefined): string | null | Problem {
  // Excel keeps 15 significant digits: an ID number typed into a number cell has lost its tail.
  if (typeof value === 'number') return { problem: 'resume_import.id_number_as_number' };
  const id = normaliseIdNumber(cellText(value).replace(/^'/, ''));
  if (id === '') return null;
  const problem = findIdNumberProblem(id);
  if (!problem) return id;
  switch (problem.kind) {
    case 'format':
      return { problem: 'resume_import.id_number_format' };
    case 'birth_date':
      return { problem: 'resume_import.id_number_birth_date' };
    case 'check':
      return { problem: 'resume_import.id_number_check', params: { expected: problem.expected } };
  }
}

export function parsePhone(value: RawCell | undefined): string | null | Problem {
  const text = cellText(value).replace(/^'/, '').replace(/[().]/g, '');
  if (text === '') return null;
  const phone = normalisePhone(text);
  return PHONE_PATTERN.test(phone) ? phone : { problem: 'resume_import.phone_format' };
}

export function parseEmail(text: string): string | null | Problem {
  if (text === '') return null;
  const email = text.toLowerCase();
  return email.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? email : { problem: 'resume_import.email_format' };
}

/** Chinese graduates finish in June or July: a year alone (2023, 2023届) is taken as 1 July of it. */
const YEAR_ONLY_MONTH_DAY = '-07-01';

/**
 * Dates as typed into sheets: Date cells, Excel serial numbers, 2023-06-01, 2023/6/1, 2023年6月1日,
 * and with `allowMonth` 2023年6月, 2023.06 and a bare year. A number between 1950 and 2100 is a year
 * (Excel turns a typed 2023.06 into the number 2023.06; 2023.1 is what it shows for 2023.10).
 */
export function parseSheetDate(value: RawCell | undefined, options: { allowMonth: boolean; maxYear: number }): string | null | Problem {
  const problem: Problem = { problem: options.allowMonth ? 'resume_import.month' : 'resume_import.date' };
  let iso: string | null;
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number' && value >= 1950 && value <= 2100) {
    const year = Math.floor(value);
    const month = Math.round((value - year) * 100);
    if (!options.allowMonth || month > 12) return problem;
    iso = month === 0 ? `${year}${YEAR_ONLY_MONTH_DAY}` : `${year}-${String(month).padStart(2, '0')}-01`;
  } else if (typeof value === 'string') {
    const text = normaliseText(value);
    if (text === '') return null;
    const year = /^(\d{4})\s*(届|年)?$/.exec(text);
    iso = year && options.allowMonth ? `${year[1]}${YEAR_ONLY_MONTH_DAY}` : parseLooseDate(text, { allowMonth: options.allowMonth });
  } else {
    iso = typeof value === 'boolean' ? null : parseLooseDate(value, { allowMonth: options.allowMonth });
  }
  if (!iso) return problem;
  const year = Number(iso.slice(0, 4));
  if (year < 1950 || year > options.maxYear) return { problem: 'resume_import.date_range', params: { max: options.maxYear } };
  return iso;
}

export const MAX_SKILLS = 30;
export const MAX_SKILL_LENGTH = 30;

export function parseSkills(text: string): string[] | Problem {
  const skills = splitList(text);
  if (skills.length > MAX_SKILLS || skills.some((s) => s.length > MAX_SKILL_LENGTH)) {
    return { problem: 'resume_import.skills', params: { maxItems: MAX_SKILLS, maxLength: MAX_SKILL_LENGTH } };
  }
  return skills;
}

export function parseExperienceYears(value: RawCell | undefined): number | null | Problem {
  const problem: Problem = { problem: 'resume_import.experience_years' };
  if (typeof value === 'number') return value >= 0 && value <= 60 ? Math.floor(value) : problem;
  const text = cellText(value);
  if (text === '') return null;
  if (/^(应届|应届生|应届毕业生|无|没有|暂无|none|fresh graduate)$/i.test(text)) return 0;
  const match = /^(\d+(?:\.\d+)?)\s*(年|years?|yrs?)?\s*(以上|多|\+)?$/i.exec(text);
  if (!match) return problem;
  const years = Math.floor(Number(match[1]));
  return years <= 60 ? years : problem;
}

export const MAX_REGIONS = 10;

type RegionEntry = { code: string; name: string; depth: number };
let regionEntries: RegionEntry[] | undefined;

function allRegions(): RegionEntry[] {
  if (!regionEntries) {
    const entries: RegionEntry[] = [];
    const walk = (nodes: typeof REGION_TREE, depth: number) => {
      for (const node of nodes) {
        entries.push({ code: node.code, name: node.name, depth });
        if (node.children) walk(node.children, depth + 1);
      }
    };
    walk(REGION_TREE, 1);
    regionEntries = entries;
  }
  return regionEntries;
}

const regionCache = new Map<string, string | null>();

/**
 * A region by code or name: 楚雄市, 云南省楚雄彝族自治州, and the short forms people write
 * (楚雄, 楚雄州, 昆明), which resolve to the largest division whose name starts with them.
 */
export function resolveRegion(name: string): string | null {
  const cached = regionCache.get(name);
  if (cached !== undefined) return cached;
  let code: string | null = null;
  if (/^\d{6}$/.test(name)) code = isRegionCode(name) ? name : null;
  else {
    code = findRegionByName(name) ?? null;
    const stem = name.replace(/[省市州县区]$/, '');
    if (!code && stem.length >= 2) {
      const candidates = allRegions().filter((r) => r.name !== '市辖区' && r.name.startsWith(stem));
      candidates.sort((a, b) => a.depth - b.depth);
      code = candidates[0]?.code ?? null;
    }
  }
  regionCache.set(name, code);
  return code;
}

export function parseRegions(text: string): string[] | Problem {
  const names = splitList(text);
  if (names.some((n) => /^(不限|全国|均可|任意|any|anywhere)$/i.test(n))) return [];
  const codes: string[] = [];
  for (const name of names) {
    const code = resolveRegion(name);
    if (!code) return { problem: 'resume_import.region', params: { name } };
    if (!codes.includes(code)) codes.push(code);
  }
  if (codes.length > MAX_REGIONS) return { problem: 'resume_import.too_many_regions', params: { max: MAX_REGIONS } };
  return codes;
}

export const SALARY_MIN = 100;
export const SALARY_MAX = 1_000_000;
const UNIT: Record<string, number> = { '': 1, k: 1000, 千: 1000, w: 10000, 万: 10000 };

/** Monthly salary in yuan: 5000, 4000-6000, 4k-6k, 5K, 1.2万, 5000元/月, 5000以上; 面议 means none. */
export function parseSalary(value: RawCell | undefined): { min: number; max: number | null } | null | Problem {
  const range: Problem = { problem: 'resume_import.salary_range', params: { min: SALARY_MIN, max: SALARY_MAX } };
  if (typeof value === 'number') {
    const amount = Math.round(value);
    return amount >= SALARY_MIN && amount <= SALARY_MAX ? { min: amount, max: null } : range;
  }
  const text = cellText(value)
    .toLowerCase()
    .replace(/[,，\s¥￥]|rmb|元|每月|[/／]月|\/month|月薪/g, '');
  if (text === '' || /^(面议|不限|negotiable)$/.test(text)) return null;
  const amount = '(\\d+(?:\\.\\d+)?)(k|千|w|万)?';
  const match = new RegExp(`^${amount}(?:(?:-|~|－|～|至|到|—|–)${amount})?(以上|起|左右|\\+)?$`).exec(text);
  if (!match) return { problem: 'resume_import.salary' };
  const [, a = '', unitA = '', b, unitB = ''] = match;
  // "4-6k": a unit written once applies to both ends.
  const low = Number(a) * (UNIT[unitA || (b !== undefined && Number(a) < 100 ? unitB : '')] ?? 1);
  const high = b === undefined ? null : Number(b) * (UNIT[unitB] ?? 1);
  const min = Math.round(low);
  const max = high === null ? null : Math.round(high);
  if (min < SALARY_MIN || min > SALARY_MAX || (max !== null && (max < min || max > SALARY_MAX))) return range;
  return { min, max };
}

/** Names are typed with spaces for alignment (张  三); Chinese names have none, other names keep theirs. */
export function cleanName(text: string): string {
  return text.replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, '');
}

// ---------------------------------------------------------------------------------------------
// Rows

/** One résumé row after normalisation: what the importer writes. */
export type ImportedResume = {
  name: string;
  gender: 'male' | 'female' | null;
  birthDate: string | null;
  idNumber: string | null;
  phone: string | null;
  email: string | null;
  educationLevel: EducationLevel | null;
  school: string | null;
  major: string | null;
  graduationOn: string | null;
  skills: string[];
  experienceYears: number | null;
  preferredRegions: string[];
  expectedSalaryMin: number | null;
  expectedSalaryMax: number | null;
  availableFrom: string | null;
  summary: string | null;
};

export type RowIssue = { field: ResumeField; message: MessageKey; params?: Record<string, unknown> };

const MAX_LENGTH: Partial<Record<ResumeField, number>> = { name: 50, school: 100, major: 100, note: 2000 };

/**
 * Normalises one row; returns the résumé when every field is valid, and every problem otherwise, so
 * one pass over a file reports everything wrong with it.
 */
export function normaliseResumeRow(
  values: Partial<Record<ResumeField, RawCell>>,
  today: string,
): { resume: ImportedResume | null; issues: RowIssue[] } {
  const issues: RowIssue[] = [];
  const maxYear = Number(today.slice(0, 4)) + 10;
  function take<T>(field: ResumeField, result: T | Problem): T | null {
    if (isProblem(result)) {
      issues.push({ field, message: result.problem, ...(result.params ? { params: result.params } : {}) });
      return null;
    }
    return result;
  }
  function text(field: ResumeField): string | null {
    const value = cellText(values[field]);
    const max = MAX_LENGTH[field];
    if (max !== undefined && value.length > max) {
      issues.push({ field, message: 'resume_import.too_long', params: { max } });
      return null;
    }
    return value === '' ? null : value;
  }

  const name = text('name');
  const nameClean = name === null ? null : cleanName(name);
  if (name === null && !issues.some((i) => i.field === 'name')) issues.push({ field: 'name', message: 'resume_import.name_required' });
  const idNumber = take('idNumber', parseIdNumber(values.idNumber));
  const phone = take('phone', parsePhone(values.phone));
  let gender = take('gender', parseGender(cellText(values.gender)));
  let birthDate = take('birthDate', parseSheetDate(values.birthDate ?? null, { allowMonth: false, maxYear: Number(today.slice(0, 4)) }));
  const email = take('email', parseEmail(cellText(values.email)));
  const educationLevel = take('educationLevel', parseEducationLevel(cellText(values.educationLevel)));
  const school = text('school');
  const major = text('major');
  const graduationOn = take('graduationOn', parseSheetDate(values.graduationOn ?? null, { allowMonth: true, maxYear }));
  const skills = take('skills', parseSkills(cellText(values.skills))) ?? [];
  const experienceYears = take('experienceYears', parseExperienceYears(values.experienceYears));
  const preferredRegions = take('preferredRegions', parseRegions(cellText(values.preferredRegions))) ?? [];
  const salary = take('expectedSalary', parseSalary(values.expectedSalary));
  const availableText = cellText(values.availableFrom);
  const availableFrom = /^(随时|立即|即时|随时到岗|anytime)$/i.test(availableText)
    ? null
    : take('availableFrom', parseSheetDate(values.availableFrom ?? null, { allowMonth: true, maxYear }));
  const summary = text('note');

  const hasIdIssue = issues.some((i) => i.field === 'idNumber');
  const hasPhoneIssue = issues.some((i) => i.field === 'phone');
  if (!idNumber && !phone && !hasIdIssue && !hasPhoneIssue) issues.push({ field: 'phone', message: 'resume_import.id_or_phone_required' });
  if (idNumber) {
    const facts = idNumberFacts(idNumber);
    if (gender && gender !== facts.gender) issues.push({ field: 'gender', message: 'resume_import.gender_mismatch' });
    if (birthDate && birthDate !== facts.birthDate) {
      issues.push({ field: 'birthDate', message: 'resume_import.birth_date_mismatch', params: { expected: facts.birthDate } });
    }
    gender ??= facts.gender;
    birthDate ??= facts.birthDate;
  }
  if (issues.length || nameClean === null) return { resume: null, issues };
  return {
    resume: {
      name: nameClean,
      gender,
      birthDate,
      idNumber,
      phone,
      email,
      educationLevel,
      school,
      major,
      graduationOn,
      skills,
      experienceYears,
      preferredRegions,
      expectedSalaryMin: salary?.min ?? null,
      expectedSalaryMax: salary?.max ?? null,
      availableFrom,
      summary,
    },
    issues,
  };
}

/** Whether a row carries no value at all (blank lines between data are skipped, not reported). */
export function isBlankRow(cells: readonly RawCell[]): boolean {
  return cells.every((c) => cellText(c) === '');
}

// ---------------------------------------------------------------------------------------------
// Text encodings of CSV files

function isAscii(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80) return false;
  return true;
}

/**
 * The encoding of a CSV file from its first bytes that are not ASCII: UTF-8 (with or without BOM)
 * when they decode as UTF-8, GBK (read as its superset GB18030) otherwise. ASCII reads the same
 * in both, so `null` means "not decided yet".
 */
export function detectTextEncoding(bytes: Uint8Array): 'utf-8' | 'gbk' | null {
  if (isAscii(bytes)) return null;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return 'utf-8';
  } catch {
    return 'gbk';
  }
}

/** Whether the first bytes of a file look like text: no NUL bytes and few control characters. */
export function looksLikeText(bytes: Uint8Array): boolean {
  let control = 0;
  for (const b of bytes) {
    if (b === 0) return false;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control += 1;
  }
  return control <= bytes.length / 100;
}

/** CSV from Excel is comma-separated; "Unicode text" exports are tab-separated. Decided from the header line. */
export function guessDelimiter(firstText: string): ',' | '\t' {
  const line = firstText.split(/\r?\n/, 1)[0] ?? '';
  return line.includes('\t') && !line.includes(',') ? '\t' : ',';
}
