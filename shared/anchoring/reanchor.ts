// Re-anchoring claims when a new draft version is imported: each claim is found again exactly, found changed (best
// fuzzy match above MIN_SCORE, with a word diff) or orphaned. Matching runs on normalised copies of the texts; the
// anchors that come out point at the verbatim new text, on grapheme boundaries.
import type { Anchor, AnchorState } from '../model/claim';
import { snapRangeToGraphemes } from '../text/graphemes';
import { normalizeForMatching, toNormalizedOffset, toOriginalRange, type NormalizedText } from '../text/normalize';
import { tokenizeWords } from '../text/tokenize';
import { diffWords, type WordDiff } from '../text/word-diff';
import { MAX_WORDS_GONE, MIN_SCORE, combineScore, contextSimilarity, positionSimilarity } from './anchor-score';
import { buildWordIndex, locateCandidates, lookUpWords, occurrences, wordWeight, type WordIndex } from './fuzzy-locate';
import { createAnchor } from './text-quote';

export { MIN_SCORE, MAX_WORDS_GONE } from './anchor-score';

/** Where one claim ended up in the new version. */
export interface ReanchorOutcome {
  /** The new anchor, on the new draft: state 'exact', 'changed' or 'orphaned'. */
  anchor: Anchor;
  /** How well the place fits, 0..1 (for an orphaned claim: the best place seen, which was not good enough). */
  score: number;
  /** For a changed claim: its old text against its new text, word by word. */
  diff?: WordDiff;
}

export interface ReanchorOptions {
  /** Look for reworded claims too (default true). False gives exact text plus prefix/suffix only. */
  fuzzy?: boolean;
}

interface NewDraft {
  text: string;
  norm: NormalizedText;
  index: WordIndex;
}

/** A claim's quote and context in normalised form. */
interface Quote {
  exact: string;
  prefix: string;
  suffix: string;
  words: string[];
  /** Non-word characters at the start and end of the quote ('"', '(', '%', ...). */
  lead: string;
  trail: string;
  /** The quote starts (ends) inside a word of the old draft, so no word boundary is required there. */
  midWordStart: boolean;
  midWordEnd: boolean;
}

interface Candidate {
  start: number;
  end: number;
  score: number;
  /** Share of the claim's words found at this place. */
  kept: number;
  /** The same text with its context intact on both sides: no reworded version elsewhere can fit better. */
  settled: boolean;
}

const MAX_OCCURRENCES = 400;
const SETTLED_CONTEXT = 0.9;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const SENTENCE_END = /[.!?]/;

/**
 * Finds every anchor of the old draft version in the new one. `oldText` gives the scale for the position hint;
 * the anchors' exact, prefix and suffix do the finding, so anchors left orphaned by an earlier version are looked
 * for again too. Returns one outcome per anchor, in order.
 */
export function reanchorClaims(
  oldText: string,
  newText: string,
  anchors: readonly Anchor[],
  newDraftId: string,
  options: ReanchorOptions = {},
): ReanchorOutcome[] {
  const norm = normalizeForMatching(newText);
  const draft: NewDraft = { text: newText, norm, index: buildWordIndex(norm.text) };
  const fuzzy = options.fuzzy ?? true;
  return anchors.map((anchor) => reanchorOne(draft, anchor, oldText.length, newDraftId, fuzzy));
}

