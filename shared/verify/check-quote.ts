// Checking direct quotes against the sources: find the best place, then say exact, punctuation, altered, stitched,
// paraphrase or not found, with the word diff, whether the speaker matches, and the source text around the match.
// A document quote is checked against the document sources only.
import { diffWords } from '../text/word-diff';
import { contextAround } from './context';
import { documentIndex, hasDocumentSources } from './document-index';
import { placeQuote, quoteIds } from './place-quote';
import { bestParaphrase } from './paraphrase';
import { placedStats, toPlaced, type Placed, type PlacedStats } from './placed';
import { buildDiff } from './quote-diff';
import type { QuoteIndex } from './quote-index';
import { parseQuote, type QuoteItem } from './quote-parts';
import { locationOf, speakersOf } from './source-text';
import { speakerMatches } from './speaker';
import { documentSpeakerCheck, personSpeakerReason } from './speaker-outcome';
import {
  MIN_MATCHED_WORDS,
  MIN_SIMILARITY,
  MIN_PART_SHARE,
  MIN_PART_WORDS,
  PARAPHRASE_MIN_SHARE,
  PARAPHRASE_MIN_WORDS,
  SCORE,
} from './thresholds';
import type { QuoteCheck, QuotePart, QuoteToCheck, Verdict } from './types';

const NOTHING = { before: '', after: '' };

/** A check before its speaker is put in words. */
type WordCheck = Omit<QuoteCheck, 'speakerReason'>;

function notFound(): WordCheck {
  return { verdict: 'not-found', speakerMatch: null, source: null, diff: [], context: NOTHING, matchedShare: 0 };
}

/** Finds stretches of the quote the placement missed elsewhere in the same source (parts out of order). */
function addLoneParts(index: QuoteIndex, items: readonly QuoteItem[], ids: Int32Array, placed: Placed): void {
  let i = 0;
  while (i < items.length) {
    const missed = (k: number): boolean =>
      items[k]?.kind === 'word' && ((placed.pos[k] as number) < 0 || !placed.equal[k]);
    if (!missed(i)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < items.length && missed(j + 1)) j++;
    if (j - i + 1 >= MIN_PART_WORDS) {
      const run = items.slice(i, j + 1);
      const best = placeQuote(index, run, ids.slice(i, j + 1), placed.source)[0];
      if (best) {
        const part = toPlaced(best);
        const kept = part.equal.reduce((n, e) => n + e, 0);
        if (kept / run.length >= MIN_PART_SHARE) {
          for (let k = 0; k < run.length; k++) {
            placed.pos[i + k] = part.pos[k] as number;
            placed.equal[i + k] = part.equal[k] as number;
          }
        }
      }
    }
    i = j + 1;
  }
}

function scoreOf(stats: PlacedStats): number {
  return (
    stats.matched * SCORE.match +
    (stats.changed * SCORE.change + stats.added * SCORE.added + stats.dropped * SCORE.dropped) +
    stats.joins * SCORE.jump
  );
}

/** Compares the attribution with the speakers of the given positions (passages only an ellipsis covers not counted). */
function speakerOf(index: QuoteIndex, attributedTo: string | null, positions: Iterable<number>): boolean | null {
  const speakers = new Set<string | null>();
  for (const p of positions) if (p >= 0) speakers.add(speakersOf(index, p, p)[0] ?? null);
  const results = [...speakers].map((s) => speakerMatches(attributedTo, s));
  if (results.includes(false)) return false;
  return results.includes(true) ? true : null;
}

function placedRange(placed: Placed): [number, number] {
  let first = Number.MAX_SAFE_INTEGER;
  let last = -1;
  placed.pos.forEach((p, i) => {
    const from = placed.coverFrom[i] as number;
    for (const x of from >= 0 ? [from, (placed.coverTo[i] as number) - 1] : [p]) {
      if (x < 0) continue;
      first = Math.min(first, x);
      last = Math.max(last, x);
    }
  });
  return [first, last];
}

interface Candidate {
  placed: Placed;
  stats: PlacedStats;
  score: number;
  speaker: boolean | null;
  /** Whether the kept words read exactly as in the source; worked out only to break a tie. */
  exact: boolean | null;
}

/** Higher score first; on a tie the place whose speaker matches, then the one that reads exactly as quoted. */
function better(index: QuoteIndex, quote: string, items: readonly QuoteItem[], a: Candidate, b: Candidate): boolean {
  if (a.score !== b.score) return a.score > b.score;
  const sa = a.speaker === true ? 1 : 0;
  const sb = b.speaker === true ? 1 : 0;
  if (sa !== sb) return sa > sb;
  a.exact ??= !buildDiff(index, quote, items, a.placed).surfaceDiffers;
  b.exact ??= !buildDiff(index, quote, items, b.placed).surfaceDiffers;
  return a.exact && !b.exact;
}

