import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { idNumberCheckChar } from '../../platform/id-number';
import { fillEmptyFields, planCommit, type PoolProfile, resolveDuplicates, type RowKeys } from './resume-import.duplicates';
import {
  cellText,
  detectTextEncoding,
  guessDelimiter,
  type ImportedResume,
  looksLikeText,
  matchHeaderRow,
  normaliseResumeRow,
  parseEducationLevel,
  parseExperienceYears,
  parseGender,
  parseIdNumber,
  parsePhone,
  parseRegions,
  parseSalary,
  parseSheetDate,
  parseSkills,
  rawCellOf,
} from './resume-import.parse';

const TODAY = '2025-03-01';

function idNumber(first17: string): string {
  return first17 + idNumberCheckChar(first17);
}

const VALID_ID = idNumber('53230119950315002'); // born 1995-03-15, female (17th digit even)
const WRONG_CHECK = `${VALID_ID.slice(0, 17)}${VALID_ID[17] === '0' ? '1' : '0'}`;

function toFullWidth(text: string): string {
  return text.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

describe('résumé row normalisation', () => {
  it('checks ID numbers, naming the expected check character, and reads full-width digits', () => {
    expect(parseIdNumber(VALID_ID)).toBe(VALID_ID);
    expect(parseIdNumber(toFullWidth(VALID_ID))).toBe(VALID_ID);
    expect(parseIdNumber(` ${VALID_ID.slice(0, 6)} ${VALID_ID.slice(6)} `)).toBe(VALID_ID);
    expect(parseIdNumber(WRONG_CHECK)).toEqual({ problem: 'resume_import.id_number_check', params: { expected: VALID_ID[17] } });
    expect(parseIdNumber('53230119951315002X')).toEqual({ problem: 'resume_import.id_number_birth_date' });
    expect(parseIdNumber('5323011995')).toEqual({ problem: 'resume_import.id_number_format' });
    // Excel turned the number into 5.32301199503150E+17: its last digits are gone.
    expect(parseIdNumber(532301199503150020)).toEqual({ problem: 'resume_import.id_number_as_number' });
    expect(parseIdNumber('')).toBeNull();
    const withX = idNumber('11010519491231002');
    expect(parseIdNumber(withX.toLowerCase())).toBe(withX);
  });

  it('normalises mobile numbers: +86, separators, full-width digits and number cells', () => {
    expect(parsePhone('+86 139-8781-2345')).toBe('13987812345');
    expect(parsePhone('(+86)139 8781 2345')).toBe('13987812345');
    expect(parsePhone(toFullWidth('13987812345'))).toBe('13987812345');
    expect(parsePhone(13987812345)).toBe('13987812345');
    expect(parsePhone('0878-3125678')).toEqual({ problem: 'resume_import.phone_format' });
    expect(parsePhone('1398781234')).toEqual({ problem: 'resume_import.phone_format' });
    expect(parsePhone(null)).toBeNull();
  });

  it('reads dates as Excel serials, Date cells and Chinese forms', () => {
    const month = { allowMonth: true, maxYear: 2035 };
    expect(parseSheetDate(45078, month)).toBe('2023-06-01');
    expect(parseSheetDate(new Date(Date.UTC(2023, 5, 30)), month)).toBe('2023-06-30');
    expect(parseSheetDate('2023年6月', month)).toBe('2023-06-01');
    expect(parseSheetDate('2023.06', month)).toBe('2023-06-01');
    expect(parseSheetDate('2023-06-01', month)).toBe('2023-06-01');
    expect(parseSheetDate('2023/6/30', month)).toBe('2023-06-30');
    expect(parseSheetDate(toFullWidth('2023') + '年' + toFullWidth('6') + '月', month)).toBe('2023-06-01');
    // Excel stores a typed 2023.06 as a number, and shows a typed 2023.10 as 2023.1.
    expect(parseSheetDate(2023.06, month)).toBe('2023-06-01');
    expect(parseSheetDate(2023.1, month)).toBe('2023-10-01');
    expect(parseSheetDate('2023届', month)).toBe('2023-07-01');
    expect(parseSheetDate(2023, month)).toBe('2023-07-01');
    expect(parseSheetDate('去年夏天', month)).toEqual({ problem: 'resume_import.month' });
    expect(parseSheetDate('2023年6月', { allowMonth: false, maxYear: 2025 })).toEqual({ problem: 'resume_import.date' });
    expect(parseSheetDate('2050-01-01', month)).toEqual({ problem: 'resume_import.date_range', params: { max: 2035 } });
    expect(parseSheetDate('', month)).toBeNull();
  });

  it('maps free-text education to the vocabulary', () => {
    const cases: [string, string][] = [
      ['本科', 'bachelor'],
      ['大学本科', 'bachelor'],
      ['学士', 'bachelor'],
      ['大专', 'associate'],
      ['专科', 'associate'],
      ['大学专科', 'associate'],
      ['高职', 'associate'],
      ['中专', 'secondary_vocational'],
      ['中技', 'secondary_vocational'],
      ['职高', 'secondary_vocational'],
      ['职业高中', 'secondary_vocational'],
      ['硕士', 'master'],
      ['研究生', 'master'],
      ['博士研究生', 'doctorate'],
      ['博士', 'doctorate'],
      ['高中', 'high_school'],
      ['初中', 'junior_high'],
      ['Bachelor', 'bachelor'],
      ['bachelor', 'bachelor'],
    ];
    for (const [text, level] of cases) expect([text, parseEducationLevel(text)]).toEqual([text, level]);
    expect(parseEducationLevel('幼儿园大班')).toMatchObject({ problem: 'resume_import.education_level' });
    expect(parseEducationLevel('')).toBeNull();
  });

  it('reads gender, skills, years of experience, regions and salaries', () => {
    expect(parseGender('男')).toBe('male');
    expect(parseGender('F')).toBe('female');
    expect(parseGender('未知')).toEqual({ problem: 'resume_import.gender' });
    expect(parseSkills('焊接、电工，CAD；PLC 编程;Office  焊接')).toEqual(['焊接', '电工', 'CAD', 'PLC', '编程', 'Office']);
    expect(parseSkills(Array.from({ length: 31 }, (_, i) => `技能${i}`).join('、'))).toMatchObject({ problem: 'resume_import.skills' });
    expect(parseExperienceYears('3年')).toBe(3);
    expect(parseExperienceYears('5年以上')).toBe(5);
    expect(parseExperienceYears('应届')).toBe(0);
    expect(parseExperienceYears(2.5)).toBe(2);
    expect(parseExperienceYears('很多')).toEqual({ problem: 'resume_import.experience_years' });
    expect(parseRegions('楚雄市、昆明')).toEqual(['532301', '530100']);
    expect(parseRegions('楚雄州 532301')).toEqual(['532300', '532301']);
    expect(parseRegions('不限')).toEqual([]);
    expect(parseRegions('火星基地')).toEqual({ problem: 'resume_import.region', params: { name: '火星基地' } });
    expect(parseSalary('4000-6000')).toEqual({ min: 4000, max: 6000 });
    expect(parseSalary('4000~6000元/月')).toEqual({ min: 4000, max: 6000 });
    expect(parseSalary('5k')).toEqual({ min: 5000, max: null });
    expect(parseSalary('4-6K')).toEqual({ min: 4000, max: 6000 });
    expect(parseSalary('1.2万')).toEqual({ min: 12000, max: null });
    expect(parseSalary(toFullWidth('5000'))).toEqual({ min: 5000, max: null });
    expect(parseSalary(4500)).toEqual({ min: 4500, max: null });
    expect(parseSalary('面议')).toBeNull();
    expect(parseSalary('6000-4000')).toMatchObject({ problem: 'resume_import.salary_range' });
    expect(parseSalary('看情况')).toEqual({ problem: 'resume_import.salary' });
  });

  it('unwraps exceljs cell values and writes numbers without exponent', () => {
    expect(rawCellOf({ richText: [{ text: '张' }, { text: '三' }] })).toBe('张三');
    expect(rawCellOf({ formula: 'A1', result: 42 } as never)).toBe(42);
    expect(rawCellOf({ error: '#N/A' } as never)).toBeNull();
    expect(cellText(13987812345)).toBe('13987812345');
    expect(cellText(toFullWidth('ABC123'))).toBe('ABC123');
  });

  it('normalises a whole row and derives birth date and gender from the ID number', () => {
    const { resume, issues } = normaliseResumeRow(
      {
        name: '李  雪梅',
        idNumber: toFullWidth(VALID_ID),
        phone: '+86 138 8780 0001',
        educationLevel: '大学本科',
        school: '楚雄师范学院',
        major: '化学',
        graduationOn: 45078,
        skills: '化学分析、Office',
        experienceYears: '1年',
        preferredRegions: '楚雄市',
        expectedSalary: '4000-6000',
        note: '春季招聘会',
      },
      TODAY,
    );
    expect(issues).toEqual([]);
    expect(resume).toEqual<ImportedResume>({
      name: '李雪梅',
      gender: 'female',
      birthDate: '1995-03-15',
      idNumber: VALID_ID,
      phone: '13887800001',
      email: null,
      educationLevel: 'bachelor',
      school: '楚雄师范学院',
      major: '化学',
      graduationOn: '2023-06-01',
      skills: ['化学分析', 'Office'],
      experienceYears: 1,
      preferredRegions: ['532301'],
      expectedSalaryMin: 4000,
      expectedSalaryMax: 6000,
      availableFrom: null,
      summary: '春季招聘会',
    });
  });

  it('reports every problem of a row with its field', () => {
    const { resume, issues } = normaliseResumeRow(
      { name: '', idNumber: WRONG_CHECK, phone: '12345', gender: '男', educationLevel: '幼儿园', graduationOn: '明年' },
      TODAY,
    );
    expect(resume).toBeNull();
    expect(issues.map((i) => `${i.field}:${i.message}`)).toEqual([
      'name:resume_import.name_required',
      'idNumber:resume_import.id_number_check',
      'phone:resume_import.phone_format',
      'educationLevel:resume_import.education_level',
      'graduationOn:resume_import.month',
    ]);
    const mismatch = normaliseResumeRow({ name: '王强', idNumber: VALID_ID, gender: '男', birthDate: '1995-03-16' }, TODAY);
    expect(mismatch.issues.map((i) => i.message)).toEqual(['resume_import.gender_mismatch', 'resume_import.birth_date_mismatch']);
    expect(normaliseResumeRow({ name: '王强' }, TODAY).issues).toEqual([{ field: 'phone', message: 'resume_import.id_or_phone_required' }]);
  });
});

describe('résumé file headers and encodings', () => {
  it('matches Chinese and English headers, skips a title row, and names unknown, repeated or missing ones', () => {
    const zh = matchHeaderRow(['姓名*', '性别', '身份证号', '手机号', '学历', '毕业院校', '专业', '毕业时间', '技能', '工作年限', '期望地区', '期望月薪', '来源招聘会/备注']);
    expect(zh.kind === 'header' && zh.map.fields.map((f) => f.field)).toEqual([
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
    ]);
    const en = matchHeaderRow(['Name', 'ID number', 'Mobile', 'Expected salary (yuan/month)', null, 'E-mail']);
    expect(en.kind === 'header' && en.map.fields).toEqual([
      { index: 0, field: 'name' },
      { index: 1, field: 'idNumber' },
      { index: 2, field: 'phone' },
      { index: 3, field: 'expectedSalary' },
      { index: 5, field: 'email' },
    ]);
    expect(matchHeaderRow(['2024 年春季招聘会简历汇总'])).toEqual({ kind: 'title' });
    expect(matchHeaderRow(['姓名', '手机号', '爱好'])).toEqual({
      kind: 'problem',
      problem: { message: 'resume_import.unknown_headers', params: { headers: '爱好' } },
    });
    expect(matchHeaderRow(['姓名', '手机', '手机号'])).toMatchObject({ kind: 'problem', problem: { message: 'resume_import.duplicate_headers' } });
    expect(matchHeaderRow(['姓名', '学历'])).toMatchObject({
      kind: 'problem',
      problem: { message: 'resume_import.missing_headers', params: { headers: '身份证号或手机号' } },
    });
  });

  it('tells UTF-8 from GBK by the first bytes that are not ASCII', () => {
    const text = '姓名,手机号\n张三,13987812345\n';
    expect(detectTextEncoding(Buffer.from(text, 'utf8'))).toBe('utf-8');
    expect(detectTextEncoding(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]))).toBe('utf-8');
    expect(detectTextEncoding(iconv.encode(text, 'gbk'))).toBe('gbk');
    expect(detectTextEncoding(Buffer.from('name,phone\n'))).toBeNull();
    expect(looksLikeText(iconv.encode(text, 'gbk'))).toBe(true);
    expect(looksLikeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]))).toBe(false);
    expect(guessDelimiter('姓名\t手机号\n')).toBe('\t');
    expect(guessDelimiter('姓名,手机号\n')).toBe(',');
  });
});

