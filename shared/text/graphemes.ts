// Grapheme boundaries for offsets into verbatim text, so a highlight never cuts an emoji, a flag, an accented letter
// or a CRLF in two. Uses Intl.Segmenter on a small window only (segmenting a whole draft is slow).

const WINDOW = 64;

let segmenter: Intl.Segmenter | null = null;
function graphemeSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return segmenter;
}

/** True when `offset` lies between two user-perceived characters of `text` (or at either end). */
export function isGraphemeBoundary(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return true;
  return clusterStart(text, offset) === offset;
}

/**
 * Moves `offset` to the nearest grapheme boundary: 'backward' to the start of the cluster it falls in, 'forward' to
 * its end. Offsets already on a boundary are returned as they are.
 */
export function snapToGrapheme(text: string, offset: number, direction: 'backward' | 'forward'): number {
  if (offset <= 0) return 0;
  if (offset >= text.length) return text.length;
  if (surelyBoundary(text, offset)) return offset;
  const start = clusterStart(text, offset);
  if (start === offset || direction === 'backward') return start;
  return clusterEnd(text, offset);
}

/** Widens [start, end) so that both ends are grapheme boundaries. */
export function snapRangeToGraphemes(text: string, start: number, end: number): { start: number; end: number } {
  const s = snapToGrapheme(text, start, 'backward');
  const e = end <= start ? s : snapToGrapheme(text, end, 'forward');
  return { start: s, end: Math.max(s, e) };
}

/** A break before a character below U+0300 is always a boundary, except inside CRLF and after a high surrogate. */
function surelyBoundary(text: string, offset: number): boolean {
  const cur = text.charCodeAt(offset);
  const prev = text.charCodeAt(offset - 1);
  if (cur >= 0x300) return false;
  if (prev >= 0xd800 && prev <= 0xdbff) return false;
  return !(cur === 0x0a && prev === 0x0d);
}

function clusterStart(text: string, offset: number): number {
  const from = Math.max(0, offset - WINDOW);
  const window = text.slice(from, Math.min(text.length, offset + WINDOW));
  const seg = graphemeSegmenter()
    .segment(window)
    .containing(offset - from);
  return seg ? from + seg.index : offset;
}

function clusterEnd(text: string, offset: number): number {
  const from = Math.max(0, offset - WINDOW);
  const window = text.slice(from, Math.min(text.length, offset + WINDOW));
  const seg = graphemeSegmenter()
    .segment(window)
    .containing(offset - from);
  return seg ? from + seg.index + seg.segment.length : offset;
}
