// Text helpers the detectors share: character classes, sentence starts, and offsets that never split a grapheme.

const WORD = /[\p{L}\p{M}\p{N}]/u;
const LETTER = /[\p{L}\p{M}]/u;
const UPPER = /\p{Lu}/u;
const SPACE = /[\s\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
const MARK = /\p{M}/u;

/** Combining marks, the zero-width joiner and variation selectors: they belong to the character before them. */
function isExtend(ch: string | undefined): boolean {
  return ch !== undefined && (ch === '\u200D' || ch === '\uFE0E' || ch === '\uFE0F' || MARK.test(ch));
}

/** True for letters, combining marks and digits (so NFD "é" stays one word). */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD.test(ch);
}

/** True for letters and combining marks. */
export function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}

/** True for an upper-case letter. */
export function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && UPPER.test(ch);
}

/** True for whitespace and the invisible bidirectional controls that RTL text carries around punctuation. */
export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && SPACE.test(ch);
}

/** True for a line or paragraph break (LF, CR, NEL, LS, PS). */
export function isNewline(ch: string | undefined): boolean {
  return ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029' || ch === '\u0085';
}

/** Moves `i` back over whitespace so a span does not end in spaces. */
export function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && isSpace(text[e - 1])) e--;
  return e;
}

/** Moves `i` forward over whitespace so a span does not start with spaces. */
export function trimStart(text: string, start: number, end: number): number {
  let s = start;
  while (s < end && isSpace(text[s])) s++;
  return s;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function isEmojiModifierAt(text: string, i: number): boolean {
  const cp = text.codePointAt(i);
  return cp !== undefined && cp >= 0x1f3fb && cp <= 0x1f3ff;
}

/** Moves a start offset back so it does not fall inside a surrogate pair or before a combining mark. */
export function snapStart(text: string, start: number): number {
  let s = start;
  while (s > 0) {
    const code = text.charCodeAt(s);
    const ch = text[s];
    if (isLowSurrogate(code) || isExtend(ch) || text[s - 1] === '\u200D' || isEmojiModifierAt(text, s)) s--;
    else break;
  }
  return s;
}

/** Moves an end offset forward past combining marks, variation selectors, joiners and the second half of a pair. */
export function snapEnd(text: string, end: number): number {
  let e = end;
  while (e < text.length) {
    const code = text.charCodeAt(e);
    const ch = text[e];
    if (isLowSurrogate(code) || isExtend(ch) || text[e - 1] === '\u200D' || isEmojiModifierAt(text, e)) e++;
    else break;
  }
  return e;
}

/** Abbreviations after which a full stop does not end a sentence. */
const NEVER_END = new Set(
  'mr mrs ms dr gov lt sen rep st jr sr gen col capt sgt rev prof supt atty det insp adm maj cpl jan feb mar apr jun jul aug sep sept oct nov dec no nos vs etc inc co corp ltd mt ft ave blvd approx dept est fig vol'.split(
    ' ',
  ),
);

const TERMINAL = /[.!?…]+[”’"'»“)\]]*(?=\s)|[\n\r\u2028\u2029\u0085]+/gu;
const OPENING_MARK = /[“‘"'«»„‚「『(¿¡]/u;

/** Sentence starts of a text, computed once and searched by binary search. */
export class SentenceIndex {
  readonly starts: number[] = [0];

  constructor(readonly text: string) {
    TERMINAL.lastIndex = 0;
    for (let m = TERMINAL.exec(text); m; m = TERMINAL.exec(text)) {
      let next = m.index + m[0].length;
      while (next < text.length && isSpace(text[next])) next++;
      if (next >= text.length) break;
      if (!isNewline(m[0][0]) && !this.endsSentence(m.index, m[0], next)) continue;
      if (next > (this.starts[this.starts.length - 1] ?? 0)) this.starts.push(next);
    }
  }

  private endsSentence(at: number, punct: string, next: number): boolean {
    const following = this.text[next];
    if (!(isUpper(following) || /\d/.test(following ?? '') || OPENING_MARK.test(following ?? ''))) return false;
    if (punct[0] !== '.') return true;
    let w = at;
    while (w > 0 && (isLetter(this.text[w - 1]) || this.text[w - 1] === '.')) w--;
    const word = this.text.slice(w, at).toLowerCase();
    if (NEVER_END.has(word)) return false;
    if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return isUpper(following) && !/^(?:u\.s|u\.k|u\.n|e\.g|i\.e)$/.test(word);
    if (word.length === 1 && isUpper(this.text[w])) return false; // an initial: "J. Smith"
    return true;
  }

  /** The [start, end) of the sentence holding position `i`, without trailing whitespace. */
  sentenceAt(i: number): { start: number; end: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= i) lo = mid;
      else hi = mid - 1;
    }
    const start = this.starts[lo] ?? 0;
    const end = this.starts[lo + 1] ?? this.text.length;
    return { start, end: trimEnd(this.text, start, end) };
  }
}

/** Start of the paragraph holding position `i` (just after the previous line break). */
export function paragraphStart(text: string, i: number): number {
  let s = i;
  while (s > 0 && !isNewline(text[s - 1])) s--;
  return s;
}

/** End of the paragraph holding position `i` (at the next line break). */
export function paragraphEnd(text: string, i: number): number {
  let e = i;
  while (e < text.length && !isNewline(text[e])) e++;
  return e;
}
