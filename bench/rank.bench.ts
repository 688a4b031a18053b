// Ranking job seekers for a position at city scale: 1 000 000 generated profiles in the candidate
// index, 50 real-looking positions (the demo generator's) ranked top 50 with explanations and text
// relevance; then the same scoring as one SQL query over the encoded profiles on the PostgreSQL
// server, for ten of the positions, its top results compared with the index's.
// QIAO_BENCH_RANK_COUNT changes the number of profiles; QIAO_BENCH_RANK_SQL=0 leaves out the SQL part.
import pg from 'pg';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { generateDemoPositions } from '../src/modules/demo/demo-positions';
import { Rng } from '../src/modules/demo/random';
import { createCandidateIndex } from '../src/modules/matching/engine/candidate-index';
import { lookupMajor } from '../src/modules/matching/engine/majors';
import {
  addDays,
  DEFAULT_WEIGHTS,
  hundredthsOf,
  type MatchingWeights,
  OPEN_POST_WAIT_DAYS,
  pointsOf,
  type PositionFeatureInput,
  preparePosition,
  prepareSeeker,
  scoreAccommodation,
  scoreEducation,
  scoreExperience,
  scoreMajor,
  scoreSalary,
  type SeekerFeatureInput,
  skillPoints,
  weightSum,
} from '../src/modules/matching/engine/scoring';
import { IDF_SCALE } from '../src/modules/matching/engine/text';
import { EDUCATION_LEVELS, type EducationLevel } from '../src/modules/positions/positions.codes';

const COUNT = Number(process.env.QIAO_BENCH_RANK_COUNT ?? 1_000_000);
const RUN_SQL = process.env.QIAO_BENCH_RANK_SQL !== '0';
const SERVER_URL = process.env.QIAO_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const ZONE = 'zone-chuxiong';
const OTHER_ZONE = 'zone-other';
const TODAY = '2023-06-15';
const LIMIT = 50;
const POSITIONS = 50;
const ROUNDS = 3;
const SQL_POSITIONS = 10;
const WEIGHTS: MatchingWeights = DEFAULT_WEIGHTS;

function log(message: string): void {
  console.error(`[rank bench] ${message}`);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

// ---------------------------------------------------------------------------------------------
// Profiles: each seeker's career follows one of 4 000 demo postings (its majors, skills, title and
// duties), so majors, skills and résumé words overlap with positions the way real ones do.

const anchors = generateDemoPositions(4000, 20240101);
const allMajors = [...new Set(anchors.flatMap((p) => p.majors))];
const GENERAL_SKILLS = ['C1驾照', '驾驶证 C1', 'Office 办公软件', 'Excel', '英语四级', '计算机二级', '普通话二级甲等', 'CAD', 'PS'];
const REGIONS: readonly (readonly [string, number])[] = [
  ['532301', 40], ['532300', 14], ['532302', 8], ['532324', 4], ['532326', 3], ['532328', 3], ['532329', 3], ['532323', 2],
  ['532325', 2], ['532322', 2], ['532327', 1], ['530100', 5], ['530000', 3], ['532900', 2], ['510100', 1],
];
const LEVEL_ZH: Record<EducationLevel, string> = {
  none: '', junior_high: '初中', high_school: '高中', secondary_vocational: '中专', associate: '大专', bachelor: '本科', master: '硕士', doctorate: '博士',
};
const WISHES = ['希望留在楚雄工作', '愿意到高新区企业发展', '希望从事本专业相关工作', '可接受倒班', '服从岗位安排', '能吃苦耐劳'];

/** A distinct, random-looking UUID (as the database's gen_random_uuid gives) for the i-th record of a kind. */
function idOf(kind: number, i: number): string {
  let h = Math.imul(i ^ (kind << 24), 0x9e3779b1) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b) >>> 0;
  h = (h ^ (h >>> 13)) >>> 0;
  const hex = h.toString(16).padStart(8, '0');
  return `${hex}-${hex.slice(0, 4)}-4${hex.slice(4, 7)}-8${hex.slice(1, 4)}-${kind.toString(16)}${i.toString(16).padStart(11, '0')}`;
}

