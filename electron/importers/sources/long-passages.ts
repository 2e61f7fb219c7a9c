// Cutting an over-long paragraph into passages a search hit can show whole: at a sentence end when there is one in
// the second half of the window, else at a space, else at the limit (never inside a surrogate pair).
import { SOURCE_LIMITS } from './types';

const SENTENCE_END = new Set(['.', '!', '?', '…', '。', '！', '？']);
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);

function isSpace(code: number): boolean {
  return (
    code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0c || code === 0x0b || code === 0xa0
  );
}

/** Where to cut text[start, limit): just after the last sentence end (or space) in the window's second half. */
function cutPoint(text: string, start: number, limit: number): number {
  const floor = start + Math.floor((limit - start) / 2);
  let lastSpace = -1;
  for (let i = limit - 1; i > floor; i--) {
    const code = text.charCodeAt(i);
    if (!isSpace(code)) continue;
    if (lastSpace < 0) lastSpace = i;
    let j = i - 1;
    while (j > floor && CLOSERS.has(text.charAt(j))) j--;
    if (SENTENCE_END.has(text.charAt(j))) return i;
  }
  if (lastSpace > 0) return lastSpace;
  const low = text.charCodeAt(limit);
  return low >= 0xdc00 && low <= 0xdfff ? limit - 1 : limit;
}

/**
 * Splits text[start, end) into ranges of at most `max` characters, each trimmed of surrounding whitespace.
 * Linear in the length of the range.
 */
export function splitLongRange(
  text: string,
  start: number,
  end: number,
  max: number = SOURCE_LIMITS.maxPassageChars,
): [number, number][] {
  if (end - start <= max) return [[start, end]];
  const ranges: [number, number][] = [];
  let from = start;
  while (from < end) {
    while (from < end && isSpace(text.charCodeAt(from))) from++;
    if (from >= end) break;
    if (end - from <= max) {
      ranges.push([from, end]);
      break;
    }
    const cut = cutPoint(text, from, from + max);
    let to = cut;
    while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
    if (to > from) ranges.push([from, to]);
    from = Math.max(cut, from + 1);
  }
  return ranges;
}
