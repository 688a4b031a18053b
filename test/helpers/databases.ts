import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, openDatabase } from '../../src/platform/db';

export type DbKind = 'pglite' | 'postgres';

/** The PostgreSQL server the tests use; each test file gets a database of its own on it. */
export const TEST_SERVER_URL = process.env.QIAO_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

let serverReachable: Promise<boolean> | undefined;

async function isServerReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: TEST_SERVER_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/**
 * Both databases always; outside CI a missing server is skipped with a warning, under CI it
 * fails the run, because the PostgreSQL tests are required there.
 */
export async function availableDbKinds(): Promise<DbKind[]> {
  serverReachable ??= isServerReachable();
  if (await serverReachable) return ['pglite', 'postgres'];
  if (process.env.CI === 'true') throw new Error(`PostgreSQL test server unreachable at ${TEST_SERVER_URL} (required under CI)`);
  console.warn(`PostgreSQL test server unreachable at ${TEST_SERVER_URL}: running on PGlite only`);
  return ['pglite'];
}

export const DB_KINDS: DbKind[] = await availableDbKinds();

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** A fresh, migrated database: in-memory PGlite, or a new database on the server dropped at close. */
export async function openTestDatabase(kind: DbKind): Promise<{ database: Database; url: string | undefined; drop: () => Promise<void> }> {
  if (kind === 'pglite') {
    const database = await openDatabase({});
    await database.migrate();
    return { database, url: undefined, drop: () => database.close() };
  }
  const name = `qiao_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_SERVER_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = withDatabase(TEST_SERVER_URL, name);
  const database = await openDatabase({ databaseUrl: url });
  await database.migrate();
  return {
    database,
    url,
    drop: async () => {
      await database.close();
      const client = new pg.Client({ connectionString: TEST_SERVER_URL });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}
