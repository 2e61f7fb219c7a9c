// Re-anchoring claims when a new draft version is imported: each claim is found again exactly, found changed (best
// fuzzy match above MIN_SCORE, with a word diff) or orphaned. Matching runs on normalised copies of the texts; the
// anchors that come out point at the verbatim new text, on grapheme boundaries.
import type { Anchor, AnchorState } from '../model/claim';
import { snapRangeToGraphemes } from '../text/graphemes';
import { normalizeForMatching, toNormalizedOffset, toOriginalRange } from '../text/normalize';
import { tokenizeWords } from '../text/tokenize';
import { diffWords, type WordDiff } from '../text/word-diff';
import { MIN_SCORE, reportedScore } from './anchor-score';
import {
  SETTLED_CONTEXT,
  attachable,
  bestOf,
  preferred,
  scoreCandidate,
  type Candidate,
  type NewDraft,
  type Quote,
} from './candidate';
import { alignedCandidates, bracketedCandidates } from './changed-candidates';
import { buildWordIndex, lookUpWords, occurrences } from './place-claim';
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

const MAX_OCCURRENCES = 400;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

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
  let best = bestOf(draft, quote, exactCandidates(draft, quote, expected));
  if (fuzzy && quote.words.length > 0 && !(best && best.score >= MIN_SCORE && best.settled)) {
    best = preferred(best, bestOf(draft, quote, alignedCandidates(draft, quote, expected)));
    // Between the old neighbours: needed only when no place found so far has its context intact on both sides.
    if (!best || !attachable(best) || best.context < SETTLED_CONTEXT) {
      best = preferred(best, bestOf(draft, quote, bracketedCandidates(draft, quote, expected)));
    }
  }
  if (!best || !attachable(best)) {
    const at = snapRangeToGraphemes(
      draft.text,
      Math.round(ratio * draft.text.length),
      Math.round(ratio * draft.text.length),
    );
    return {
      anchor: { ...anchor, draftId, start: at.start, end: at.start, state: 'orphaned' },
      score: best ? round(reportedScore(best.score, quote.words.length, best.position)) : 0,
    };
  }
  const verbatim = toOriginalRange(draft.norm, best.start, best.end);
  const range = snapRangeToGraphemes(draft.text, verbatim.start, verbatim.end);
  const created = createAnchor(draft.text, range.start, range.end, draftId);
  const state: AnchorState = sameText(created.exact, anchor.exact) ? 'exact' : 'changed';
  const outcome: ReanchorOutcome = {
    anchor: { ...created, state },
    score: round(reportedScore(best.score, quote.words.length, best.position)),
  };
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
  return places.map((at) => scoreCandidate(draft, quote, at, at + quote.exact.length, 1, 1, expected));
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

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
