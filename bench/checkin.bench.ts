// Check-in at the door: 3 200 tickets scanned by 20 devices at once over HTTP, in batches, with an
// offline period in which each device queues its scans and syncs them later, some tickets scanned
// at two gates at once, and 5% of scans sent again after their first answer was "lost". Counts what must be zero: tickets scanned but not
// checked in (`checkin.lost`), and check-ins beyond one per ticket or scans stored twice
// (`checkin.duplicated`); plus the wall time and the 95th percentile of a batch's round trip.
import { randomUUID } from 'node:crypto';
import { and, count, eq, isNull, sql } from 'drizzle-orm';
import { buildApp } from '../src/app';
import { seedDemo } from '../src/modules/demo/seed-demo';
import { fairCheckinScans, fairRegistrations, fairs } from '../src/modules/fairs/fairs.table';
import { generateTicketCode } from '../src/modules/fairs/ticket-code';
import { seekers } from '../src/modules/talent/talent.table';
import { deriveKeys } from '../src/platform/crypto';
import { testConfig } from '../test/helpers/app';
import { availableDbKinds, openTestDatabase } from '../test/helpers/databases';

const TICKETS = 3200;
const DEVICES = 20;
const ONLINE_BATCH = 10;
const OFFLINE_BATCH = 50;
const REPLAY_SHARE = 0.05;
const CHUNK = 500;
/** Tickets per device that a second device also scans. */
const SECOND_GATE_SCANS = 8;
const MAX_ATTEMPTS = 5;

type Scan = { scanId: string; ticketCode: string; scannedAt: string };
type Answer = { scanId: string; outcome: string };

const kind = (await availableDbKinds()).includes('postgres') ? 'postgres' : 'pglite';
const { database, drop } = await openTestDatabase(kind);
console.log(`database: ${kind}`);
const config = testConfig({ rateLimits: { global: 100_000_000, auth: 100_000 } });
const ctx = { db: database.db, config, keys: deriveKeys(config.secret) };
await seedDemo(ctx, { withHrServices: false });
const app = await buildApp({ ctx, database, logger: false });
const base = await app.listen({ port: 0, host: '127.0.0.1' });

