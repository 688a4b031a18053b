import type { Config } from './config';
import type { Keys } from './crypto';
import type { Db } from './db';

/** What services need from the running app: passed explicitly, never imported as a global. */
export type AppContext = {
  db: Db;
  config: Config;
  keys: Keys;
};
