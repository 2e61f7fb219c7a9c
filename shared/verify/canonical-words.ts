// The words quote verification compares: the matching copy of a text (case, quotes, dashes and spacing folded by
// normalizeForMatching), cut into words, with transcription variants made one form ("we're" -> "we are", "gonna" ->
// "going to", "twenty-five" -> "25", "%" -> "percent") and "[applause]"-style stage notes left out, each word
// pointing back at the verbatim text it came from.
import { normalizeForMatching, toOriginalRange, type NormalizedText } from '../text/normalize';
import { tokenizeWords, type WordToken } from '../text/tokenize';
import { readNumber } from './number-words';

/** One compared word and the verbatim range [start, end) it stands for (shared by the words of an expansion). */
export interface CanonicalWord {
  word: string;
  start: number;
  end: number;
}

/** Whole-word forms that expand or change; contractions with a regular ending are handled by SUFFIXES. */
const WHOLE = new Map<string, string[]>(
  Object.entries({
    "won't": ['will', 'not'],
    "can't": ['can', 'not'],
    cannot: ['can', 'not'],
    "shan't": ['shall', 'not'],
    "ain't": ['is', 'not'],
    "let's": ['let', 'us'],
    gonna: ['going', 'to'],
    wanna: ['want', 'to'],
    gotta: ['got', 'to'],
    gimme: ['give', 'me'],
    "'em": ['them'],
    "'cause": ['because'],
    "o'": ['of'],
    "y'all": ['you', 'all'],
  }),
);

const SUFFIXES: [string, string][] = [
  ["n't", 'not'],
  ["'re", 'are'],
  ["'ve", 'have'],
  ["'ll", 'will'],
  ["'m", 'am'],
  ["'d", 'would'],
];

/** Words whose "'s" is "is" ("it's", "that's"); elsewhere "'s" is a possessive and stays part of the word. */
const IS_BEFORE = new Set(['it', 'that', 'there', 'here', 'what', 'who', 'he', 'she', 'where', 'how', 'when', 'why']);

/** Stage notes of transcripts ("[Applause]", "(Laughter.)", "[inaudible]"): not words anyone said. */
const STAGE_NOTE =
  /[[(]\s*(?:applause|laughter|laughs|cheers|cheering|booing|boos|inaudible|unintelligible|indiscernible|crosstalk|cross-talk|music|silence|pause|interruption|chanting|audience|crowd|applauds)\b[^\])\n]{0,60}[\])]/g;

/** Removes stage notes from a text (any case), leaving a space where each was. */
export function stripStageNotes(text: string): string {
  return text.replace(new RegExp(STAGE_NOTE.source, 'gi'), ' ');
}

/** Splits a matching-copy word into its one or more compared forms. */
export function expandWord(word: string): string[] {
  const whole = WHOLE.get(word);
  if (whole) return whole;
  if (!word.includes("'")) return [word];
  for (const [suffix, full] of SUFFIXES) {
    if (word.length > suffix.length && word.endsWith(suffix)) {
      const base = word.slice(0, -suffix.length);
      if (suffix === "n't") return [base === 'ca' ? 'can' : base === 'wo' ? 'will' : base, full];
      return [base, full];
    }
  }
  if (word.endsWith("'s") && IS_BEFORE.has(word.slice(0, -2))) return [word.slice(0, -2), 'is'];
  return [word];
}

/** Stage-note ranges of a matching copy, as [start, end) pairs. */
function stageNotes(norm: string): number[] {
  const ranges: number[] = [];
  STAGE_NOTE.lastIndex = 0;
  for (let m = STAGE_NOTE.exec(norm); m; m = STAGE_NOTE.exec(norm)) ranges.push(m.index, m.index + m[0].length);
  return ranges;
}

export interface CanonicalOptions {
  /** Leave out "[applause]"-style stage notes (sources: true). */
  dropStageNotes?: boolean;
}

/** The compared words of `text`, in order, with their verbatim ranges. */
export function canonicalWords(text: string, options: CanonicalOptions = {}): CanonicalWord[] {
  const norm = normalizeForMatching(text);
  return canonicalFromNormalized(norm, tokenizeWords(norm.text), options);
}

/** Like canonicalWords, from an existing matching copy and its word tokens (to share the work with callers). */
export function canonicalFromNormalized(
  norm: NormalizedText,
  tokens: WordToken[],
  options: CanonicalOptions = {},
): CanonicalWord[] {
  const notes = options.dropStageNotes ? stageNotes(norm.text) : [];
  let note = 0;
  const out: CanonicalWord[] = [];
  const n = tokens.length;
  for (let k = 0; k < n; k++) {
    const token = tokens[k] as WordToken;
    while (note < notes.length && (notes[note + 1] as number) <= token.start) note += 2;
    if (note < notes.length && (notes[note] as number) <= token.start) continue;
    const number = readNumber(tokens, k, norm.text);
    if (number) {
      const last = tokens[k + number.count - 1] as WordToken;
      const range = toOriginalRange(norm, token.start, last.end);
      out.push({ word: number.value, start: range.start, end: range.end });
      if (number.percent) {
        const end = toOriginalRange(norm, number.percentEnd - 1, number.percentEnd).end;
        out.push({ word: 'percent', start: range.start, end });
      }
      k += number.count - 1;
      continue;
    }
    const range = toOriginalRange(norm, token.start, token.end);
    if (token.word === 'per' && tokens[k + 1]?.word === 'cent') {
      const next = tokens[k + 1] as WordToken;
      out.push({ word: 'percent', start: range.start, end: toOriginalRange(norm, next.start, next.end).end });
      k++;
      continue;
    }
    if (token.word.indexOf("'") < 0 && !WHOLE.has(token.word))
      out.push({ word: token.word, start: range.start, end: range.end });
    else for (const word of expandWord(token.word)) out.push({ word, start: range.start, end: range.end });
  }
  return out;
}
