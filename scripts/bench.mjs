// `npm run bench`: runs every test/bench/*.bench.ts in its own process, prints their tables, and exits non-zero
// when any bench misses one of its targets (each bench exits 1 itself in that case).
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const dir = 'test/bench';
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
const missed = [];
for (const file of files) {
  console.log(`\n=== ${file} ===`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', join(dir, file)], { stdio: 'inherit' });
  if (run.status !== 0) missed.push(file);
}
console.log(
  `\n${files.length - missed.length} of ${files.length} benches met their targets${missed.length ? `; missed: ${missed.join(', ')}` : ''}`,
);
process.exit(missed.length ? 1 : 0);
