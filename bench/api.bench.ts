// Throughput of the public position list and search (`GET /api/positions`) under load, against a
// bare Fastify route that returns the same JSON, measured in the same run by autocannon running
// in its own process (so the load generator does not share this process's event loop).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import Fastify from 'fastify';
import { buildApp } from '../src/app';
import { seedDemo } from '../src/modules/demo/seed-demo';
import type { AppContext } from '../src/platform/context';
import { deriveKeys } from '../src/platform/crypto';
import { openDatabase } from '../src/platform/db';
import { testConfig } from '../test/helpers/app';

const run = promisify(execFile);
const DURATION_S = 10;
const CONNECTIONS = 20;

async function load(url: string): Promise<number> {
  const { stdout } = await run(process.execPath, ['node_modules/autocannon/autocannon.js', '--json', '-c', String(CONNECTIONS), '-d', String(DURATION_S), url], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const result = JSON.parse(stdout) as { requests: { average: number }; non2xx: number; errors: number };
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx responses, ${result.errors} errors`);
  return result.requests.average;
}

const database = await openDatabase({});
await database.migrate();
const config = testConfig({ rateLimits: { global: 10_000_000, auth: 1000 } });
const ctx: AppContext = { db: database.db, config, keys: deriveKeys(config.secret) };
await seedDemo(ctx);
const app = await buildApp({ ctx, database, logger: false });
const qiaoUrl = await app.listen({ port: 0, host: '127.0.0.1' });

const queries = { list: '/api/positions?page=1&pageSize=20', search: `/api/positions?q=${encodeURIComponent('工程师')}&pageSize=20` };
const bodies = Object.fromEntries(
  await Promise.all(Object.entries(queries).map(async ([name, path]) => [name, await (await fetch(qiaoUrl + path)).text()] as const)),
);

const bare = Fastify({ logger: false });
bare.get('/list', async (_request, reply) => reply.type('application/json').send(bodies.list));
bare.get('/search', async (_request, reply) => reply.type('application/json').send(bodies.search));
const bareUrl = await bare.listen({ port: 0, host: '127.0.0.1' });

const qiaoList = await load(qiaoUrl + queries.list);
const qiaoSearch = await load(qiaoUrl + queries.search);
const bareList = await load(`${bareUrl}/list`);
const bareSearch = await load(`${bareUrl}/search`);

const rps = (qiaoList + qiaoSearch) / 2;
const bareRps = (bareList + bareSearch) / 2;
console.log(`BENCH api.positions.list.rps ${qiaoList.toFixed(0)}`);
console.log(`BENCH api.positions.search.rps ${qiaoSearch.toFixed(0)}`);
console.log(`BENCH api.bare.rps ${bareRps.toFixed(0)}`);
console.log(`BENCH api.positions.rps ${rps.toFixed(0)}`);
console.log(`BENCH api.positions.ratio_vs_bare ${(rps / bareRps).toFixed(2)}`);

await bare.close();
await app.close();
await database.close();
