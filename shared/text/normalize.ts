// Matching copies of draft and source text: NFC, one space per whitespace run, plain dashes and quotes, no invisible
// characters, lower case (and, for search, no diacritics), with a map from every matching index back to the verbatim
// text, which is never changed.
import { foldCodePoint } from './fold-chars';

/** A normalised copy of a verbatim text with the way back. */
export interface NormalizedText {
  /** The normalised text, used only for matching. */
  text: string;
  /** For each index of `text`, and for its end, the verbatim index where that character's source begins. */
  toOriginal: Int32Array;
  /** For each index of `text`, the verbatim index just after that character's source. */
  toOriginalEnd: Int32Array;
}

export interface NormalizeOptions {
  /** Lower-case everything (default true). */
  foldCase?: boolean;
  /** Also drop accents and similar marks, so "Zoe" matches "Zoë" (default false). */
  foldDiacritics?: boolean;
}

const SPACE = 0x20;
const DASH = 0x2d;
const FAST_LIMIT = 0x300; // below U+0300 nothing composes with a neighbour under NFC

let graphemes: Intl.Segmenter | null = null;
function graphemeSegmenter(): Intl.Segmenter {
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return graphemes;
}

/** Growable output: UTF-16 units and, for each, the verbatim range it came from. */
class Builder {
  units: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.units = new Uint16Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }
  last(): number {
    return this.length ? (this.units[this.length - 1] as number) : -1;
  }
  push(unit: number, start: number, end: number): void {
    if (this.length === this.units.length) this.grow();
    this.units[this.length] = unit;
    this.starts[this.length] = start;
    this.ends[this.length++] = end;
  }
  pop(): void {
    this.length--;
  }
  extendLast(end: number): void {
    this.ends[this.length - 1] = end;
  }
  private grow(): void {
    const size = this.units.length * 2 + 16;
    const units = new Uint16Array(size);
    units.set(this.units);
    const starts = new Int32Array(size);
    starts.set(this.starts);
    const ends = new Int32Array(size);
    ends.set(this.ends);
    this.units = units;
    this.starts = starts;
    this.ends = ends;
  }
}

/**
 * Builds the matching copy of `text` and the offset maps back to it. Whitespace runs (CRLF, tabs, NBSP, ...) become
 * one space; dash runs (– — ‒ − "--") become "-" and swallow the spaces around them; curly quotes and primes become
 * straight; zero-width, bidi control and variation-selector characters are removed; "…" becomes "...".
 */
export function normalizeForMatching(text: string, options: NormalizeOptions = {}): NormalizedText {
  const foldCase = options.foldCase ?? true;
  const foldDiacritics = options.foldDiacritics ?? false;
  const out = new Builder(text.length + 16);
  const emit = (cp: number, start: number, end: number): void => {
    emitCodePoint(out, cp, start, end, foldCase, foldDiacritics);
  };
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let j = i + 1;
    while (j < n && text.charCodeAt(j) >= FAST_LIMIT) j++;
    if (j === i + 1 && c < FAST_LIMIT) {
      emit(c, i, j);
      i = j;
      continue;
    }
    const chunk = text.slice(i, j);
    const composed = chunk.normalize('NFC');
    if (composed === chunk) emitEach(chunk, i, (cp, s, e) => emit(cp, s, e));
    else emitComposed(chunk, composed, i, emit);
    i = j;
  }
  return finish(out, n);
}

/** The search-style variant: like normalizeForMatching, and diacritics folded too ("Zoë" -> "zoe"). */
export function normalizeForSearch(text: string): NormalizedText {
  return normalizeForMatching(text, { foldDiacritics: true });
}

/** Maps a range of the normalised text back to the verbatim range it came from. */
export function toOriginalRange(norm: NormalizedText, start: number, end: number): { start: number; end: number } {
  const s = norm.toOriginal[clamp(start, 0, norm.text.length)] as number;
  if (end <= start) return { start: s, end: s };
  const e = norm.toOriginalEnd[clamp(end, 1, norm.text.length) - 1] as number;
  return { start: s, end: Math.max(s, e) };
}