function reanchorOne(
  draft: NewDraft,
  anchor: Anchor,
  oldLength: number,
  draftId: string,
  fuzzy: boolean,
): ReanchorOutcome {
  const quote = toQuote(anchor);
  const ratio = oldLength > 0 ? Math.min(1, Math.max(0, anchor.start / oldLength)) : 0;
  const expected = ratio * draft.norm.text.length;
  let best = bestOf(exactCandidates(draft, quote, expected));
  if (fuzzy && quote.words.length > 0 && !(best && best.score >= MIN_SCORE && best.settled)) {
    const changed = bestOf(fuzzyCandidates(draft, draft.index, quote, expected));
    if (changed && (!best || changed.score > best.score)) best = changed;
  }
  if (!best || best.score < MIN_SCORE || 1 - best.kept > MAX_WORDS_GONE) {
    const at = snapRangeToGraphemes(
      draft.text,
      Math.round(ratio * draft.text.length),
      Math.round(ratio * draft.text.length),
    );
    return {
      anchor: { ...anchor, draftId, start: at.start, end: at.start, state: 'orphaned' },
      score: best ? round(best.score) : 0,
    };
  }
  const verbatim = toOriginalRange(draft.norm, best.start, best.end);
  const range = snapRangeToGraphemes(draft.text, verbatim.start, verbatim.end);
  const created = createAnchor(draft.text, range.start, range.end, draftId);
  const state: AnchorState = sameText(created.exact, anchor.exact) ? 'exact' : 'changed';
  const outcome: ReanchorOutcome = { anchor: { ...created, state }, score: round(best.score) };
  if (state === 'changed') outcome.diff = diffWords(anchor.exact, created.exact);
  return outcome;
}

/** The same text, or a difference only in typography: quotes, dashes, spacing, invisible characters, NFC/NFD. */
function sameText(a: string, b: string): boolean {
  if (a === b) return true;
  return (
    normalizeForMatching(a, { foldCase: false }).text.trim() ===
    normalizeForMatching(b, { foldCase: false }).text.trim()
  );
}