async function signIn(login: string): Promise<Record<string, string>> {
  const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login, password: 'Qiao-demo-2023' }) });
  if (res.status !== 200) throw new Error(`sign-in: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { cookie, 'x-csrf-token': ((await res.json()) as { csrfToken: string }).csrfToken, 'content-type': 'application/json' };
}

async function post(headers: Record<string, string>, path: string, body: unknown): Promise<{ status: number; json: unknown }> {
  const res = await fetch(base + path, { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: res.status, json: await res.json() };
}

// A running fair and its tickets, written straight to the database (the bench measures the door, not sign-ups).
const operator = await signIn('operator');
const created = await post(operator, '/api/fairs', {
  kind: 'onsite',
  title: '签到压测招聘会',
  venue: '楚雄高新区人力资源服务产业园',
  regionCode: '532301',
  startsAt: new Date(Date.now() - 3_600_000).toISOString(),
  endsAt: new Date(Date.now() + 8 * 3_600_000).toISOString(),
  registrationClosesAt: new Date(Date.now() + 7 * 3_600_000).toISOString(),
  boothCapacity: 100,
  seekerCapacity: TICKETS,
});
if (created.status !== 201) throw new Error(`create fair: ${created.status} ${JSON.stringify(created.json)}`);
const fair = created.json as { id: string };
const published = await post(operator, `/api/fairs/${fair.id}/publish`, {});
if (published.status !== 200) throw new Error(`publish: ${published.status}`);
const [{ zoneId } = { zoneId: '' }] = await database.db.select({ zoneId: fairs.zoneId }).from(fairs).where(eq(fairs.id, fair.id));

const codes = new Set<string>();
while (codes.size < TICKETS) codes.add(generateTicketCode());
const ticketCodes = [...codes];
for (let start = 0; start < TICKETS; start += CHUNK) {
  const slice = ticketCodes.slice(start, start + CHUNK);
  const people = await database.db
    .insert(seekers)
    .values(slice.map((_, i) => ({ zoneId, name: `签到压测${start + i}`, educationLevel: 'associate', source: 'fair' })))
    .returning({ id: seekers.id });
  await database.db.insert(fairRegistrations).values(people.map((p, i) => ({ fairId: fair.id, seekerId: p.id, ticketCode: slice[i] ?? '', source: 'pre', status: 'registered' })));
}

// Each device scans its share: the first third online (small batches as people arrive), the
// second third while offline (queued, then synced in larger batches), the rest online again.
const devices = await Promise.all(Array.from({ length: DEVICES }, () => signIn('operator')));
const batchTimes: number[] = [];
const answers = new Map<string, string>();
let answerMismatches = 0;
let failedRequests = 0;
let sent = 0;

async function send(headers: Record<string, string>, deviceId: string, scans: Scan[]): Promise<Answer[] | null> {
  const started = performance.now();
  const res = await post(headers, `/api/fairs/${fair.id}/checkins`, { deviceId, scans });
  batchTimes.push(performance.now() - started);
  if (res.status !== 200) {
    failedRequests += 1;
    return null;
  }
  const results = (res.json as { results: Answer[] }).results;
  for (const r of results) {
    const before = answers.get(r.scanId);
    if (before !== undefined && before !== r.outcome) answerMismatches += 1;
    answers.set(r.scanId, r.outcome);
  }
  return results;
}

/** Sends a batch until it gets an answer, as the device's sync loop does (a scan never answered counts as lost). */
async function deliver(headers: Record<string, string>, deviceId: string, scans: Scan[]): Promise<void> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    if (await send(headers, deviceId, scans)) return;
  }
}

/** Delivers a batch; for 5% of its scans the answer is then taken as lost, so the device sends them again later. */
async function sync(headers: Record<string, string>, deviceId: string, scans: Scan[], lostAnswers: Scan[]): Promise<void> {
  await deliver(headers, deviceId, scans);
  for (const s of scans) if (Math.random() < REPLAY_SHARE) lostAnswers.push(s);
}

const started = performance.now();
await Promise.all(
  devices.map(async (headers, d) => {
    const deviceId = `gate-${d + 1}`;
    const share = ticketCodes.filter((_, i) => i % DEVICES === d);
    // Some people show their ticket at two gates: the next device's first tickets are scanned here too, at about the same moment.
    const neighbours = ticketCodes.filter((_, i) => i % DEVICES === (d + 1) % DEVICES).slice(0, SECOND_GATE_SCANS);
    const codesHere = share.flatMap((code, i) => (i < SECOND_GATE_SCANS ? [code, neighbours[i] ?? code] : [code]));
    const scans: Scan[] = codesHere.map((code, i) => ({ scanId: randomUUID(), ticketCode: i % 3 === 0 ? code.toLowerCase() : code, scannedAt: new Date().toISOString() }));
    sent += scans.length;
    const third = Math.ceil(scans.length / 3);
    const lostAnswers: Scan[] = [];
    for (let i = 0; i < third; i += ONLINE_BATCH) await sync(headers, deviceId, scans.slice(i, Math.min(i + ONLINE_BATCH, third)), lostAnswers);
    // Offline: the scans queue on the device, then go up in larger batches when the network is back.
    const queued = scans.slice(third, 2 * third);
    for (let i = 0; i < queued.length; i += OFFLINE_BATCH) await sync(headers, deviceId, queued.slice(i, i + OFFLINE_BATCH), lostAnswers);
    for (let i = 2 * third; i < scans.length; i += ONLINE_BATCH) await sync(headers, deviceId, scans.slice(i, i + ONLINE_BATCH), lostAnswers);
    // The replays of scans whose answers never arrived.
    for (let i = 0; i < lostAnswers.length; i += OFFLINE_BATCH) await deliver(headers, deviceId, lostAnswers.slice(i, i + OFFLINE_BATCH));
  }),
);
const wallMs = performance.now() - started;

const [notCheckedIn] = await database.db
  .select({ n: count() })
  .from(fairRegistrations)
  .where(and(eq(fairRegistrations.fairId, fair.id), isNull(fairRegistrations.checkedInAt)));
const [checkinsBeyondOne] = await database.db.execute(sql`
  select coalesce(sum(n - 1), 0)::int as n from (
    select count(*) as n from ${fairCheckinScans} where fair_id = ${fair.id} and outcome = 'checked_in' group by registration_id having count(*) > 1
  ) t`).then((r) => (r as unknown as { rows: { n: number }[] }).rows);
const [storedScans] = await database.db.select({ n: count() }).from(fairCheckinScans).where(eq(fairCheckinScans.fairId, fair.id));
const checkedInAnswers = [...answers.values()].filter((o) => o === 'checked_in').length;
const unanswered = sent - answers.size;

const sorted = [...batchTimes].sort((a, b) => a - b);
const p95 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0;
console.log(`batches: ${batchTimes.length}, failed requests: ${failedRequests}, distinct scans sent: ${sent}, scans answered: ${answers.size}, answered checked_in: ${checkedInAnswers}, stored scans: ${storedScans?.n}, answers that changed on replay: ${answerMismatches}`);
console.log(`BENCH checkin.lost ${(notCheckedIn?.n ?? 0) + unanswered}`);
console.log(`BENCH checkin.duplicated ${(checkinsBeyondOne?.n ?? 0) + Math.max(0, (storedScans?.n ?? 0) - sent) + answerMismatches + Math.max(0, checkedInAnswers - TICKETS)}`);
console.log(`BENCH checkin.wall_ms ${wallMs.toFixed(0)}`);
console.log(`BENCH checkin.batch_p95_ms ${p95.toFixed(1)}`);

await app.close();
await drop();