describe('résumé de-duplication', () => {
  const rows = (...keys: [string | null, string | null][]): RowKeys[] =>
    keys.map(([idHash, phoneHash], i) => ({ rowNumber: i + 2, idHash, phoneHash }));

  it('links repeats in the file by ID number or phone, and to profiles of the pool', () => {
    const pool: PoolProfile[] = [
      { id: 'p1', idNumberHash: 'id-pool', phoneHash: 'ph-pool', isMergeable: true },
      { id: 'p2', idNumberHash: null, phoneHash: 'ph-other-zone', isMergeable: false },
    ];
    const { links, conflicts } = resolveDuplicates(
      rows(['id-a', 'ph-a'], ['id-a', null], [null, 'ph-a'], ['id-pool', null], [null, 'ph-pool'], [null, 'ph-other-zone'], ['id-b', 'ph-b']),
      pool,
    );
    expect(conflicts).toEqual([]);
    expect(links).toEqual([
      { kind: 'new' },
      { kind: 'row', head: 0, by: 'idNumber' },
      { kind: 'row', head: 0, by: 'phone' },
      { kind: 'pool', seekerId: 'p1', isMergeable: true, by: 'idNumber' },
      { kind: 'pool', seekerId: 'p1', isMergeable: true, by: 'phone' },
      { kind: 'pool', seekerId: 'p2', isMergeable: false, by: 'phone' },
      { kind: 'new' },
    ]);
  });

  it('carries keys a later row adds, so a third row with only the new key finds the same person', () => {
    const { links } = resolveDuplicates(rows([null, 'ph-a'], ['id-a', 'ph-a'], ['id-a', 'ph-new']), []);
    expect(links.map((l) => l.kind)).toEqual(['new', 'row', 'row']);
  });

  it('refuses to guess when the phone belongs to someone with another ID number', () => {
    const pool: PoolProfile[] = [{ id: 'p1', idNumberHash: 'id-pool', phoneHash: 'ph-pool', isMergeable: true }];
    const { links, conflicts } = resolveDuplicates(rows(['id-a', 'ph-a'], ['id-b', 'ph-a'], ['id-c', 'ph-pool'], ['id-a', 'ph-pool']), pool);
    expect(links.map((l) => l.kind)).toEqual(['new', 'conflict', 'conflict', 'conflict']);
    expect(conflicts.map((c) => [c.index, c.issue.message, c.issue.params])).toEqual([
      [1, 'resume_import.phone_conflict_in_file', { row: 2 }],
      [2, 'resume_import.phone_conflict_in_pool', undefined],
      [3, 'resume_import.phone_conflict_in_pool', undefined],
    ]);
  });

  const base: ImportedResume = {
    name: '张三',
    gender: null,
    birthDate: null,
    idNumber: VALID_ID,
    phone: null,
    email: null,
    educationLevel: null,
    school: null,
    major: null,
    graduationOn: null,
    skills: [],
    experienceYears: null,
    preferredRegions: [],
    expectedSalaryMin: null,
    expectedSalaryMax: null,
    availableFrom: null,
    summary: null,
  };

  it('merges by filling empty fields only, or skips, as the operator chooses', () => {
    const first = { ...base, school: '楚雄师范学院' };
    const repeat = { ...base, name: '张叁', school: '大理大学', phone: '13987812345', skills: ['焊接'], expectedSalaryMin: 5000 };
    const links = resolveDuplicates(rows(['id-a', null], ['id-a', 'ph-a']), []).links;
    const merged = planCommit([first, repeat], links, 'merge');
    expect(merged.inserts).toEqual([{ ...first, phone: '13987812345', skills: ['焊接'], expectedSalaryMin: 5000 }]);
    expect(merged).toMatchObject({ merged: 1, skipped: 0 });
    const skipped = planCommit([first, repeat], links, 'skip');
    expect(skipped.inserts).toEqual([first]);
    expect(skipped).toMatchObject({ merged: 0, skipped: 1 });

    const poolLinks = resolveDuplicates(rows(['id-pool', null], ['id-other', null]), [
      { id: 'p1', idNumberHash: 'id-pool', phoneHash: null, isMergeable: true },
      { id: 'p2', idNumberHash: 'id-other', phoneHash: null, isMergeable: false },
    ]).links;
    expect(planCommit([repeat, repeat], poolLinks, 'merge')).toMatchObject({ inserts: [], merges: [{ seekerId: 'p1', rows: [repeat] }], merged: 1, skipped: 1 });
    expect(planCommit([repeat, repeat], poolLinks, 'skip')).toMatchObject({ inserts: [], merges: [], skipped: 2 });

    const existing = { ...base, idNumber: true, phone: false, school: '楚雄医药高等专科学校', experienceYears: null };
    expect(fillEmptyFields(existing, repeat)).toEqual({ phone: '13987812345', skills: ['焊接'], expectedSalaryMin: 5000, expectedSalaryMax: null });
  });
});
