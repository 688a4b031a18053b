import { type Config } from './platform/config';
import type { AppContext } from './platform/context';
import { deriveKeys } from './platform/crypto';
import { type Database, defaultPgliteDir, openDatabase } from './platform/db';

export type Runtime = { ctx: AppContext; database: Database };

/** Opens the configured database (PGlite in the data directory, or the PostgreSQL server) and applies migrations. */
export async function openRuntime(config: Config, options: { migrate?: boolean } = {}): Promise<Runtime> {
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    pgliteDir: config.databaseUrl ? undefined : defaultPgliteDir(config.dataDir),
  });
  if (options.migrate !== false) await database.migrate();
  return { database, ctx: { db: database.db, config, keys: deriveKeys(config.secret) } };
}
