// Loads the demo year once per browser-test run into a template data directory; every test file's
// `qiao serve` starts on a copy of it instead of loading the whole year again (~40 s each).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { E2E_ENV } from './e2e-env';

declare module 'vitest' {
  // Declaration merging with vitest's own ProvidedContext needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  export interface ProvidedContext {
    demoTemplateDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), 'qiao-e2e-template-'));
  const { DATABASE_URL: _serverDatabase, ...inherited } = process.env;
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/qiao.js', 'seed-demo'], {
      env: { ...inherited, ...E2E_ENV, QIAO_DATA_DIR: dir },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0) throw new Error(`qiao seed-demo exited with ${code}`);
  project.provide('demoTemplateDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