/**
 * Checks one quote: `text` as the draft gives it (quote marks, ellipses and [brackets] included), `attributedTo`
 * whom the draft credits (null when nobody). The first and last punctuation of the quote and the case of its first
 * letter are the draft's sentence's, not the speaker's, so they are not compared. A quote from a document
 * (`speakerKind` 'document') is looked for in the document sources only, and its speaker check says whether one
 * holds it; every other quote's speaker is compared with the matched passage's speaker.
 */
export function checkQuote(index: QuoteIndex, quote: QuoteToCheck): QuoteCheck {
  if (quote.speakerKind === 'document') {
    const check = matchQuote(documentIndex(index), { text: quote.text, attributedTo: null });
    const found = check.verdict === 'not-found' ? null : check.source;
    return { ...check, ...documentSpeakerCheck(quote.attributedTo, found, hasDocumentSources(index)) };
  }
  const check = matchQuote(index, quote);
  return { ...check, speakerReason: personSpeakerReason(quote.attributedTo, check.speakerMatch, check.source) };
}

function matchQuote(index: QuoteIndex, quote: QuoteToCheck): WordCheck {
  const { items, wordCount } = parseQuote(quote.text);
  if (wordCount === 0 || index.ids.length === 0) return notFound();
  const ids = quoteIds(index, items);
  const placements = placeQuote(index, items, ids);
  let best: Candidate | null = null;
  for (const placement of placements) {
    const placed = toPlaced(placement);
    addLoneParts(index, items, ids, placed);
    const stats = placedStats(index, items, ids, placed);
    const [first, last] = placedRange(placed);
    const speaker = last >= first ? speakerOf(index, quote.attributedTo, placed.pos) : null;
    const candidate: Candidate = { placed, stats, score: scoreOf(stats), speaker, exact: null };
    if (!best || better(index, quote.text, items, candidate, best)) best = candidate;
  }
  const needed = Math.min(MIN_MATCHED_WORDS, wordCount);
  if (best && best.stats.matched >= needed && similarity(best.stats) >= MIN_SIMILARITY) {
    return placedCheck(index, quote, items, best.placed, best.stats, best.speaker);
  }
  const paraphrase = bestParaphrase(index, items);
  if (paraphrase && paraphrase.share >= PARAPHRASE_MIN_SHARE && paraphrase.shared >= PARAPHRASE_MIN_WORDS) {
    const location = locationOf(index, paraphrase.first, paraphrase.last);
    return {
      verdict: 'paraphrase',
      speakerMatch: speakerOf(index, quote.attributedTo, [paraphrase.first, paraphrase.last]),
      source: location,
      diff: diffWords(location.text, quote.text)
        .map((op) => ({ op: op.op, text: op.text.trim() }))
        .filter((op) => op.text),
      context: contextAround(index, paraphrase.first, paraphrase.last),
      matchedShare: best ? round(best.stats.matched / wordCount) : 0,
    };
  }
  return { ...notFound(), matchedShare: best ? round(best.stats.matched / wordCount) : 0 };
}

/** The quote's kept words against all its words and the source words it leaves out, by rarity (0..1). */
function similarity(stats: PlacedStats): number {
  return stats.keptWeight / Math.max(1e-9, stats.keptWeight + stats.lostWeight);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function placedCheck(
  index: QuoteIndex,
  quote: QuoteToCheck,
  items: readonly QuoteItem[],
  placed: Placed,
  stats: PlacedStats,
  speakerMatch: boolean | null,
): WordCheck {
  const built = buildDiff(index, quote.text, items, placed);
  let verdict: Verdict;
  if (stats.joins > 0) verdict = 'stitched';
  else if (stats.changed + stats.added + stats.dropped > 0) verdict = 'altered';
  else verdict = built.surfaceDiffers ? 'punctuation' : 'exact';
  const [first, last] = placedRange(placed);
  const check: WordCheck = {
    verdict,
    speakerMatch,
    source: locationOf(index, first, last),
    diff: built.diff,
    context: contextAround(index, first, last),
    matchedShare: round(stats.matched / Math.max(1, stats.words)),
  };
  if (verdict === 'stitched') {
    check.parts = stats.parts.map(([i0, i1, p0, p1]): QuotePart => ({
      ...locationOf(index, p0, p1),
      quoteStart: (items[i0] as QuoteItem).start,
      quoteEnd: (items[i1] as QuoteItem).end,
    }));
  }
  return check;
}

/** Checks quotes in order (see checkQuote). */
export function checkQuotes(index: QuoteIndex, quotes: readonly QuoteToCheck[]): QuoteCheck[] {
  return quotes.map((q) => checkQuote(index, q));
}