function sentences(duties: string, count: number): string {
  return duties
    .split(/[。\n]/)
    .map((s) => s.replace(/^\d+\.\s*/, '').trim())
    .filter(Boolean)
    .slice(0, count)
    .join('，');
}

function* generateSeekers(count: number, seed: number): Generator<SeekerFeatureInput> {
  const rng = new Rng(seed);
  for (let i = 0; i < count; i += 1) {
    const anchor = anchors[Math.floor(rng.next() * anchors.length)]!;
    const levelIndex = EDUCATION_LEVELS.indexOf(anchor.educationLevel);
    const level = EDUCATION_LEVELS[Math.min(7, Math.max(1, levelIndex + rng.int(-1, 1)))]!;
    const isSchooled = level !== 'junior_high' && level !== 'high_school';
    const major = !isSchooled ? null : anchor.majors.length > 0 && rng.chance(0.75) ? rng.pick(anchor.majors) : rng.pick(allMajors);
    const other = anchors[Math.floor(rng.next() * anchors.length)]!;
    const skills = rng.sample(anchor.skills, rng.int(1, 3));
    if (rng.chance(0.4)) skills.push(rng.pick(other.skills));
    if (rng.chance(0.3)) skills.push(rng.pick(GENERAL_SKILLS));
    const years = rng.chance(0.3) ? 0 : rng.chance(0.6) ? rng.int(1, 4) : rng.int(5, 20);
    const regions: string[] = [];
    if (!rng.chance(0.1)) {
      const wanted = rng.chance(0.35) ? 2 : 1;
      while (regions.length < wanted) {
        const code = rng.weighted(REGIONS);
        if (!regions.includes(code)) regions.push(code);
      }
    }
    const expected = rng.chance(0.05) ? null : Math.max(2500, Math.round(((anchor.salaryMin ?? 4000) * (0.85 + rng.next() * 0.4) + years * 100) / 500) * 500);
    const summary = `${major ? `${major}专业` : ''}${LEVEL_ZH[level]}毕业，${years > 0 ? `${years}年工作经验` : '应届毕业生'}，技能：${skills.join('、')}；${rng.pick(WISHES)}。`;
    const jobs = years > 0 ? [`${anchor.title}：${sentences(anchor.duties, 2)}`] : [];
    if (years > 3 && rng.chance(0.5)) jobs.push(`${other.title}：${sentences(other.duties, 1)}`);
    yield {
      id: idOf(1, i),
      zoneId: rng.chance(0.95) ? ZONE : OTHER_ZONE,
      eligible: rng.chance(0.92),
      educationLevel: level,
      major,
      skills,
      experienceYears: years,
      preferredRegions: regions,
      expectedSalaryMin: expected,
      expectedSalaryMax: expected === null ? null : expected + 1000,
      needsAccommodation: rng.chance(0.02),
      availableFrom: rng.chance(0.55) ? null : addDays('2023-01-01', rng.int(0, 700)),
      resumeText: [summary, ...jobs, skills.join(' ')].join('\n'),
    };
  }
}

const positions: PositionFeatureInput[] = generateDemoPositions(POSITIONS, 20230901).map((p, i) => ({
  id: idOf(2, i),
  zoneId: ZONE,
  title: p.title,
  duties: p.duties,
  educationLevel: p.educationLevel,
  majors: p.majors,
  skills: p.skills,
  experienceYears: p.experienceYears,
  regionCode: p.regionCode,
  salaryMin: p.salaryMin,
  salaryMax: p.salaryMax,
  isDisabilityFriendly: p.isDisabilityFriendly,
  accommodation: p.accommodation,
  closingOn: p.closingOn,
}));

// ---------------------------------------------------------------------------------------------
// The index

