// Folded words for the quote library's search: the same folding (case, diacritics, dashes, quotes) and the same word
// tokens for indexed text and typed queries, plus stop words, a light English stem and character-trigram keys.
import { normalizeForSearch, type NormalizedText } from '../text/normalize';
import { tokenizeWords, type WordToken } from '../text/tokenize';

/** Folded words of a text, with the folded copy and its map back to the verbatim text. */
export interface FoldedWords {
  norm: NormalizedText;
  words: WordToken[];
}

/** Folds `text` for search ("Zoë" -> "zoe") and splits the folded copy into words; offsets are into the copy. */
export function foldWords(text: string): FoldedWords {
  const norm = normalizeForSearch(text);
  return { norm, words: tokenizeWords(norm.text) };
}

/**
 * The folded words of `text`, as strings: exactly the words of foldWords, with a fast path for plain ASCII text
 * (most of a library), which the index build runs over every passage.
 */
export function foldedWordList(text: string): string[] {
  const ascii = asciiWords(text);
  return ascii ?? foldWords(text).words.map((w) => w.word);
}

const isWordChar = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** Words of an all-ASCII text as normalizeForSearch + tokenizeWords would give them, or null for other text. */
function asciiWords(text: string): string[] | null {
  const n = text.length;
  for (let i = 0; i < n; i++) if (text.charCodeAt(i) >= 0x80) return null;
  const out: string[] = [];
  let i = 0;
  while (i < n) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      while (i < n && isWordChar(text.charCodeAt(i))) i++;
      const c = text.charCodeAt(i);
      const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if ((c === 0x27 || c === 0x60) && isWordChar(next)) i++;
      else if ((c === 0x2e || c === 0x2c) && isDigit(text.charCodeAt(i - 1)) && isDigit(next)) i++;
      else break;
    }
    out.push(text.slice(start, i).toLowerCase().replace(/`/g, "'"));
  }
  return out;
}

const STOP_LIST =
  'a an and are as at be been but by can could did do does for from had has have he her his i if in into is it its ' +
  "it's me my no not of on or our so that the their them then there these they this those to us was we were what " +
  'when which who will with would you your shall upon all any than also very just more most such only';

/** Words that carry little meaning on their own in English quotes. */
export const STOP_WORDS: ReadonlySet<string> = new Set(STOP_LIST.split(' '));

/** True for a folded word that is a stop word. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/** True for a word that is a number ("1,500", "42", "3.5"). */
export function isNumberWord(word: string): boolean {
  return /^\p{N}[\p{N}.,]*$/u.test(word);
}

/**
 * A light English stem for paraphrase tolerance: drops a possessive and common endings ("demands" -> "demand",
 * "approved" -> "approv", "building" -> "build"), never below three letters.
 */
export function stem(word: string): string {
  let w = word.endsWith("'s") ? word.slice(0, -2) : word;
  for (const suffix of ['ations', 'ation', 'ingly', 'ings', 'ing', 'edly', 'ies', 'ied', 'ed', 'ly', 'es', 's']) {
    if (w.length - suffix.length >= 3 && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length);
      if (suffix === 'ies' || suffix === 'ied') w += 'y';
      break;
    }
  }
  return w;
}

const ASCII_SPACE = 0x20;
const HASH_BASE = 1 << 21;
const HASH_SPAN = (1 << 30) - HASH_BASE;

/** The integer key of three UTF-16 units: exact for ASCII, a hash above 2^21 otherwise. */
export function trigramKey(a: number, b: number, c: number): number {
  if (a < 128 && b < 128 && c < 128) return (a << 14) | (b << 7) | c;
  const h = Math.imul(a, 73856093) ^ Math.imul(b, 19349663) ^ Math.imul(c, 83492791);
  return HASH_BASE + ((h >>> 0) % HASH_SPAN);
}

/**
 * Trigram keys of one folded word padded with a space at each end (" mo", "mom", ..., "nt "); a `partial` word (the
 * last word while typing) gets no end pad, so "momen" matches "moment". Keys may repeat.
 */
export function wordTrigramKeys(word: string, partial = false, out: number[] = []): number[] {
  const n = word.length;
  if (n === 0) return out;
  const at = (i: number): number => (i < 0 || i >= n ? ASCII_SPACE : word.charCodeAt(i));
  const last = partial ? n - 3 : n - 2;
  if (partial && n === 1) {
    return out;
  }
  for (let i = -1; i <= last; i++) out.push(trigramKey(at(i), at(i + 1), at(i + 2)));
  return out;
}