function toQuote(anchor: Anchor): Quote {
  const combined = anchor.prefix + anchor.exact + anchor.suffix;
  const norm = normalizeForMatching(combined);
  let s = toNormalizedOffset(norm, anchor.prefix.length);
  let e = Math.max(s, toNormalizedOffset(norm, anchor.prefix.length + anchor.exact.length));
  while (s < e && norm.text[s] === ' ') s++;
  while (e > s && norm.text[e - 1] === ' ') e--;
  const exact = norm.text.slice(s, e);
  const tokens = tokenizeWords(exact);
  const firstToken = tokens[0];
  const lastToken = tokens[tokens.length - 1];
  return {
    exact,
    prefix: norm.text.slice(0, s),
    suffix: norm.text.slice(e),
    words: tokens.map((t) => t.word),
    lead: firstToken ? exact.slice(0, firstToken.start) : '',
    trail: lastToken ? exact.slice(lastToken.end) : '',
    midWordStart: s > 0 && isWordChar(norm.text[s - 1]) && isWordChar(norm.text[s]),
    midWordEnd: e < norm.text.length && isWordChar(norm.text[e - 1]) && isWordChar(norm.text[e]),
  };
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

/** Every place the normalised quote occurs on word boundaries, scored; the nearest ones when it is everywhere. */
function exactCandidates(draft: NewDraft, quote: Quote, expected: number): Candidate[] {
  if (!quote.exact) return [];
  let places = indexedPlaces(draft, quote);
  if (places.length === 0) places = scannedPlaces(draft.norm.text, quote);
  if (places.length > MAX_OCCURRENCES) {
    places.sort((x, y) => Math.abs(x - expected) - Math.abs(y - expected));
    places.length = MAX_OCCURRENCES;
  }
  return places.map((at) => score(draft, quote, at, at + quote.exact.length, 1, 1, expected));
}

/** Occurrences found through the rarest word of the quote (fast; misses quotes that cut a word in two). */
function indexedPlaces(draft: NewDraft, quote: Quote): number[] {
  if (quote.midWordStart || quote.midWordEnd || quote.words.length === 0) return [];
  const ids = lookUpWords(draft.index, quote.words);
  if (ids.some((id) => id < 0)) return [];
  let rarest = 0;
  for (let k = 1; k < ids.length; k++) {
    if (occurrences(draft.index, ids[k] as number).length < occurrences(draft.index, ids[rarest] as number).length)
      rarest = k;
  }
  const places: number[] = [];
  for (const p of occurrences(draft.index, ids[rarest] as number)) {
    const token = draft.index.tokens[p - rarest];
    if (!token) continue;
    const at = token.start - quote.lead.length;
    if (at >= 0 && draft.norm.text.startsWith(quote.exact, at) && onBoundaries(draft.norm.text, quote, at))
      places.push(at);
  }
  return places;
}

/** Occurrences found by scanning the whole text. */
function scannedPlaces(text: string, quote: Quote): number[] {
  const places: number[] = [];
  for (let at = text.indexOf(quote.exact); at >= 0; at = text.indexOf(quote.exact, at + 1)) {
    if (onBoundaries(text, quote, at)) places.push(at);
  }
  return places;
}

/** The occurrence does not cut a word in two where the claim did not. */
function onBoundaries(text: string, quote: Quote, at: number): boolean {
  const end = at + quote.exact.length;
  if (!quote.midWordStart && isWordChar(text[at - 1]) && isWordChar(text[at])) return false;
  return quote.midWordEnd || !(isWordChar(text[end]) && isWordChar(text[end - 1]));
}

/** Reworded claims: candidate regions from bigram votes, aligned word by word, trimmed at sentence ends. */
function fuzzyCandidates(draft: NewDraft, index: WordIndex, quote: Quote, expected: number): Candidate[] {
  const claim = lookUpWords(index, quote.words);
  const claimWeight = claim.reduce((sum, id) => sum + wordWeight(index, id), 0);
  const prefixWords = tokenizeWords(quote.prefix);
  const suffixWords = tokenizeWords(quote.suffix);
  const before = lookUpWords(index, [prefixWords[prefixWords.length - 1]?.word ?? ''])[0] ?? -1;
  const after = lookUpWords(index, [suffixWords[0]?.word ?? ''])[0] ?? -1;
  const text = draft.norm.text;
  const out: Candidate[] = [];
  for (const span of locateCandidates(index, claim, before, after)) {
    const paired = span.paired;
    const firstMatch = paired.findIndex((p) => p.match);
    const lastMatch = paired.length - 1 - [...paired].reverse().findIndex((p) => p.match);
    const core = (k: number) => index.tokens[(paired[k] as { j: number }).j] as { start: number; end: number };
    let firstK = 0;
    while (firstK < firstMatch && SENTENCE_END.test(text.slice(core(firstK).end, core(firstMatch).start))) firstK++;
    let lastK = paired.length - 1;
    while (lastK > lastMatch && SENTENCE_END.test(text.slice(core(lastMatch).end, core(lastK).start))) lastK--;
    let start = core(firstK).start;
    let end = core(lastK).end;
    if (quote.lead && text.slice(start - quote.lead.length, start) === quote.lead) start -= quote.lead.length;
    if (quote.trail && text.slice(end, end + quote.trail.length) === quote.trail) end += quote.trail.length;
    let matched = 0;
    let matchedWeight = 0;
    for (let k = firstK; k <= lastK; k++) {
      const p = paired[k] as { j: number; match: boolean };
      if (!p.match) continue;
      matched++;
      matchedWeight += wordWeight(index, index.ids[p.j] as number);
    }
    let spanWeight = 0;
    for (let j = (paired[firstK] as { j: number }).j; j <= (paired[lastK] as { j: number }).j; j++) {
      spanWeight += wordWeight(index, index.ids[j] as number);
    }
    const similarity = (2 * matchedWeight) / (claimWeight + spanWeight);
    out.push(score(draft, quote, start, end, similarity, matched / claim.length, expected));
  }
  return out;
}

function score(
  draft: NewDraft,
  quote: Quote,
  start: number,
  end: number,
  similarity: number,
  kept: number,
  expected: number,
): Candidate {
  const text = draft.norm.text;
  const prefix = contextSimilarity(quote.prefix, text.slice(Math.max(0, start - quote.prefix.length), start), 'before');
  const suffix = contextSimilarity(quote.suffix, text.slice(end, end + quote.suffix.length), 'after');
  const position = positionSimilarity(start, expected, text.length);
  const total = combineScore({ quote: similarity, prefix, suffix, position }, quote.words.length);
  const settled = similarity === 1 && prefix >= SETTLED_CONTEXT && suffix >= SETTLED_CONTEXT;
  return { start, end, score: total, kept, settled };
}

function bestOf(candidates: Candidate[]): Candidate | null {
  let best: Candidate | null = null;
  for (const c of candidates) if (!best || c.score > best.score) best = c;
  return best;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
