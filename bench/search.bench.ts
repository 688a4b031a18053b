// Chinese position search at province scale: 200 000 generated positions, 20 typical queries ranked
// by relevance. The in-process index (built from the database rows the way the server builds it)
// plus fetching the page's 20 rows by id, on the PostgreSQL server and on PGlite; against a naive
// ILIKE '%…%' query on the server and against FlexSearch over the same texts, in the same run.
import { Charset, Index } from 'flexsearch';
import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import pg from 'pg';
import { performance } from 'node:perf_hooks';
import { generateDemoOrganisations } from '../src/modules/demo/demo-organisations';
import { generateDemoPositions } from '../src/modules/demo/demo-positions';
import type { Industry } from '../src/modules/organisations/organisations.codes';
import { EDUCATION_LABELS_ZH, type EducationLevel, type EmploymentType } from '../src/modules/positions/positions.codes';
import { createPositionIndex, type PositionIndex, type SearchablePosition } from '../src/modules/positions/search/position-index';
import { normalizeSearchText } from '../src/modules/positions/search/segment';
import { type Database, openDatabase } from '../src/platform/db';
import { organisations, positions, zones } from '../src/platform/schema';

const COUNT = Number(process.env.QIAO_BENCH_SEARCH_COUNT ?? 200_000);
const SERVER_URL = process.env.QIAO_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const BENCH_DB = 'qiao_bench_search';
const ROUNDS = 10;
const ILIKE_ROUNDS = 3;
const PAGE = 20;
const QUERIES = [
  '制药工程师', '本科 质检', '数控', '电工', '新材料', '销售', '楚雄 会计', '食品检验', 'GMP', '叉车司机',
  '物流', '仓库管理员', '机械设计', '中药', '化工操作工', '电商运营', '人力资源', '实习生', '钛', 'Java',
];

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function log(message: string): void {
  console.error(`[search bench] ${message}`);
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}

// ---------------------------------------------------------------------------------------------
// Data

const enterprises = generateDemoOrganisations().filter((o) => o.type === 'enterprise');
let started = performance.now();
const generated = generateDemoPositions(
  COUNT,
  20230601,
  enterprises.map((o) => ({ name: o.name, industry: o.industry, regionCode: o.regionCode })),
);
log(`generated ${COUNT} positions in ${seconds(started)} s`);

async function load(database: Database): Promise<void> {
  const db = database.db;
  const [zone] = await db.insert(zones).values({ name: '楚雄高新技术产业开发区', regionCode: '532301' }).returning();
  if (!zone) throw new Error('no zone');
  const orgRows = await db
    .insert(organisations)
    .values(enterprises.map(({ key: _key, ...org }) => ({ ...org, zoneId: zone.id })))
    .returning({ id: organisations.id });
  const chunk = database.kind === 'pglite' ? 500 : 2000;
  for (let at = 0; at < generated.length; at += chunk) {
    await db.insert(positions).values(
      generated.slice(at, at + chunk).map(({ organisationIndex, organisationName: _name, ...p }) => ({
        ...p,
        zoneId: zone.id,
        organisationId: orgRows[organisationIndex]!.id,
      })),
    );
  }
  await db.execute(sql`analyze`);
}

type IndexedRow = SearchablePosition;

