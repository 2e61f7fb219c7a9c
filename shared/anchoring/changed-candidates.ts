// Where a changed claim went: regions found by word-bigram votes and aligned word by word (another spelling of a word
// counts as the word), edges carried to where the old neighbours now stand, and places found between the old prefix
// and suffix for claims whose every word changed a little.
import { tokenizeWords } from '../text/tokenize';
import { editSimilarity, isNearWord } from '../text/edit-distance';
import { scoreCandidate, type Candidate, type NewDraft, type Quote } from './candidate';
import { bracketedSpans, extendToPrefix, extendToSuffix, touchesPrefix, touchesSuffix } from './context-bounds';
import { locateCandidates, lookUpWords, wordWeight, type PairedWord } from './place-claim';

const SENTENCE_END = /[.!?]/;
/** Claims up to this many characters are also looked for between their old neighbours. */
const MAX_BRACKETED_QUOTE = 300;
const MAX_BRACKETED = 4;

interface Pair extends PairedWord {
  /** The same word spelled another way ("yers" / "years"). */
  near: boolean;
}

/** Reworded claims: candidate regions from bigram votes, aligned word by word, trimmed at sentence ends. */
export function alignedCandidates(draft: NewDraft, quote: Quote, expected: number): Candidate[] {
  const index = draft.index;
  const claim = lookUpWords(index, quote.words);
  const prefixWords = tokenizeWords(quote.prefix);
  const suffixWords = tokenizeWords(quote.suffix);
  const before = lookUpWords(index, [prefixWords[prefixWords.length - 1]?.word ?? ''])[0] ?? -1;
  const after = lookUpWords(index, [suffixWords[0]?.word ?? ''])[0] ?? -1;
  const text = draft.norm.text;
  const tokens = index.tokens;
  const out: Candidate[] = [];
  for (const span of locateCandidates(index, claim, before, after)) {
    const paired: Pair[] = span.paired.map((p) => ({
      ...p,
      near: !p.match && isNearWord(quote.words[p.i] as string, (tokens[p.j] as { word: string }).word),
    }));
    const found = (p: Pair) => p.match || p.near;
    const firstMatch = paired.findIndex(found);
    const lastMatch = paired.length - 1 - [...paired].reverse().findIndex(found);
    const core = (k: number) => tokens[(paired[k] as Pair).j] as { start: number; end: number; word: string };
    let firstK = 0;
    while (firstK < firstMatch && SENTENCE_END.test(text.slice(core(firstK).end, core(firstMatch).start))) firstK++;
    let lastK = paired.length - 1;
    while (lastK > lastMatch && SENTENCE_END.test(text.slice(core(lastMatch).end, core(lastK).start))) lastK--;
    let start = core(firstK).start;
    let end = core(lastK).end;
    const first = paired[firstK] as Pair;
    const last = paired[lastK] as Pair;
    if (quote.midWordStart) {
      const token = first.i === 0 ? core(firstK) : tokens[first.j - 1];
      start = (token && intoWord(token, quote.words[0] as string, 'start')) ?? start;
    } else if (quote.lead && text.slice(start - quote.lead.length, start) === quote.lead) start -= quote.lead.length;
    if (quote.midWordEnd) {
      const token = last.i === claim.length - 1 ? core(lastK) : tokens[last.j + 1];
      end = (token && intoWord(token, quote.words[claim.length - 1] as string, 'end')) ?? end;
    } else if (quote.trail && text.slice(end, end + quote.trail.length) === quote.trail) end += quote.trail.length;
    // An edge is carried to the old neighbour only while the other edge still touches its own: the claim is then held
    // between its old prefix and suffix, and the words in between are its own.
    const held = { start: touchesPrefix(text, start, quote.prefix), end: touchesSuffix(text, end, quote.suffix) };
    if (!quote.midWordStart && held.end) start = extendToPrefix(text, start, quote.prefix);
    if (!quote.midWordEnd && held.start) end = extendToSuffix(text, end, quote.suffix);
    // Weights: a claim word the new draft lacks but spelled another way there weighs what that spelling weighs.
    let claimWeight = 0;
    const pairOf = new Map(paired.map((p) => [p.i, p]));
    claim.forEach((id, i) => {
      const p = pairOf.get(i);
      claimWeight += id < 0 && p?.near ? wordWeight(index, index.ids[p.j] as number) : wordWeight(index, id);
    });
    let kept = 0;
    let matchedWeight = 0;
    for (let k = firstK; k <= lastK; k++) {
      const p = paired[k] as Pair;
      if (!found(p)) continue;
      kept++;
      const weight = wordWeight(index, index.ids[p.j] as number);
      matchedWeight += p.match ? weight : weight * editSimilarity(quote.words[p.i] as string, core(k).word);
    }
    let spanWeight = 0;
    for (let j = first.j; j <= last.j; j++) spanWeight += wordWeight(index, index.ids[j] as number);
    spanWeight += edgeWeight(draft, start, first.j, -1) + edgeWeight(draft, end, last.j, 1);
    const similarity = (2 * matchedWeight) / (claimWeight + spanWeight);
    out.push(scoreCandidate(draft, quote, start, end, similarity, kept / claim.length, expected));
  }
  return out;
}

/** The weight of the words an edge moved over, beyond token `j` in direction `step`, up to offset `edge`. */
function edgeWeight(draft: NewDraft, edge: number, j: number, step: 1 | -1): number {
  let weight = 0;
  for (let k = j + step; k >= 0 && k < draft.index.tokens.length; k += step) {
    const t = draft.index.tokens[k] as { start: number; end: number };
    if (step > 0 ? t.end > edge : t.start < edge) break;
    weight += wordWeight(draft.index, draft.index.ids[k] as number);
  }
  return weight;
}

/** For a claim that began (ended) inside a word: the offset inside `token` where its part of the word begins (ends). */
function intoWord(token: { start: number; end: number; word: string }, part: string, side: 'start' | 'end') {
  if (token.word === part || part.length >= token.word.length) return null;
  if (side === 'start') return token.word.endsWith(part) ? token.end - part.length : null;
  return token.word.startsWith(part) ? token.start + part.length : null;
}

/**
 * Claims found between their old prefix and suffix: scored on the characters they kept, so a one-word claim whose
 * typo was fixed is found again. Only for quotes up to MAX_BRACKETED_QUOTE characters.
 */
export function bracketedCandidates(draft: NewDraft, quote: Quote, expected: number): Candidate[] {
  if (quote.exact.length > MAX_BRACKETED_QUOTE || quote.words.length === 0) return [];
  const text = draft.norm.text;
  const spans = bracketedSpans(text, quote.prefix, quote.suffix, quote.exact, expected);
  const out: Candidate[] = [];
  for (const { start, end } of spans.slice(0, MAX_BRACKETED)) {
    const found = text.slice(start, end);
    // Unchanged words with text added beside them: the exact search has the claim itself.
    if (found.includes(quote.exact)) continue;
    const words = tokenizeWords(found).map((t) => t.word);
    const kept = quote.words.filter((w) => words.some((n) => n === w || isNearWord(w, n))).length;
    const similarity = editSimilarity(quote.exact, found);
    out.push(scoreCandidate(draft, quote, start, end, similarity, kept / quote.words.length, expected));
  }
  return out;
}
