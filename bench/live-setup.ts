// Bulk set-up and checks of the live bench, by direct database access (kept out of the bench's
// child processes, which load only node's own modules).
import { randomBytes, randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { accounts, sessions } from '../src/modules/accounts/accounts.table';
import { liveApplications, liveEvents } from '../src/modules/live/live.table';
import { positions } from '../src/modules/positions/positions.table';
import { seekers } from '../src/modules/talent/talent.table';
import { hashToken } from '../src/platform/crypto';
import type { Db } from '../src/platform/db';

const CHUNK = 1000;

export async function insertPositions(db: Db, org: { id: string; zoneId: string }, count: number): Promise<string[]> {
  const rows = await db
    .insert(positions)
    .values(
      Array.from({ length: count }, (_, index) => ({
        zoneId: org.zoneId,
        organisationId: org.id,
        title: ['药品生产操作工', '质量检验员', '仓储管理员', '设备维修电工'][index % 4]!,
        duties: '按岗位说明书执行',
        headcount: 500,
        educationLevel: 'associate',
        regionCode: '532301',
        employmentType: 'full_time',
        status: 'published',
        salaryMin: 4000,
        salaryMax: 6500,
      })),
    )
    .returning({ id: positions.id });
  return rows.map((r) => r.id);
}

/** Seekers with an account, a profile and a signed-in session each; returns their request headers. */
export async function insertSignedInSeekers(db: Db, zoneId: string, count: number): Promise<{ cookie: string; csrf: string }[]> {
  const out: { cookie: string; csrf: string }[] = [];
  const expiresAt = new Date(Date.now() + 86_400_000);
  for (let start = 0; start < count; start += CHUNK) {
    const batch = Array.from({ length: Math.min(CHUNK, count - start) }, (_, offset) => {
      const n = start + offset;
      return { accountId: randomUUID(), n, token: randomBytes(24).toString('base64url'), csrf: randomBytes(24).toString('base64url') };
    });
    await db.insert(accounts).values(batch.map((b) => ({ id: b.accountId, username: `bench.seeker.${b.n}`, displayName: `压测求职者${b.n}`, role: 'seeker', zoneId, passwordHash: 'not-a-password' })));
    await db.insert(seekers).values(batch.map((b) => ({ accountId: b.accountId, zoneId, name: `压测求职者${b.n}`, educationLevel: 'associate', school: '楚雄医药高等专科学校', major: '药学', source: 'self' })));
    await db.insert(sessions).values(batch.map((b) => ({ id: hashToken(b.token), accountId: b.accountId, csrfToken: b.csrf, expiresAt })));
    for (const b of batch) out.push({ cookie: `qiao_session=${b.token}`, csrf: b.csrf });
  }
  return out;
}

export async function storedApplicationIds(db: Db, sessionId: string): Promise<Set<string>> {
  const rows = await db.select({ id: liveApplications.applicationId }).from(liveApplications).where(eq(liveApplications.sessionId, sessionId));
  return new Set(rows.map((r) => r.id));
}

/** Seekers holding more than one application to the same position of the session (must be none). */
export async function seekersAppliedTwice(db: Db, sessionId: string): Promise<number> {
  const rows = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(liveApplications)
    .where(eq(liveApplications.sessionId, sessionId))
    .groupBy(liveApplications.seekerId, liveApplications.positionId)
    .having(sql`count(*) > 1`);
  return rows.length;
}

/** The payload of the session's last on-air event: what the baseline server sends. */
export async function onAirPayload(db: Db, sessionId: string): Promise<string> {
  const rows = await db
    .select({ payload: liveEvents.payload })
    .from(liveEvents)
    .where(and(eq(liveEvents.sessionId, sessionId), eq(liveEvents.type, 'on_air')))
    .orderBy(sql`${liveEvents.id} desc`)
    .limit(1);
  return JSON.stringify(rows[0]?.payload ?? {});
}