const SEED = 20230615;
const index = createCandidateIndex();
const started = performance.now();
for (const seeker of generateSeekers(COUNT, SEED)) index.upsert(seeker);
const buildSeconds = (performance.now() - started) / 1000;
const indexMb = index.memoryBytes() / 1e6;
log(`${COUNT} profiles generated and indexed in ${buildSeconds.toFixed(1)} s (${index.size} eligible), ~${indexMb.toFixed(0)} MB`);
const memory = process.memoryUsage();
log(`process: heap ${(memory.heapUsed / 1e6).toFixed(0)} MB, array buffers ${(memory.arrayBuffers / 1e6).toFixed(0)} MB; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);

type Ranked = ReturnType<typeof index.rank>;
const rankOptions = { zoneId: ZONE, today: TODAY, limit: LIMIT };
for (const position of positions) index.rank(position, WEIGHTS, rankOptions);
const samples: number[] = [];
const results = new Map<string, Ranked>();
for (let round = 0; round < ROUNDS; round += 1) {
  for (const position of positions) {
    const start = performance.now();
    const ranked = index.rank(position, WEIGHTS, rankOptions);
    samples.push(performance.now() - start);
    results.set(position.id, ranked);
  }
}
const p50 = percentile(samples, 50);
const p95 = percentile(samples, 95);
log(`rank top ${LIMIT} of ${POSITIONS} positions × ${ROUNDS}: p50 ${p50.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, max ${Math.max(...samples).toFixed(2)} ms; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
const first = results.get(positions[0]!.id)!;
log(`e.g. ${positions[0]!.title}: ${first.matched} matched, best ${first.items[0]?.match.total}, 50th ${first.items.at(-1)?.match.total}`);

console.log(`BENCH rank.1m.p50_ms ${p50.toFixed(2)}`);
console.log(`BENCH rank.1m.p95_ms ${p95.toFixed(2)}`);
console.log(`BENCH rank.1m.index_mb ${indexMb.toFixed(0)}`);
console.log(`BENCH rank.1m.build_s ${buildSeconds.toFixed(1)}`);


// ---------------------------------------------------------------------------------------------
// The same scoring as one SQL query on the server, over the profiles encoded the way the index
// encodes them (vocabulary ids, canonical skill ids, word ids, region codes as integers). The
// per-position tables (points by education level, by major id, by number of skills held …) come
// from the engine's factor functions, so the query's totals can be compared with the index's.

const SCHEMA = 'qiao_bench_rank';
const BATCH = 50_000;

/** Ids in order of first appearance. */
class Ids {
  private readonly ids = new Map<string, number>();
  of(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size + 1;
      this.ids.set(key, id);
    }
    return id;
  }
  find(key: string): number | undefined {
    return this.ids.get(key);
  }
  entries(): IterableIterator<[string, number]> {
    return this.ids.entries();
  }
}

const DAY_MS = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const arrayLiteral = (values: readonly number[]) => `{${values.join(',')}}`;

async function runSql(): Promise<number> {
  const client = new pg.Client({ connectionString: SERVER_URL });
  await client.connect();
  try {
    await client.query(`drop schema if exists ${SCHEMA} cascade`);
    await client.query(`create schema ${SCHEMA}`);
    await client.query(`
      create unlogged table ${SCHEMA}.seekers (
        id text not null,
        zone smallint not null,
        eligible boolean not null,
        education smallint not null,
        major int not null,
        skills int[] not null,
        experience smallint not null,
        regions int[] not null,
        salary int not null,
        accommodation boolean not null,
        available int,
        terms int[] not null
      )`);
    const majors = new Ids();
    const skills = new Ids();
    const salaries = new Ids();
    const words = new Ids();
    const majorInfo = new Map<number, ReturnType<typeof lookupMajor>>();
    const salaryValue = new Map<number, number>();
    let started = performance.now();
    let batch = emptyBatch();
    const flush = async () => {
      await client.query(
        `insert into ${SCHEMA}.seekers
         select id, zone, eligible, education, major, skills::int[], experience, regions::int[], salary, accommodation, available, terms::int[]
         from unnest($1::text[], $2::int2[], $3::bool[], $4::int2[], $5::int[], $6::text[], $7::int2[], $8::text[], $9::int[], $10::bool[], $11::int[], $12::text[])
           as t(id, zone, eligible, education, major, skills, experience, regions, salary, accommodation, available, terms)`,
        Object.values(batch),
      );
      batch = emptyBatch();
    };
    for (const seeker of generateSeekers(COUNT, SEED)) {
      const prepared = prepareSeeker(seeker);
      const major = prepared.major ? majors.of(prepared.major.key) : 0;
      if (prepared.major) majorInfo.set(major, prepared.major);
      const salary = prepared.expectedSalaryMin === null ? 0 : salaries.of(String(prepared.expectedSalaryMin));
      if (prepared.expectedSalaryMin !== null) salaryValue.set(salary, prepared.expectedSalaryMin);
      batch.id.push(seeker.id);
      batch.zone.push(seeker.zoneId === ZONE ? 1 : 2);
      batch.eligible.push(seeker.eligible);
      batch.education.push(seeker.educationLevel === null ? 8 : EDUCATION_LEVELS.indexOf(seeker.educationLevel));
      batch.major.push(major);
      batch.skills.push(arrayLiteral([...prepared.skills].map((key) => skills.of(key))));
      batch.experience.push(prepared.experienceYears);
      batch.regions.push(arrayLiteral(prepared.preferredRegions.map(Number)));
      batch.salary.push(salary);
      batch.accommodation.push(prepared.needsAccommodation);
      batch.available.push(prepared.availableFrom === null ? null : dayOf(prepared.availableFrom));
      batch.terms.push(arrayLiteral([...prepared.terms].map((term) => words.of(term))));
      if (batch.id.length === BATCH) await flush();
    }
    if (batch.id.length > 0) await flush();
    await client.query(`analyze ${SCHEMA}.seekers`);
    log(`loaded ${COUNT} encoded profiles into PostgreSQL in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const sqlSamples: number[] = [];
    let agreeing = 0;
    let agreeingRows = 0;
    const compared = positions.slice(0, SQL_POSITIONS);
    for (const [i, position] of compared.entries()) {
      const query = sqlQuery(position, { majors, majorInfo, skills, salaries, salaryValue, words });
      started = performance.now();
      const { rows } = await client.query<{ id: string; tenths: number }>(query.text, query.values);
      const ms = performance.now() - started;
      // The first query warms the table into the server's cache.
      if (i > 0) sqlSamples.push(ms);
      const ranked = results.get(position.id)!.items;
      const same = rows.filter((row, k) => row.id === ranked[k]?.seekerId && row.tenths === Math.round((ranked[k]?.match.total ?? 0) * 10)).length;
      agreeingRows += same;
      if (same === ranked.length && rows.length === ranked.length) agreeing += 1;
      log(`  SQL ${position.title}: ${ms.toFixed(0)} ms, ${same}/${ranked.length} of the index's top ${LIMIT} in the same places`);
    }
    log(`agreement: ${agreeing}/${compared.length} positions identical, ${agreeingRows}/${compared.length * LIMIT} rows`);
    return percentile(sqlSamples, 50);
  } finally {
    await client.query(`drop schema if exists ${SCHEMA} cascade`);
    await client.end();
  }
}

function emptyBatch() {
  return {
    id: [] as string[],
    zone: [] as number[],
    eligible: [] as boolean[],
    education: [] as number[],
    major: [] as number[],
    skills: [] as string[],
    experience: [] as number[],
    regions: [] as string[],
    salary: [] as number[],
    accommodation: [] as boolean[],
    available: [] as (number | null)[],
    terms: [] as string[],
  };
}

type Encoding = {
  majors: Ids;
  majorInfo: Map<number, ReturnType<typeof lookupMajor>>;
  skills: Ids;
  salaries: Ids;
  salaryValue: Map<number, number>;
  words: Ids;
};

/** One query scoring every eligible seeker of the zone for `position`: tables as arrays, region and date rules in SQL. */
function sqlQuery(position: PositionFeatureInput, encoding: Encoding): { text: string; values: unknown[] } {
  const prepared = preparePosition(position);
  const w = WEIGHTS;
  const h = (points: number) => hundredthsOf(points);
  const education = [...EDUCATION_LEVELS, null].map((level) => h(scoreEducation(w.education, prepared.educationLevel, level).points));
  const majorTable = [h(scoreMajor(w.major, prepared.majors, null).points)];
  for (const [, id] of encoding.majors.entries()) majorTable[id] = h(scoreMajor(w.major, prepared.majors, encoding.majorInfo.get(id)!).points);
  const required = prepared.skills.flatMap((skill) => encoding.skills.find(skill.key) ?? []);
  const skillTable = Array.from({ length: prepared.skills.length + 1 }, (_, held) => h(skillPoints(w.skills, held, prepared.skills.length)));
  const experience = Array.from({ length: 61 }, (_, years) => h(scoreExperience(w.experience, prepared.experienceYears, years).points));
  const salaryTable = [h(scoreSalary(w.salary, null, prepared.salaryMin, prepared.salaryMax).points)];
  for (const [id, value] of encoding.salaryValue) salaryTable[id] = h(scoreSalary(w.salary, value, prepared.salaryMin, prepared.salaryMax).points);
  const location = [1, 0.7, 0.4, 0.5].map((fraction) => hundredthsOf(pointsOf(w.location, fraction)));
  const availability = [1, 0.7, 0.2].map((fraction) => hundredthsOf(pointsOf(w.availability, fraction)));
  const accommodation = [true, false].map((friendly) => h(scoreAccommodation(w.accommodation, true, friendly).points));
  const termIds: number[] = [];
  const termUnits: number[] = [];
  let totalUnits = 0;
  for (const term of prepared.terms) {
    const units = Math.round(index.termWeight(term) * IDF_SCALE);
    totalUnits += units;
    const id = encoding.words.find(term);
    if (id !== undefined) {
      termIds.push(id);
      termUnits.push(units);
    }
  }
  const closing = prepared.closingOn ?? addDays(TODAY, OPEN_POST_WAIT_DAYS);
  const text = `
    with scored as (
      select id,
        ($1::int[])[education + 1]
        + ($2::int[])[major + 1]
        + ($3::int[])[1 + (select count(*)::int from unnest(skills) s where s = any($4::int[]))]
        + ($5::int[])[least(experience, 60) + 1]
        + coalesce((
            select max(case
              when r = $6 or (r % 10000 <> 0 and r % 100 = 0 and r / 100 = $6 / 100) or (r % 10000 = 0 and r / 10000 = $6 / 10000) then ($7::int[])[1]
              when r / 100 = $6 / 100 then ($7::int[])[2]
              when r / 10000 = $6 / 10000 then ($7::int[])[3]
              else 0 end)
            from unnest(regions) r), ($7::int[])[4])
        + ($8::int[])[salary + 1]
        + case when not accommodation or $9::bool then ($10::int[])[1] else ($10::int[])[2] end
        + case when available is null or available <= $11 then ($12::int[])[1] when available <= $13 then ($12::int[])[2] else ($12::int[])[3] end
        + case when $16::int = 0 then 0 else floor(
            $14::float8 * ((select coalesce(sum(u.units), 0) from unnest(terms) t(id) join unnest($15::int[], $17::int[]) u(id, units) using (id))::float8 / $16) * 100 + 0.5
          )::int end as hundredths
      from ${SCHEMA}.seekers
      where zone = 1 and eligible
    )
    select id, floor(10.0 * hundredths / $18 + 0.5)::int as tenths
    from scored
    order by tenths desc, id collate "C"
    limit ${LIMIT}`;
  return {
    text,
    values: [
      education, majorTable, skillTable, required, experience, Number(prepared.regionCode), location, salaryTable,
      prepared.isDisabilityFriendly, accommodation, dayOf(TODAY), availability, dayOf(closing), w.text, termIds, totalUnits, termUnits, weightSum(w),
    ],
  };
}

// ---------------------------------------------------------------------------------------------

if (RUN_SQL) {
  const sqlP50 = await runSql();
  console.log(`BENCH rank.sql.p50_ms ${sqlP50.toFixed(0)}`);
  console.log(`BENCH rank.1m.speedup_vs_sql ${(sqlP50 / p50).toFixed(0)}`);
}
