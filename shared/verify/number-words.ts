// Numbers written as digits or as words read to one form for quote matching: "twenty-five", "25" -> "25";
// "one hundred and five" -> "105"; "1,500" -> "1500"; "2.5 million", "2,500,000" -> "2500000"; "25%" flagged.
import type { WordToken } from '../text/tokenize';

const ONES: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};
const TEENS: Record<string, number> = {
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** Every word that can start or continue a number written in words. */
const NUMBER_WORDS = new Set(['zero', ...Object.keys(ONES), ...Object.keys(TEENS), ...Object.keys(TENS)]);

const DIGITS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/;

/** A number read from one or more tokens. */
export interface ReadNumber {
  /** Digits, no separators: "25", "2500000", "2.5". */
  value: string;
  /** How many tokens it took. */
  count: number;
  /** A "%" follows the number (right after it or after one space). */
  percent: boolean;
  /** Just after the "%" in the matching copy, when there is one. */
  percentEnd: number;
}

type Kind = 'none' | 'ones' | 'teen' | 'tens' | 'hundred' | 'scale';

/** True when only a space or a dash separates two tokens of the matching copy. */
function joined(text: string, a: WordToken, b: WordToken): boolean {
  const gap = text.slice(a.end, b.start);
  return gap === ' ' || gap === '-';
}

function percentAfter(text: string, at: number): number {
  if (text[at] === '%') return at + 1;
  return text[at] === ' ' && text[at + 1] === '%' ? at + 2 : -1;
}

function result(value: string, count: number, text: string, last: WordToken): ReadNumber {
  const end = percentAfter(text, last.end);
  return { value, count, percent: end >= 0, percentEnd: end };
}

function format(value: number): string {
  return Number.isInteger(value) ? BigInt(Math.round(value)).toString() : String(value);
}

/** Reads the number starting at token `k` of a lower-case matching copy `text`, or null when there is none. */
export function readNumber(tokens: readonly WordToken[], k: number, text: string): ReadNumber | null {
  const first = tokens[k];
  if (!first) return null;
  const c = first.word.charCodeAt(0);
  if (c >= 0x30 && c <= 0x39) {
    if (!DIGITS.test(first.word)) return null;
    let value = Number(first.word.replace(/,/g, ''));
    let count = 1;
    const next = tokens[k + 1];
    const scale = next ? SCALES[next.word] : undefined;
    if (next && scale && joined(text, first, next)) {
      value *= scale;
      count = 2;
    }
    return result(format(value), count, text, tokens[k + count - 1] as WordToken);
  }
  if (!NUMBER_WORDS.has(first.word)) return null;
  if (first.word === 'zero') return result('0', 1, text, first);
  let total = 0;
  let current = 0;
  let kind: Kind = 'none';
  let used = 0;
  for (let j = k; j < tokens.length; j++) {
    const token = tokens[j] as WordToken;
    if (j > k && !joined(text, tokens[j - 1] as WordToken, token)) break;
    const w = token.word;
    if (w in ONES && (kind === 'none' || kind === 'tens' || kind === 'hundred' || kind === 'scale')) {
      current += ONES[w] as number;
      kind = 'ones';
    } else if (w in TEENS && (kind === 'none' || kind === 'hundred' || kind === 'scale')) {
      current += TEENS[w] as number;
      kind = 'teen';
    } else if (w in TENS && (kind === 'none' || kind === 'hundred' || kind === 'scale')) {
      current += TENS[w] as number;
      kind = 'tens';
    } else if (w === 'hundred' && (kind === 'ones' || kind === 'teen') && current % 100 !== 0) {
      current *= 100;
      kind = 'hundred';
    } else if (w in SCALES && current > 0 && kind !== 'scale') {
      total += current * (SCALES[w] as number);
      current = 0;
      kind = 'scale';
    } else if (w === 'and' && (kind === 'hundred' || kind === 'scale')) {
      const next = tokens[j + 1];
      if (!next || !(next.word in ONES || next.word in TEENS || next.word in TENS)) break;
      if (!joined(text, token, next)) break;
      continue;
    } else break;
    used = j - k + 1;
  }
  return result(format(total + current), used, text, tokens[k + used - 1] as WordToken);
}
