// Finds direct quotes in every common quote style: “ ” " " ‘ ’ ' ' « » » « „ “ ‚ ‘ ” ” 「 」 『 』 ‹ ›, nested quotes,
// apostrophes that are not quotes, and quotes running over several paragraphs (each new paragraph reopens the quote).
import { isLetter, isNewline, isSpace, isWordChar, trimEnd } from './text';

/** A quote from its opening mark through its closing mark (or the end of its last paragraph when it never closes). */
export interface QuoteSpan {
  start: number;
  end: number;
  /** The quoted words, without the outer marks. */
  innerStart: number;
  innerEnd: number;
  /** The opening mark, e.g. '“' or '«'. */
  mark: string;
  /** False when the draft never closes the quote (it then ends with its paragraph). */
  closed: boolean;
  /** How many paragraphs the quote runs over. */
  paragraphs: number;
}

interface Style {
  /** Marks that close the quote. */
  closers: string;
  /** Marks that reopen it at the start of the next paragraph. */
  continuers: string;
  /** Single-mark quotes must tell closing marks from apostrophes. */
  single: boolean;
  /** Straight marks are the same both ways round and need context to pair. */
  straight: boolean;
}

const STYLES: Record<string, Style> = {
  '“': { closers: '”', continuers: '“', single: false, straight: false },
  '„': { closers: '“”', continuers: '„', single: false, straight: false },
  '«': { closers: '»', continuers: '«»', single: false, straight: false },
  '»': { closers: '«', continuers: '»', single: false, straight: false },
  '”': { closers: '”', continuers: '”', single: false, straight: false },
  '"': { closers: '"', continuers: '"', single: false, straight: true },
  '「': { closers: '」', continuers: '「', single: false, straight: false },
  '『': { closers: '』', continuers: '『', single: false, straight: false },
  '‘': { closers: '’', continuers: '‘', single: true, straight: false },
  '‚': { closers: '‘’', continuers: '‚', single: true, straight: false },
  "'": { closers: "'", continuers: "'", single: true, straight: true },
  '‹': { closers: '›', continuers: '‹', single: true, straight: false },
};

const CANDIDATES = /[“„«»”"「『‘‚'‹]/gu;
/** What may stand right before an opening mark besides the start of the text and whitespace. */
const BEFORE_OPENER = '([{—–-/:“‘„‚«‹»"\'';
/** Phrases that introduce a title or a word being mentioned rather than someone's words. */
const TITLE_BEFORE =
  /(?:\b(?:titled|entitled|named|nicknamed|dubbed|headlined|known as|so-called|the (?:word|words|term|phrase|slogan|hashtag|title))\s*[:,]?\s*)$/iu;

function previousVisible(text: string, i: number): string | undefined {
  let p = i - 1;
  while (p >= 0 && /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/u.test(text[p] ?? '')) p--;
  return p >= 0 ? text[p] : undefined;
}

function isOpener(text: string, i: number, mark: string, style: Style): boolean {
  const prev = previousVisible(text, i);
  const next = text[i + 1];
  if (next === undefined || isNewline(next)) return false;
  const cjk = mark === '「' || mark === '『';
  if (!cjk && prev !== undefined && !isSpace(prev) && !BEFORE_OPENER.includes(prev)) return false;
  if (style.single) return isLetter(next); // "'90s" and "’til" are apostrophes
  if (mark === '«' || mark === '‹') return true; // French style allows a space inside the mark
  if (isSpace(next)) return false;
  if (mark === '»' || mark === '”') return isWordChar(next); // a stray French closer or a Swedish opener
  return true;
}

function isCloser(text: string, j: number, style: Style): boolean {
  if (!style.single) return true;
  const prev = text[j - 1];
  const next = text[j + 1];
  if (prev === undefined || isSpace(prev)) return false;
  return !isWordChar(next); // "didn’t", "O’Brien": letters on both sides make an apostrophe
}

function hasWords(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isWordChar(text[k])) return true;
  return false;
}

/** Follows one quote from its opening mark; null when the mark turns out not to open a quote. */
function scanQuote(text: string, open: number, mark: string, style: Style): QuoteSpan | null {
  let paragraphs = 1;
  const unclosed = (at: number): QuoteSpan | null => {
    if (style.single) return null; // a lone single mark is an apostrophe, not a quote
    const end = trimEnd(text, open + 1, at);
    if (!hasWords(text, open + 1, end)) return null;
    return { start: open, end, innerStart: open + 1, innerEnd: end, mark, closed: false, paragraphs };
  };
  for (let j = open + 1; j < text.length; j++) {
    const c = text[j] ?? '';
    if (isNewline(c)) {
      let k = j;
      while (k < text.length && (isNewline(text[k]) || isSpace(text[k]))) k++;
      const reopen = text[k];
      if (reopen !== undefined && style.continuers.includes(reopen) && isLetterAhead(text, k + 1)) {
        paragraphs++;
        j = k;
        continue;
      }
      return unclosed(j);
    }
    if (style.closers.includes(c) && isCloser(text, j, style)) {
      if (!hasWords(text, open + 1, j)) return null;
      if (style.straight && style.single && !/\s/u.test(text.slice(open + 1, j))) return null; // 'n', 'em
      return { start: open, end: j + 1, innerStart: open + 1, innerEnd: j, mark, closed: true, paragraphs };
    }
    // A second “ before any ” means the first quote was never closed.
    if (c === mark && !style.closers.includes(c) && !style.single && isOpener(text, j, mark, style)) return unclosed(j);
  }
  return unclosed(text.length);
}

function isLetterAhead(text: string, k: number): boolean {
  let p = k;
  while (p < text.length && isSpace(text[p]) && !isNewline(text[p])) p++;
  return p < text.length && !isNewline(text[p]);
}

/**
 * Finds the direct quotes of a draft, in draft order. Marks inside a quote that belong to another level (single
 * quotes inside double ones, and the other way round) are part of that quote, never quotes of their own. Quoted
 * titles and mentioned words ("a report titled “Housing First”") are left out.
 */
export function findQuotes(text: string): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  CANDIDATES.lastIndex = 0;
  for (let m = CANDIDATES.exec(text); m; m = CANDIDATES.exec(text)) {
    const mark = m[0];
    const style = STYLES[mark];
    if (!style || !isOpener(text, m.index, mark, style)) continue;
    const quote = scanQuote(text, m.index, mark, style);
    if (!quote) continue;
    CANDIDATES.lastIndex = quote.end;
    if (TITLE_BEFORE.test(text.slice(Math.max(0, quote.start - 40), quote.start))) continue;
    quotes.push(quote);
  }
  return quotes;
}
