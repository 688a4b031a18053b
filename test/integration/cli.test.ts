import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const dataDir = mkdtempSync(join(tmpdir(), 'qiao-cli-'));
// The command runs on the embedded database here, whatever the caller's environment says.
const { DATABASE_URL: _serverDatabase, ...inherited } = process.env;
const env = { ...inherited, QIAO_DATA_DIR: dataDir, NODE_ENV: 'development', QIAO_LOG_LEVEL: 'warn' };

function qiao(...args: string[]) {
  return run(process.execPath, ['bin/qiao.js', ...args], { env });
}

describe('qiao command on the embedded database', () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('migrates, seeds the demo data once, and creates users with the API rules', async () => {
    expect((await qiao('migrate')).stdout).toContain('migrations applied');
    expect((await qiao('seed-demo')).stdout).toContain('demo data loaded: 281 organisations, 6 accounts');
    expect((await qiao('seed-demo')).stdout).toContain('demo data already present');
    const created = await qiao('create-user', '--username', 'yang.hr', '--password', 'Yanghr-2024!', '--role', 'org_staff', '--organisation', '云南华派药业有限公司');
    expect(created.stdout).toMatch(/created org_staff account yang\.hr/);
    const refused = await qiao('create-user', '--username', 'weak', '--password', 'password', '--role', 'seeker').catch((e: { code: number; stderr: string }) => e);
    expect(refused).toMatchObject({ code: 1 });
    expect((refused as { stderr: string }).stderr).toContain('"path": "password"');
  }, 120000);

  it('refuses to start in production without QIAO_SECRET, saying why', async () => {
    const result = await run(process.execPath, ['bin/qiao.js', 'migrate'], { env: { ...env, NODE_ENV: 'production' } }).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect(result).toMatchObject({ code: 1 });
    expect((result as { stderr: string }).stderr).toContain('QIAO_SECRET is required when NODE_ENV=production');
  });
});
