// Sign-in cost (argon2id dominates it, by design) and the cost of resolving a session on every
// authenticated request, against a public route in the same run.
import { performance } from 'node:perf_hooks';
import { createTestApp } from '../test/helpers/app';

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const t = await createTestApp('pglite');
try {
  const logins: number[] = [];
  for (let i = 0; i < 30; i += 1) {
    const start = performance.now();
    await t.client().post('/api/auth/login', { login: 'operator', password: 'Qiao-demo-2023' });
    logins.push(performance.now() - start);
  }
  const client = await t.signIn('operator');
  const timed = async (run: () => Promise<unknown>) => {
    const samples: number[] = [];
    for (let i = 0; i < 300; i += 1) {
      const start = performance.now();
      await run();
      samples.push(performance.now() - start);
    }
    return samples;
  };
  const authed = await timed(() => client.get('/api/organisations?pageSize=20'));
  const anonymous = await timed(() => t.client().get('/api/public/stats'));
  console.log(`BENCH auth.login.p50_ms ${percentile(logins, 50).toFixed(1)}`);
  console.log(`BENCH auth.login.p95_ms ${percentile(logins, 95).toFixed(1)}`);
  console.log(`BENCH organisations.list.p95_ms ${percentile(authed, 95).toFixed(2)}`);
  console.log(`BENCH public.stats.p95_ms ${percentile(anonymous, 95).toFixed(2)}`);
} finally {
  await t.close();
}
