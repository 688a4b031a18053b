// `npm run bench -- NAME` runs bench/NAME.bench.ts; each prints its figures as `BENCH <metric> <number>`.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const available = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace(/\.bench\.ts$/, ''));
const name = process.argv[2];
if (!name || !available.includes(name)) {
  console.error(`usage: npm run bench -- NAME\navailable: ${available.join(', ')}`);
  process.exit(name ? 2 : 0);
}
await import(pathToFileURL(`${dir}/${name}.bench.ts`).href);
