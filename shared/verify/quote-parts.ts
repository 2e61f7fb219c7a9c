// A draft's quote read for verification: its compared words, the ellipses that mark words left out ("...", "…",
// ". . .", "[...]") and the journalist's [bracketed insertions], each with its place in the quote as given.
import { normalizeForMatching, toOriginalRange } from '../text/normalize';
import { tokenizeWords } from '../text/tokenize';
import { canonicalFromNormalized } from './canonical-words';

/** One element of a quote: a compared word, an ellipsis, or a [bracketed insertion]. */
export type QuoteItem =
  | { kind: 'word'; word: string; start: number; end: number }
  | { kind: 'elision'; start: number; end: number }
  | { kind: 'bracket'; text: string; start: number; end: number };

export interface ParsedQuote {
  items: QuoteItem[];
  /** How many items are words (brackets and ellipses not counted). */
  wordCount: number;
}

const MARKS = /\[\s*(?:\.\s?){3}\s*\]|\.(?:\s?\.){2}|\[[^\]\n]{0,200}\]/g;

/**
 * Reads a quote as the draft gives it (outer quote marks and all). Offsets are into `text`. An ellipsis at the very
 * start or end of the quote says only that the sentence goes on, so it is dropped; repeated ellipses become one.
 */
export function parseQuote(text: string): ParsedQuote {
  const norm = normalizeForMatching(text);
  const marks: { kind: 'elision' | 'bracket'; start: number; end: number }[] = [];
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(norm.text); m; m = MARKS.exec(norm.text)) {
    const kind = m[0].startsWith('[') && !/^\[\s*\./.test(m[0]) ? 'bracket' : 'elision';
    marks.push({ kind, start: m.index, end: m.index + m[0].length });
  }
  const inMark = (at: number): boolean => marks.some((mk) => mk.start <= at && at < mk.end);
  const tokens = tokenizeWords(norm.text).filter((t) => !inMark(t.start));
  const words = canonicalFromNormalized(norm, tokens);
  const items: QuoteItem[] = [];
  let w = 0;
  const pushWordsBefore = (verbatimAt: number): void => {
    while (w < words.length && (words[w]?.start as number) < verbatimAt) {
      const word = words[w++] as { word: string; start: number; end: number };
      items.push({ kind: 'word', word: word.word, start: word.start, end: word.end });
    }
  };
  for (const mark of marks) {
    const range = toOriginalRange(norm, mark.start, mark.end);
    pushWordsBefore(range.start);
    const last = items[items.length - 1];
    if (mark.kind === 'elision') {
      if (last?.kind === 'elision') last.end = range.end;
      else items.push({ kind: 'elision', start: range.start, end: range.end });
    } else {
      items.push({ kind: 'bracket', text: text.slice(range.start, range.end), start: range.start, end: range.end });
    }
  }
  pushWordsBefore(text.length + 1);
  while (items[0]?.kind === 'elision') items.shift();
  while (items[items.length - 1]?.kind === 'elision') items.pop();
  return { items, wordCount: items.filter((i) => i.kind === 'word').length };
}
