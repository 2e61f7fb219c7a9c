// Bench: Factdesk's word diff (shared/text/word-diff.ts), used for draft versions, a changed claim and a quote against
// its source. Correctness on the cases that decided against the `diff` package (typography counts as equal, both
// texts rebuild, a small edit reads right), then CPU time on two versions of a whole speech (~4,500 words) with moved,
// deleted and reworded paragraphs. Exits 1 when it is wrong on any case or slower than 250 ms on the speech.
// Run: node --import tsx test/bench/word-diff.bench.ts
import { readFileSync } from 'node:fs';
import { diffWords } from '../../shared/text/word-diff';
import { cpuMs } from './time';

type Op = { op: 'equal' | 'insert' | 'delete'; text: string };
type Differ = (a: string, b: string) => Op[];

const ours: Differ = diffWords;

const side = (ops: Op[], drop: Op['op']) =>
  ops
    .filter((o) => o.op !== drop)
    .map((o) => o.text)
    .join('');
const changedWords = (ops: Op[]) =>
  ops.filter((o) => o.op !== 'equal').reduce((n, o) => n + (o.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0);

const speech = readFileSync(new URL('../fixtures/anchoring/sotu-carter-1978.txt', import.meta.url), 'utf8');
const paragraphs = speech.split('\n\n');
const edited = paragraphs.filter((_, k) => k % 9 !== 4).map((p, k) => (k % 6 === 0 ? p.replace(/\bthe\b/g, 'our') : p));
edited.splice(5, 0, ...edited.splice(60, 3));
const speechAfter = edited.join('\n\n');

const cases: { name: string; check(d: Differ): boolean }[] = [
  {
    name: 'typography is no change (curly quotes, dashes, CRLF, NFD)',
    check: (d) =>
      d('He said \u201Cdon\u2019t\u201D -- twice, Zoe\u0308.\r\n', 'He said "don\'t" \u2014 twice, Zo\u00eb.\n').every(
        (o) => o.op === 'equal',
      ),
  },
  {
    name: 'a changed word, a removed comma, an added word: 3 words differ',
    check: (d) => changedWords(d('The big cat sat, on the mat.', 'The small cat sat on the mat today.')) === 3,
  },
  {
    name: 'the new text rebuilds from the diff',
    check: (d) => side(d(speech, speechAfter), 'delete') === speechAfter,
  },
  {
    name: 'the old text rebuilds from the diff',
    check: (d) => side(d(speech, speechAfter), 'insert') === speech,
  },
];

function median(fn: () => void, runs: number): number {
  const times = Array.from({ length: runs }, () => cpuMs(fn)).sort((a, b) => a - b);
  return times[Math.floor(runs / 2)] as number;
}

const words = speech.split(/\s+/).length;
console.log(`word diff on ${words} words of speech, ${speechAfter.split(/\s+/).length} after editing\n`);
let oursRight = true;
for (const c of cases) {
  const right = c.check(ours);
  oursRight &&= right;
  console.log(c.name.padEnd(64), right ? 'right' : 'WRONG');
}
const oursMs = median(() => ours(speech, speechAfter), 5);
console.log(`\nCPU time, median of 5: ${oursMs.toFixed(1)} ms`);
const ok = oursRight && oursMs < 250;
console.log(ok ? 'target met' : 'target missed: our word diff must be right on every case and under 250 ms');
process.exit(ok ? 0 : 1);
