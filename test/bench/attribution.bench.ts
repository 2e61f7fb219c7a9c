// Bench: who said each quote, on the attribution drafts (test/fixtures/attribution). Prints speaker right, wrong
// speakers flagged by the quote check, unknown speakers reported as matches, and the same figures for two NLP
// libraries (compromise, wink-nlp with its English lite model) asked to name the speaker of the same quotes: the
// person the library finds nearest the quote in its sentence, else the last person it found before the quote in the
// paragraph or the one before. Targets: speaker right >= 98%, every wrong speaker flagged, 0 unknown as match.
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { findQuotes } from '../../shared/detect/quotes';
import { suggestClaims } from '../../shared/detect/suggest';
import { paragraphStart, SentenceIndex } from '../../shared/detect/text';
import {
  scoreAttribution,
  speechIndex,
  type AttributionScore,
  type FoundQuote,
} from '../fixtures/attribution/evaluate';

const MIN_RIGHT = 0.98;

interface Mention {
  start: number;
  end: number;
  name: string;
}

/** compromise: its people() with character offsets. */
function compromisePeople(text: string): Mention[] {
  const people = nlp(text).people().json({ offset: true }) as {
    text: string;
    offset: { start: number; length: number };
  }[];
  return people.map((p) => ({
    start: p.offset.start,
    end: p.offset.start + p.offset.length,
    name: p.text.replace(/[.,;:!?]+$/u, ''),
  }));
}

const wink = winkNLP(model);
const its = wink.its;

/** wink-nlp: the lite model has no person entities, so runs of proper-noun tokens stand for names. */
function winkPeople(text: string): Mention[] {
  const doc = wink.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const out: Mention[] = [];
  let at = 0;
  let run: Mention | null = null;
  values.forEach((v, i) => {
    at += (spaces[i] ?? '').length;
    const start = text.indexOf(v, at);
    if (start >= 0) at = start;
    if (pos[i] === 'PROPN') {
      if (run) {
        run.end = at + v.length;
        run.name = text.slice(run.start, run.end);
      } else run = { start: at, end: at + v.length, name: v };
    } else if (run) {
      out.push(run);
      run = null;
    }
    at += v.length;
  });
  if (run) out.push(run);
  return out;
}

/** A speaker finder built on a library's person mentions, over the same quotes the rules find. */
function libraryFinder(people: (text: string) => Mention[]): (text: string) => FoundQuote[] {
  return (text) => {
    const sentences = new SentenceIndex(text);
    const mentions = people(text);
    return findQuotes(text).map((q) => {
      const sentence = sentences.sentenceAt(q.start);
      const inside = (m: Mention): boolean => m.start >= q.start && m.end <= q.end;
      const after = mentions.find((m) => m.start >= q.end && m.start < sentence.end && !inside(m));
      const before = [...mentions].reverse().find((m) => m.end <= q.start && m.start >= sentence.start);
      const floor = paragraphStart(text, Math.max(0, paragraphStart(text, q.start) - 2));
      const earlier = [...mentions].reverse().find((m) => m.end <= q.start && m.start >= floor);
      const hit = after ?? before ?? earlier ?? null;
      return {
        start: q.start,
        end: q.end,
        text: text.slice(q.start, q.end),
        speaker: hit ? hit.name : null,
        speakerKind: hit ? 'person' : null,
      };
    });
  };
}

const index = speechIndex();
/** Scores a finder; `ms` is the finder's own time over the eight drafts (best of 5 runs after a warm-up). */
function timed(find: (text: string) => FoundQuote[]): { score: AttributionScore; ms: number } {
  const score = scoreAttribution(find, index);
  let ms = Infinity;
  for (let run = 0; run < 5; run++) {
    let spent = 0;
    scoreAttribution((text) => {
      const t0 = performance.now();
      const out = find(text);
      spent += performance.now() - t0;
      return out;
    }, index);
    ms = Math.min(ms, spent);
  }
  return { score, ms };
}

const rules = timed((text) => suggestClaims(text).filter((s) => s.kind === 'quote'));
const methods = [
  { name: 'Factdesk rules (shared/detect, whole suggestion pass)', ...rules },
  { name: 'compromise 14 people()', ...timed(libraryFinder(compromisePeople)) },
  { name: 'wink-nlp 2 + eng-lite (PROPN runs)', ...timed(libraryFinder(winkPeople)) },
];

const pct = (n: number, d: number): string => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);
const s = rules.score;
const rightOk = s.right / s.quotes >= MIN_RIGHT;
const flaggedOk = s.wrongFlagged === s.wrongTotal;
const unknownOk = s.unknownAsMatch === 0;
console.log('| measure | value | target |');
console.log('|---|---|---|');
console.log(`| quotes labelled | ${s.quotes} (${s.patterns.size} patterns) | >= 60 |`);
console.log(
  `| speaker right | ${s.right}/${s.quotes} (${pct(s.right, s.quotes)}) | >= ${MIN_RIGHT * 100}% ${rightOk ? 'met' : 'MISSED'} |`,
);
console.log(`| wrong speakers flagged | ${s.wrongFlagged}/${s.wrongTotal} | all ${flaggedOk ? 'met' : 'MISSED'} |`);
console.log(`| unknown speakers reported as a match | ${s.unknownAsMatch} | 0 ${unknownOk ? 'met' : 'MISSED'} |`);
console.log(`| scare quotes returned as quotes | ${s.absentReturned} | 0 |`);
console.log('');
console.log('| speaker finder | speaker right | wrong flagged | unknown as match | time over the 8 drafts |');
console.log('|---|---|---|---|---|');
for (const m of methods)
  console.log(
    `| ${m.name} | ${m.score.right}/${m.score.quotes} (${pct(m.score.right, m.score.quotes)}) | ${m.score.wrongFlagged}/${m.score.wrongTotal} | ${m.score.unknownAsMatch} | ${m.ms.toFixed(1)} ms |`,
  );
if (process.env.BENCH_VERBOSE)
  for (const m of methods)
    for (const x of m.score.misses)
      console.log(`${m.name}: ${x.file} "${x.quote}" expected ${x.expected}, got ${x.got}`);
if (!rightOk || !flaggedOk || !unknownOk) process.exit(1);
