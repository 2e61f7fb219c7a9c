// Bench: one suggestion pass over a ~20,000-word draft built from the labelled drafts' paragraphs (shuffled with a
// fixed seed). Target from the Drafts issue: at most 100 ms (median of several runs after warm-up).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { suggestClaims } from '../../shared/detect/suggest';

const TARGET_MS = 100;
const WORDS = 20_000;
const dir = join(import.meta.dirname, '../fixtures/detect');

const paragraphs = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .flatMap((f) => readFileSync(join(dir, f), 'utf8').split(/\r?\n\s*\r?\n/u))
  .map((p) => p.trim())
  .filter(Boolean);

let seed = 0x5eed;
const random = (): number => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed / 2 ** 32;
};

const parts: string[] = [];
let words = 0;
while (words < WORDS) {
  const p = paragraphs[Math.floor(random() * paragraphs.length)] ?? '';
  parts.push(p);
  words += p.split(/\s+/u).length;
}
const draft = parts.join('\n\n');

for (let i = 0; i < 3; i++) suggestClaims(draft);
const times: number[] = [];
let count = 0;
for (let i = 0; i < 9; i++) {
  const t0 = performance.now();
  count = suggestClaims(draft).length;
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] ?? Infinity;
const ok = median <= TARGET_MS;

console.log('| measure | value | target |');
console.log('|---|---|---|');
console.log(`| draft size | ${words} words, ${draft.length} characters | ~${WORDS} words |`);
console.log(`| suggestions found | ${count} | - |`);
console.log(
  `| suggestion pass, median of ${times.length} | ${median.toFixed(1)} ms | <= ${TARGET_MS} ms ${ok ? 'met' : 'MISSED'} |`,
);
console.log(
  `| fastest / slowest | ${(times[0] ?? 0).toFixed(1)} / ${(times[times.length - 1] ?? 0).toFixed(1)} ms | - |`,
);
if (!ok) process.exit(1);
