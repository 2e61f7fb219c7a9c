// The suggestion pass: runs every detector over a draft and returns check-worthy spans in draft order.
//
// Overlaps, decided once here:
// - A direct quote is checked against its source as a whole, so other spans inside a quote (its numbers, dates,
//   names) are not suggested separately; the quote's reason says what it contains.
// - Numbers inside a date ("Sept. 30", "7 a.m.", "the past two years") are part of the date.
// - Spans of one kind that overlap are merged into one; spans of different kinds may overlap (a prediction sentence
//   holds its number), since each asks for a different check.
// - A quote's own attribution ("said Bass") is part of the quote suggestion, not a separate attribution.
// - Scare quotes and quoted titles (a few words, no attribution, not a sentence) are not quotes to check.
import { findDates } from './dates';
import { findTitledNames } from './names';
import { findNumbers } from './numbers';
import { findAttributions } from './paraphrases';
import { findPredictions } from './predictions';
import { findQuotes, type QuoteSpan } from './quotes';
import { scoreSpans } from './checkworthy/score';
import { isScareQuote } from './scare-quotes';
import { attributeQuotes, quoteReason } from './speakers';
import { findSuperlatives } from './superlatives';
import { SentenceIndex, snapEnd, snapStart } from './text';
import { mergeOverlapping, type Found, type Range, type Suggestion } from './types';
import { CLAIM_KINDS } from '../model/claim';

/** True when `span` overlaps one of the sorted `ranges` (binary search, so long drafts stay fast). */
function overlapsSorted(span: Range, ranges: Range[]): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid];
    if (!r) break;
    if (r.end <= span.start) lo = mid + 1;
    else if (r.start >= span.end) hi = mid - 1;
    else return true;
  }
  return false;
}

/**
 * The draft's notice lines ("© 2024 Example News. All rights reserved.", "Copyright 2023 ..."), in order: the year
 * and the publisher's name there are the page's small print, not claims of the story.
 */
function noticeLines(text: string): Range[] {
  const out: Range[] = [];
  const line = /^[ \t]*(?:©|\(c\)[ \t]*\d|copyright\b)[^\n]*|^[^\n]*\ball rights reserved\b[^\n]*/gimu;
  for (let m = line.exec(text); m; m = line.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

function containedIn(span: Range, ranges: Range[]): boolean {
  return ranges.some((r) => r.start <= span.start && span.end <= r.end);
}

const CONTENT_WORDS: Partial<Record<Found['kind'], string>> = {
  number: 'a number',
  date: 'a date',
  prediction: 'a prediction',
  superlative: 'a superlative',
  name: 'a name',
};

/** For each quote, what else it holds ("; contains a number, a date"), found in one sweep over sorted spans. */
function quoteContents(quotes: QuoteSpan[], candidates: Found[]): string[] {
  const kinds: Set<Found['kind']>[] = quotes.map(() => new Set());
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  let qi = 0;
  for (const c of sorted) {
    while (qi < quotes.length && (quotes[qi]?.end ?? 0) <= c.start) qi++;
    const q = quotes[qi];
    if (q && q.start <= c.start && c.end <= q.end) kinds[qi]?.add(c.kind);
  }
  return kinds.map((set) =>
    set.size === 0 ? '' : `; contains ${[...set].map((k) => CONTENT_WORDS[k] ?? k).join(', ')}`,
  );
}

/**
 * Finds check-worthy spans in a draft: direct quotes (with their speakers), numbers, dates, attributions,
 * predictions, superlatives and titled names. Offsets are UTF-16 indices into `text` exactly as given (CRLF, NFD
 * and emoji included) and never split a surrogate pair or a base letter from its combining marks. The result is in
 * draft order (by start, longer span first, then kind order).
 */
export function suggestClaims(text: string): Suggestion[] {
  if (!text) return [];
  const sentences = new SentenceIndex(text);
  const allQuotes = findQuotes(text);
  const names = findTitledNames(text);
  const attributions = findAttributions(text, (i) => sentences.sentenceAt(i).start);
  const known = [...names, ...attributions]
    .filter((f) => f.speakerKind !== 'document')
    .map((f) => f.speaker)
    .filter((s): s is string => s !== null);
  const allSpeakers = attributeQuotes(text, allQuotes, sentences, known);
  const kept = allQuotes.map((q, i) => !(allSpeakers[i]?.source === 'none' && isScareQuote(text, q)));
  const quotes = allQuotes.filter((_, i) => kept[i]);
  const speakers = allSpeakers.filter((_, i) => kept[i]);

  const dates = mergeOverlapping(findDates(text));
  const candidates: Found[] = [
    ...dates,
    ...mergeOverlapping(findNumbers(text)).filter((n) => !containedIn(n, dates)),
    ...mergeOverlapping(findPredictions(text, sentences, quotes)),
    ...mergeOverlapping(findSuperlatives(text)),
    ...mergeOverlapping(names),
  ];
  const quoteRanges: Range[] = quotes.map((q) => ({ start: q.start, end: q.end }));
  const quoteAttributions = speakers
    .map((s) => s.attribution)
    .filter((r): r is Range => r !== null)
    .sort((a, b) => a.start - b.start);
  const outside = candidates.filter((c) => !overlapsSorted(c, quoteRanges));
  const paraphrases = mergeOverlapping(attributions).filter(
    (a) => !overlapsSorted(a, quoteRanges) && !overlapsSorted(a, quoteAttributions),
  );

  const contents = quoteContents(quotes, candidates);
  const found: Found[] = quotes.map((q, i) => {
    const s = speakers[i] ?? { speaker: null, kind: null, source: 'none' as const, pronoun: null, attribution: null };
    return {
      start: q.start,
      end: q.end,
      kind: 'quote',
      reason: quoteReason(q, s) + (contents[i] ?? ''),
      speaker: s.speaker,
      speakerKind: s.kind,
    };
  });
  found.push(...outside, ...paraphrases);
  const notices = noticeLines(text);
  const claims = notices.length ? found.filter((f) => !overlapsSorted(f, notices)) : found;

  const order = (k: Found['kind']): number => CLAIM_KINDS.indexOf(k);
  const spans = claims
    .map((f) => {
      const start = snapStart(text, f.start);
      const end = snapEnd(text, f.end);
      const speaks = f.kind === 'quote' || f.kind === 'attribution';
      const speaker = speaks ? f.speaker : null;
      const speakerKind = speaks && speaker !== null ? (f.speakerKind ?? null) : null;
      return { start, end, text: text.slice(start, end), kind: f.kind, reason: f.reason, speaker, speakerKind };
    })
    .sort((a, b) => a.start - b.start || b.end - a.end || order(a.kind) - order(b.kind));
  return scoreSpans(text, sentences, spans);
}
