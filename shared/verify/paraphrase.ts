// Telling a paraphrase from a quote that is not there: the share of the quote's content words (by stem, rare ones
// counting for more) that one compact stretch of a source holds, whatever their order. Stretches are found by
// votes of the rarer stems, independently of the word-order search for the quote itself.
import { stem, stemFrequency, type QuoteIndex } from './quote-index';
import type { QuoteItem } from './quote-parts';
import { PARAPHRASE_MIN_SPAN, PARAPHRASE_SPAN } from './thresholds';

/** Function words that say nothing about where a quote comes from. */
const STOPWORDS = new Set(
  'the a an and or but if of to in on at by for with from as into onto upon about than then that this these those there here is are was were be been being am do does did done have has had having will would shall should can could may might must not no nor so too very just also only all any each every some such what which who whom whose when where why how it its we us our ours you your he him his she her they them their i me my mine let'.split(
    ' ',
  ),
);

/** Stems found more often than this cast no votes (they still count once a stretch is chosen). */
const VOTING_STEM = 300;
const STRETCHES_TRIED = 6;

export interface ParaphraseMatch {
  /** Weighted share of the quote's content stems found in the stretch (0..1). */
  share: number;
  /** How many content stems were found. */
  shared: number;
  /** The stretch: positions of its first and last shared word. */
  first: number;
  last: number;
}

/** The compact stretch of one source that holds most of the quote's content words, or null. */
export function bestParaphrase(index: QuoteIndex, items: readonly QuoteItem[]): ParaphraseMatch | null {
  const content = new Map<number, number>();
  let all = 0;
  const total = index.ids.length + 1;
  for (const item of items) {
    if (item.kind !== 'word' || STOPWORDS.has(item.word) || item.word.length < 3) continue;
    const s = index.stems.get(stem(item.word)) ?? -1;
    const weight = Math.log(total / (stemFrequency(index, s) + 1));
    if (s < 0) all += weight;
    else if (!content.has(s)) {
      content.set(s, weight);
      all += weight;
    }
  }
  if (all === 0 || content.size === 0) return null;
  const span = Math.max(PARAPHRASE_MIN_SPAN, Math.round(items.length * PARAPHRASE_SPAN));
  const votes = new Map<number, number>();
  for (const [s, weight] of content) {
    if (stemFrequency(index, s) > VOTING_STEM) continue;
    for (let x = index.stemHeads[s] as number; x < (index.stemHeads[s + 1] as number); x++) {
      const bucket = Math.floor((index.stemPositions[x] as number) / span);
      votes.set(bucket, (votes.get(bucket) ?? 0) + weight);
    }
  }
  const buckets = [...votes.entries()]
    .map(([b, v]) => [b, v + (votes.get(b - 1) ?? 0) + (votes.get(b + 1) ?? 0)] as const)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, STRETCHES_TRIED);
  let best: ParaphraseMatch | null = null;
  for (const [bucket] of buckets) {
    const found = scanStretch(index, content, all, span, (bucket - 1) * span, (bucket + 2) * span);
    if (found && (!best || found.share > best.share)) best = found;
  }
  return best;
}

/** Slides a window of `span` words over [lo, hi) of one source and keeps the one holding most content weight. */
function scanStretch(
  index: QuoteIndex,
  content: Map<number, number>,
  all: number,
  span: number,
  lo: number,
  hi: number,
): ParaphraseMatch | null {
  const from = Math.max(0, lo);
  const to = Math.min(index.ids.length, hi);
  const hits: { p: number; s: number }[] = [];
  for (let p = from; p < to; p++) {
    const s = index.stemOf[index.ids[p] as number] as number;
    if (content.has(s)) hits.push({ p, s });
  }
  const counts = new Map<number, number>();
  let weight = 0;
  let tail = 0;
  let best: ParaphraseMatch | null = null;
  const sourceOf = (p: number): number => index.passages[index.passageOf[p] as number]?.source ?? -1;
  for (const h of hits) {
    const c = counts.get(h.s) ?? 0;
    if (c === 0) weight += content.get(h.s) as number;
    counts.set(h.s, c + 1);
    while (
      (hits[tail] as { p: number }).p <= h.p - span ||
      sourceOf((hits[tail] as { p: number }).p) !== sourceOf(h.p)
    ) {
      const t = hits[tail++] as { p: number; s: number };
      const left = (counts.get(t.s) as number) - 1;
      counts.set(t.s, left);
      if (left === 0) weight -= content.get(t.s) as number;
    }
    if (!best || weight / all > best.share + 1e-9) {
      let shared = 0;
      for (const v of counts.values()) if (v > 0) shared++;
      best = { share: weight / all, shared, first: (hits[tail] as { p: number }).p, last: h.p };
    }
  }
  return best;
}