/** The first normalised index whose source starts at or after the verbatim `offset`. */
export function toNormalizedOffset(norm: NormalizedText, offset: number): number {
  const map = norm.toOriginal;
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((map[mid] as number) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function clamp(value: number, lo: number, hi: number): number {
  return value < lo ? lo : value > hi ? hi : value;
}

function emitEach(chunk: string, base: number, emit: (cp: number, start: number, end: number) => void): void {
  for (let k = 0; k < chunk.length;) {
    const cp = chunk.codePointAt(k) as number;
    const size = cp > 0xffff ? 2 : 1;
    emit(cp, base + k, base + k + size);
    k += size;
  }
}

/** Emits an NFC-changed chunk grapheme by grapheme, each output character pointing at its whole source grapheme. */
function emitComposed(
  chunk: string,
  composed: string,
  base: number,
  emit: (cp: number, start: number, end: number) => void,
): void {
  const parts: { text: string; start: number; end: number }[] = [];
  for (const seg of graphemeSegmenter().segment(chunk)) {
    parts.push({
      text: seg.segment.normalize('NFC'),
      start: base + seg.index,
      end: base + seg.index + seg.segment.length,
    });
  }
  if (parts.map((p) => p.text).join('') !== composed) {
    parts.length = 0;
    parts.push({ text: composed, start: base, end: base + chunk.length });
  }
  for (const part of parts) {
    for (let k = 0; k < part.text.length;) {
      const cp = part.text.codePointAt(k) as number;
      emit(cp, part.start, part.end);
      k += cp > 0xffff ? 2 : 1;
    }
  }
}

function emitCodePoint(
  out: Builder,
  cp: number,
  start: number,
  end: number,
  foldCase: boolean,
  foldDiacritics: boolean,
): void {
  const kind = classify(cp);
  if (kind === REMOVE) return;
  if (kind === SPACE_KIND) {
    const last = out.last();
    if (last === SPACE) out.extendLast(end);
    else if (last !== DASH) out.push(SPACE, start, end);
    return;
  }
  if (kind === DASH_KIND) {
    if (out.last() === SPACE) out.pop();
    if (out.last() === DASH) out.extendLast(end);
    else out.push(DASH, start, end);
    return;
  }
  if (kind === SINGLE_QUOTE) return out.push(0x27, start, end);
  if (kind === DOUBLE_QUOTE) return out.push(0x22, start, end);
  if (cp === 0x2026) {
    for (let k = 0; k < 3; k++) out.push(0x2e, start, end);
    return;
  }
  if (cp < 0x80) {
    out.push(foldCase && cp >= 0x41 && cp <= 0x5a ? cp + 32 : cp, start, end);
    return;
  }
  const folded = foldCodePoint(cp, foldCase, foldDiacritics);
  for (let k = 0; k < folded.length; k++) out.push(folded.charCodeAt(k), start, end);
}

const KEEP = 0;
const REMOVE = 1;
const SPACE_KIND = 2;
const DASH_KIND = 3;
const SINGLE_QUOTE = 4;
const DOUBLE_QUOTE = 5;

function classify(cp: number): number {
  if (cp < 0x80) {
    if (cp === 0x20 || (cp >= 0x09 && cp <= 0x0d)) return SPACE_KIND;
    if (cp === DASH) return DASH_KIND;
    if (cp === 0x60) return SINGLE_QUOTE;
    return KEEP;
  }
  switch (cp) {
    case 0x85:
    case 0xa0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202f:
    case 0x205f:
    case 0x3000:
      return SPACE_KIND;
    case 0xad:
    case 0x61c:
    case 0x180e:
    case 0xfeff:
    case 0xfe0e:
    case 0xfe0f:
      return REMOVE;
    case 0x2212:
    case 0xfe58:
    case 0xfe63:
    case 0xff0d:
    case 0x2e3a:
    case 0x2e3b:
      return DASH_KIND;
    case 0xb4:
    case 0x2018:
    case 0x2019:
    case 0x201a:
    case 0x201b:
    case 0x2032:
    case 0x2035:
    case 0x2039:
    case 0x203a:
    case 0xff07:
      return SINGLE_QUOTE;
    case 0xab:
    case 0xbb:
    case 0x201c:
    case 0x201d:
    case 0x201e:
    case 0x201f:
    case 0x2033:
    case 0x2036:
    case 0xff02:
    case 0x301d:
    case 0x301e:
      return DOUBLE_QUOTE;
  }
  if (cp >= 0x2000 && cp <= 0x200a) return SPACE_KIND;
  if (cp >= 0x200b && cp <= 0x200f) return REMOVE;
  if (cp >= 0x2010 && cp <= 0x2015) return DASH_KIND;
  if ((cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2060 && cp <= 0x2064) || (cp >= 0x2066 && cp <= 0x2069)) {
    return REMOVE;
  }
  return KEEP;
}

function finish(out: Builder, verbatimLength: number): NormalizedText {
  const size = out.length;
  const toOriginal = new Int32Array(size + 1);
  toOriginal.set(out.starts.subarray(0, size));
  toOriginal[size] = verbatimLength;
  const toOriginalEnd = out.ends.slice(0, size);
  const pieces: string[] = [];
  for (let k = 0; k < size; k += 8192) {
    pieces.push(String.fromCharCode(...out.units.subarray(k, Math.min(size, k + 8192))));
  }
  return { text: pieces.join(''), toOriginal, toOriginalEnd };
}