/** Reads published positions with their organisation, in id order, a page at a time, into a new index. */
async function buildIndex(database: Database): Promise<{ index: PositionIndex; rows: IndexedRow[]; seconds: number }> {
  const started = performance.now();
  const index = createPositionIndex();
  const rows: IndexedRow[] = [];
  let last = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const page = await database.db
      .select({
        id: positions.id,
        title: positions.title,
        duties: positions.duties,
        skills: positions.skills,
        majors: positions.majors,
        educationLevel: positions.educationLevel,
        regionCode: positions.regionCode,
        salaryMin: positions.salaryMin,
        salaryMax: positions.salaryMax,
        isDisabilityFriendly: positions.isDisabilityFriendly,
        employmentType: positions.employmentType,
        publishedAt: positions.publishedAt,
        organisationName: organisations.name,
        industry: organisations.industry,
      })
      .from(positions)
      .innerJoin(organisations, eq(organisations.id, positions.organisationId))
      .where(and(eq(positions.status, 'published'), gt(positions.id, last)))
      .orderBy(asc(positions.id))
      .limit(10_000);
    if (page.length === 0) break;
    for (const row of page) {
      const doc: IndexedRow = {
        ...row,
        educationLevel: row.educationLevel as EducationLevel,
        employmentType: row.employmentType as EmploymentType,
        industry: row.industry as Industry,
        publishedAt: row.publishedAt?.getTime() ?? 0,
      };
      index.upsert(doc);
      rows.push(doc);
    }
    last = page[page.length - 1]!.id;
  }
  return { index, rows, seconds: (performance.now() - started) / 1000 };
}

/** A search as the API will run it: the index picks the page, the database gives its rows. */
async function fullSearch(database: Database, index: PositionIndex, q: string): Promise<number> {
  const { ids, total } = index.search({ q, limit: PAGE });
  if (ids.length === 0) return total;
  const rows = await database.db
    .select({
      id: positions.id,
      title: positions.title,
      headcount: positions.headcount,
      educationLevel: positions.educationLevel,
      regionCode: positions.regionCode,
      salaryMin: positions.salaryMin,
      salaryMax: positions.salaryMax,
      isDisabilityFriendly: positions.isDisabilityFriendly,
      publishedAt: positions.publishedAt,
      organisationName: organisations.name,
    })
    .from(positions)
    .innerJoin(organisations, eq(organisations.id, positions.organisationId))
    .where(inArray(positions.id, ids));
  const byId = new Map(rows.map((row) => [row.id, row]));
  if (ids.some((id) => !byId.has(id))) throw new Error('a result row is missing');
  return total;
}

async function timeSearches(database: Database, index: PositionIndex): Promise<number[]> {
  for (const q of QUERIES) await fullSearch(database, index, q);
  const samples: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const q of QUERIES) {
      const start = performance.now();
      await fullSearch(database, index, q);
      samples.push(performance.now() - start);
    }
  }
  return samples;
}

async function timeIlike(database: Database): Promise<number[]> {
  const samples: number[] = [];
  for (let round = 0; round < ILIKE_ROUNDS; round += 1) {
    for (const q of QUERIES) {
      const words = q.split(/\s+/).filter(Boolean);
      const text = sql`(${positions.title} || ' ' || ${positions.duties} || ' ' || ${positions.skills}::text)`;
      const start = performance.now();
      await database.db
        .select({
          id: positions.id,
          title: positions.title,
          publishedAt: positions.publishedAt,
          total: sql<number>`count(*) over ()`,
        })
        .from(positions)
        .where(and(eq(positions.status, 'published'), ...words.map((w) => sql`${text} ilike ${`%${w}%`}`)))
        .orderBy(sql`${positions.publishedAt} desc`)
        .limit(PAGE);
      samples.push(performance.now() - start);
    }
  }
  return samples;
}

function searchableText(doc: IndexedRow): string {
  return [doc.title, doc.organisationName, doc.skills.join(' '), doc.majors.join(' '), EDUCATION_LABELS_ZH[doc.educationLevel], doc.duties].join(' ');
}

function timeFlexSearch(rows: IndexedRow[]): number[] {
  const started = performance.now();
  const flex = new Index({ encoder: Charset.CJK, tokenize: 'forward' });
  rows.forEach((doc, i) => flex.add(i, searchableText(doc)));
  log(`FlexSearch built in ${seconds(started)} s`);
  for (const q of QUERIES) flex.search(q, { limit: PAGE });
  const samples: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const q of QUERIES) {
      const start = performance.now();
      flex.search(q, { limit: PAGE });
      samples.push(performance.now() - start);
    }
  }
  return samples;
}

