// Word tokens with offsets, for re-anchoring and word diffs: letters and digits in any script, apostrophes inside
// words kept ("don't"), numbers with separators kept whole ("1,500.25"), each CJK character and each emoji its own token.

export interface WordToken {
  word: string;
  /** Offset of the first UTF-16 unit of the word in the text. */
  start: number;
  /** Offset just after the word. */
  end: number;
}

const WORD_CHARS = String.raw`(?:[\p{L}\p{N}\p{M}]|\u200c|\u200d)+`;
const EMOJI = String.raw`\p{Extended_Pictographic}(?:[\u{1f3fb}-\u{1f3ff}]|\ufe0f|\u20e3|\u200d\p{Extended_Pictographic}\ufe0f?)*`;
const WORD = new RegExp(
  String.raw`${WORD_CHARS}(?:(?:['’]|(?<=\p{N})[.,](?=\p{N}))${WORD_CHARS})*|${EMOJI}|[\u{1f1e6}-\u{1f1ff}]{1,2}`,
  'gu',
);

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const CJK_SPLIT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]\p{M}*|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu;

/** Splits `text` into word tokens with their offsets, in order. */
export function tokenizeWords(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const word = m[0];
    if (!CJK.test(word)) {
      tokens.push({ word, start: m.index, end: m.index + word.length });
      continue;
    }
    CJK_SPLIT.lastIndex = 0;
    for (let part = CJK_SPLIT.exec(word); part !== null; part = CJK_SPLIT.exec(word)) {
      const start = m.index + part.index;
      tokens.push({ word: part[0], start, end: start + part[0].length });
    }
  }
  return tokens;
}

/** Counts the words of `text` as tokenizeWords sees them. */
export function countWords(text: string): number {
  return tokenizeWords(text).length;
}
