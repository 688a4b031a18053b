import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { NOTIFICATION_PROVIDERS, type NotificationProviderName } from '../modules/notifications/notifications.codes';

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  QIAO_DATA_DIR: z.string().default('./data'),
  REDIS_URL: z.string().url().optional(),
  QIAO_SECRET: z.string().min(32, 'QIAO_SECRET must be at least 32 characters').optional(),
  QIAO_DEMO: z.enum(['0', '1']).optional(),
  QIAO_REQUIRE_TOTP: z.enum(['0', '1']).optional(),
  QIAO_PASSWORD_MAX_AGE_DAYS: z.coerce.number().int().min(0).default(0),
  QIAO_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  QIAO_TRUST_PROXY: z.enum(['0', '1']).default('0'),
  QIAO_RATE_LIMIT: z.coerce.number().int().min(1).default(1200),
  QIAO_RATE_LIMIT_AUTH: z.coerce.number().int().min(1).default(20),
  QIAO_NOTIFY_PROVIDER: z.enum(NOTIFICATION_PROVIDERS).default('log'),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  redisUrl: string | undefined;
  secret: string;
  /** Whether the generated development secret was used (logged as a warning at start). */
  isSecretGenerated: boolean;
  loadDemoData: boolean;
  /** 等保 level 3: operator and government accounts must sign in with TOTP. */
  requireTotpForStaff: boolean;
  passwordMaxAgeDays: number;
  logLevel: string;
  trustProxy: boolean;
  /** Requests per minute per client address: every API route, and sign-in/registration. */
  rateLimits: { global: number; auth: number };
  /** Where notifications to seekers are delivered (SMS and WeChat gateways plug in beside the built-in log). */
  notificationProvider: NotificationProviderName;
};

export class ConfigError extends Error {}

/** Reads and validates the environment once at boot, failing fast with a readable message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // `NAME=` in a shell or an .env file means "not set".
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const isProduction = e.NODE_ENV === 'production';
  const dataDir = resolve(e.QIAO_DATA_DIR);
  let secret = e.QIAO_SECRET;
  let isSecretGenerated = false;
  if (!secret) {
    if (isProduction) {
      throw new ConfigError(
        'QIAO_SECRET is required when NODE_ENV=production: set it to a random string of at least 32 characters (for example `openssl rand -hex 32`).',
      );
    }
    secret = readOrCreateDevelopmentSecret(dataDir);
    isSecretGenerated = true;
  }
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir,
    redisUrl: e.REDIS_URL,
    secret,
    isSecretGenerated,
    loadDemoData: isProduction ? e.QIAO_DEMO === '1' : e.QIAO_DEMO !== '0',
    requireTotpForStaff: e.QIAO_REQUIRE_TOTP ? e.QIAO_REQUIRE_TOTP === '1' : isProduction,
    passwordMaxAgeDays: e.QIAO_PASSWORD_MAX_AGE_DAYS,
    logLevel: e.QIAO_LOG_LEVEL,
    trustProxy: e.QIAO_TRUST_PROXY === '1',
    rateLimits: { global: e.QIAO_RATE_LIMIT, auth: e.QIAO_RATE_LIMIT_AUTH },
    notificationProvider: e.QIAO_NOTIFY_PROVIDER,
  };
}

function readOrCreateDevelopmentSecret(dataDir: string): string {
  const file = join(dataDir, 'secret.key');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