/** Share of the postings containing every space-separated part of a query that the index finds, over all queries. */
function recallAgainstSubstring(index: PositionIndex, rows: IndexedRow[]): number {
  const texts = rows.map((doc) =>
    [doc.title, doc.organisationName, ...doc.skills, ...doc.majors, EDUCATION_LABELS_ZH[doc.educationLevel], doc.duties].map(normalizeSearchText),
  );
  let expected = 0;
  let found = 0;
  for (const q of QUERIES) {
    const parts = normalizeSearchText(q).split(/\s+/).filter(Boolean);
    const hits = new Set(index.search({ q, limit: rows.length }).ids);
    let queryExpected = 0;
    let queryFound = 0;
    rows.forEach((doc, i) => {
      if (!parts.every((part) => texts[i]!.some((text) => text.includes(part)))) return;
      queryExpected += 1;
      if (hits.has(doc.id)) queryFound += 1;
    });
    log(`  ${q}: ${hits.size} found, ${queryExpected} contain the query, recall ${(queryFound / Math.max(1, queryExpected)).toFixed(4)}`);
    expected += queryExpected;
    found += queryFound;
  }
  return expected === 0 ? 1 : found / expected;
}

// ---------------------------------------------------------------------------------------------
// Run

async function withServerDatabase<T>(run: (database: Database) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  await admin.query(`drop database if exists ${BENCH_DB} with (force)`);
  await admin.query(`create database ${BENCH_DB}`);
  const url = new URL(SERVER_URL);
  url.pathname = `/${BENCH_DB}`;
  const database = await openDatabase({ databaseUrl: url.toString() });
  try {
    await database.migrate();
    return await run(database);
  } finally {
    await database.close();
    await admin.query(`drop database if exists ${BENCH_DB} with (force)`);
    await admin.end();
  }
}

const server = await withServerDatabase(async (database) => {
  started = performance.now();
  await load(database);
  log(`loaded the PostgreSQL server in ${seconds(started)} s`);
  const built = await buildIndex(database);
  log(`index of ${built.index.size} positions built from the server in ${built.seconds.toFixed(1)} s, ~${(built.index.memoryBytes() / 1e6).toFixed(0)} MB`);
  const searches = await timeSearches(database, built.index);
  const ilike = await timeIlike(database);
  const recall = recallAgainstSubstring(built.index, built.rows);
  return { searches, ilike, recall, buildSeconds: built.seconds, indexMb: built.index.memoryBytes() / 1e6, rows: built.rows };
});
const flexsearch = timeFlexSearch(server.rows);
server.rows.length = 0;

const pglite = await openDatabase({});
let pgliteSearches: number[];
try {
  await pglite.migrate();
  started = performance.now();
  await load(pglite);
  log(`loaded PGlite in ${seconds(started)} s`);
  const built = await buildIndex(pglite);
  log(`index built from PGlite in ${built.seconds.toFixed(1)} s`);
  pgliteSearches = await timeSearches(pglite, built.index);
} finally {
  await pglite.close();
}

const pgP95 = percentile(server.searches, 95);
const ilikeP95 = percentile(server.ilike, 95);
const flexP95 = percentile(flexsearch, 95);
console.log(`BENCH search.pg.p95_ms ${pgP95.toFixed(2)}`);
console.log(`BENCH search.pg.p50_ms ${percentile(server.searches, 50).toFixed(2)}`);
console.log(`BENCH search.pglite.p95_ms ${percentile(pgliteSearches, 95).toFixed(2)}`);
console.log(`BENCH search.ilike.p95_ms ${ilikeP95.toFixed(1)}`);
console.log(`BENCH search.flexsearch.p95_ms ${flexP95.toFixed(2)}`);
console.log(`BENCH search.pg.speedup_vs_ilike ${(ilikeP95 / pgP95).toFixed(1)}`);
console.log(`BENCH search.pg.speedup_vs_flexsearch ${(flexP95 / pgP95).toFixed(2)}`);
console.log(`BENCH search.recall_vs_substring ${server.recall.toFixed(4)}`);
console.log(`BENCH search.index_mb ${server.indexMb.toFixed(0)}`);
console.log(`BENCH search.build_s ${server.buildSeconds.toFixed(1)}`);
