// What a claim's old context says about a place in the new draft: the words that stood just before and after the
// claim bound where it can be (a changed claim runs up to them; a claim can be found between them), and a place that is
// itself those neighbouring words is not the claim. All texts are normalised (see normalizeForMatching).

/** Characters of context compared at each edge of a claim. */
const EDGE = 12;
/** Fewest characters of context that say anything. */
const MIN_EDGE = 5;
/** How far past a changed claim's edge its old neighbour may now begin: a word or two added at the edge. */
const MAX_GAP = 30;
const MAX_GAP_WORDS = 3;
const MAX_BRACKETS = 50;
const SENTENCE_BREAK = /[.!?] /;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * True when text[start, end) is the text that stood just before or after the claim in the old draft (its prefix or
 * suffix), seen by the characters around it agreeing with that context: after a claim is deleted, its neighbours are
 * what is left where it was, and must not be taken for it.
 */
export function isOldNeighbour(text: string, start: number, end: number, prefix: string, suffix: string): boolean {
  const found = text.slice(start, end);
  if (!found.trim()) return false;
  return sitsInContext(text, start, end, found, prefix) || sitsInContext(text, start, end, found, suffix);
}

function sitsInContext(text: string, start: number, end: number, found: string, context: string): boolean {
  for (let at = context.indexOf(found); at >= 0; at = context.indexOf(found, at + 1)) {
    const before = context.slice(Math.max(0, at - EDGE), at);
    const after = context.slice(at + found.length, at + found.length + EDGE);
    if (before.length >= MIN_EDGE && text.slice(start - before.length, start) === before) return true;
    if (after.length >= MIN_EDGE && text.slice(end, end + after.length) === after) return true;
  }
  return false;
}

/**
 * The end of a changed claim moved forward to where its old suffix now begins, when only a word or two (no sentence
 * break) lies between: "in September" rewritten "in late October" ends after "October", not after "late".
 */
export function extendToSuffix(text: string, end: number, suffix: string): number {
  const head = suffix.slice(0, EDGE);
  if (head.trim().length < MIN_EDGE) return end;
  const window = text.slice(end, end + MAX_GAP + head.length);
  const found = window.indexOf(head);
  const at = found < 0 ? -1 : end + found;
  if (at <= end || at - end > MAX_GAP || !fillsEdge(text.slice(end, at))) return end;
  let to = at;
  while (to > end && text[to - 1] === ' ') to--;
  return to;
}

/** The start of a changed claim moved back to where its old prefix now ends (see extendToSuffix). */
export function extendToPrefix(text: string, start: number, prefix: string): number {
  const tail = prefix.slice(-EDGE);
  if (tail.trim().length < MIN_EDGE) return start;
  const from0 = Math.max(0, start - MAX_GAP - tail.length);
  const found = text.slice(from0, start).lastIndexOf(tail);
  if (found < 0) return start;
  const at = from0 + found;
  let from = at + tail.length;
  if (from >= start || start - from > MAX_GAP || !fillsEdge(text.slice(from, start))) return start;
  while (from < start && text[from] === ' ') from++;
  return from;
}

/** The old prefix still ends at `start` (its last characters, or the draft's start for a claim that opened it). */
export function touchesPrefix(text: string, start: number, prefix: string): boolean {
  if (!prefix) return start === 0;
  const tail = prefix.slice(-EDGE);
  return tail.trim().length >= MIN_EDGE && text.slice(start - tail.length, start) === tail;
}

/** The old suffix still begins at `end` (its first characters, or the draft's end for a claim that closed it). */
export function touchesSuffix(text: string, end: number, suffix: string): boolean {
  if (!suffix) return end === text.length;
  const head = suffix.slice(0, EDGE);
  return head.trim().length >= MIN_EDGE && text.slice(end, end + head.length) === head;
}

function sentenceBreaks(text: string): number {
  return text.match(/[.!?]["')\]]* /g)?.length ?? 0;
}

/** A gap of one to three words with no sentence break in it. */
function fillsEdge(gap: string): boolean {
  if (!WORD_CHAR.test(gap) || SENTENCE_BREAK.test(gap)) return false;
  const words = gap.trim().split(/\s+/).length;
  return words <= MAX_GAP_WORDS;
}

/**
 * Places where the claim's old prefix still ends and its old suffix begins shortly after, with some text between:
 * where a claim whose own words all changed a little (a one-word typo fix) can be found. The text between may be
 * half as long again as the quote but hold no more sentence breaks (a sentence inserted next to an unchanged claim is
 * not part of it). Returns it without its edge spaces, nearest to `expected` first.
 */
export function bracketedSpans(
  text: string,
  prefix: string,
  suffix: string,
  quote: string,
  expected: number,
): { start: number; end: number }[] {
  const quoteLength = quote.length;
  const tail = prefix.slice(-EDGE);
  const head = suffix.slice(0, EDGE);
  const longest = quoteLength + Math.max(MAX_GAP, quoteLength / 2);
  const breaksInQuote = sentenceBreaks(quote);
  const starts: number[] = [];
  if (!prefix) starts.push(0);
  else if (tail.trim().length >= MIN_EDGE) {
    for (let at = text.indexOf(tail); at >= 0 && starts.length < MAX_BRACKETS; at = text.indexOf(tail, at + 1)) {
      starts.push(at + tail.length);
    }
  }
  const spans: { start: number; end: number }[] = [];
  for (const from of starts) {
    let to: number;
    if (!suffix) to = text.length - from <= longest ? text.length : -1;
    else if (head.trim().length < MIN_EDGE) to = -1;
    else {
      const found = text.slice(from, from + longest + head.length).indexOf(head);
      to = found < 0 ? -1 : from + found;
    }
    if (to < 0) continue;
    let start = from;
    let end = to;
    while (start < end && text[start] === ' ') start++;
    while (end > start && text[end - 1] === ' ') end--;
    if (end > start && sentenceBreaks(text.slice(start, end)) <= breaksInQuote) spans.push({ start, end });
  }
  return spans.sort((a, b) => Math.abs(a.start - expected) - Math.abs(b.start - expected));
}
