// Word-level comparison of two texts (a claim before and after, or two whole draft versions) for display: equal,
// inserted and deleted runs, plus a count of the words added and removed.
import { matchSequences } from './sequence-match';
import { normalizeForMatching } from './normalize';
import { tokenizeWords, type WordToken } from './tokenize';

export interface WordDiffOp {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}
export type WordDiff = WordDiffOp[];

export interface DiffSummary {
  wordsAdded: number;
  wordsRemoved: number;
  wordsUnchanged: number;
  /** False when the two texts differ at most in typography (quotes, dashes, spacing, invisible characters). */
  changed: boolean;
}

/**
 * Compares `oldText` with `newText` word by word. Concatenating the equal and insert runs gives `newText`;
 * the equal runs show the new text's spelling. Words that differ only in Unicode form or apostrophe style, and gaps
 * that differ only in spacing, dash or quote style, count as equal. Handles two 20,000-word drafts in milliseconds.
 */
export function diffWords(oldText: string, newText: string): WordDiff {
  const oldTokens = tokenizeWords(oldText);
  const newTokens = tokenizeWords(newText);
  const ids = new Map<string, number>();
  const idsOf = (tokens: WordToken[]): Int32Array => {
    const out = new Int32Array(tokens.length);
    tokens.forEach((t, k) => {
      const key = wordKey(t.word);
      let id = ids.get(key);
      if (id === undefined) ids.set(key, (id = ids.size));
      out[k] = id;
    });
    return out;
  };
  const pairs = matchSequences(idsOf(oldTokens), idsOf(newTokens));
  const ops: WordDiff = [];
  let prevOld = 0;
  let prevNew = 0;
  for (let k = 0; k < pairs.length; k += 2) {
    const o = oldTokens[pairs[k] as number] as WordToken;
    const n = newTokens[pairs[k + 1] as number] as WordToken;
    pushGap(ops, oldText.slice(prevOld, o.start), newText.slice(prevNew, n.start));
    push(ops, 'equal', n.word);
    prevOld = o.end;
    prevNew = n.end;
  }
  pushGap(ops, oldText.slice(prevOld), newText.slice(prevNew));
  return ops;
}

/** Counts the words a diff adds, removes and keeps. */
export function summarizeDiff(diff: WordDiff): DiffSummary {
  let wordsAdded = 0;
  let wordsRemoved = 0;
  let wordsUnchanged = 0;
  let typographic = false;
  for (const op of diff) {
    const words = tokenizeWords(op.text).length;
    if (op.op === 'insert') wordsAdded += words;
    else if (op.op === 'delete') wordsRemoved += words;
    else wordsUnchanged += words;
    if (op.op !== 'equal' && words === 0) typographic = true;
  }
  return { wordsAdded, wordsRemoved, wordsUnchanged, changed: wordsAdded + wordsRemoved > 0 || typographic };
}

function wordKey(word: string): string {
  return word
    .normalize('NFC')
    .replace(/[’‘`´]/g, "'")
    .replace(/[\u200c\u200d]/g, '');
}

function gapKey(gap: string): string {
  return normalizeForMatching(gap, { foldCase: false }).text.trim();
}

function push(ops: WordDiff, op: WordDiffOp['op'], text: string): void {
  if (!text) return;
  const last = ops[ops.length - 1];
  if (last && last.op === op) last.text += text;
  else if (op === 'delete' && last && last.op === 'insert') {
    const before = ops[ops.length - 2];
    if (before && before.op === 'delete') before.text += text;
    else ops.splice(ops.length - 1, 0, { op, text });
  } else ops.push({ op, text });
}

/** The text between two matched words: equal when it differs only in typography, else trimmed to what changed. */
function pushGap(ops: WordDiff, oldGap: string, newGap: string): void {
  if (
    oldGap === newGap ||
    (oldGap.length < 64 &&
      newGap.length < 64 &&
      !hasWord(oldGap) &&
      !hasWord(newGap) &&
      gapKey(oldGap) === gapKey(newGap))
  ) {
    push(ops, 'equal', newGap);
    return;
  }
  const headLimit = Math.min(firstWordAt(oldGap), firstWordAt(newGap));
  let head = 0;
  while (head < headLimit && oldGap[head] === newGap[head]) head++;
  const tailLimit = Math.min(oldGap.length - lastWordEnd(oldGap), newGap.length - lastWordEnd(newGap));
  let tail = 0;
  while (
    tail < tailLimit &&
    tail < oldGap.length - head &&
    tail < newGap.length - head &&
    oldGap[oldGap.length - 1 - tail] === newGap[newGap.length - 1 - tail]
  ) {
    tail++;
  }
  push(ops, 'equal', newGap.slice(0, head));
  push(ops, 'delete', oldGap.slice(head, oldGap.length - tail));
  push(ops, 'insert', newGap.slice(head, newGap.length - tail));
  push(ops, 'equal', newGap.slice(newGap.length - tail));
}

function hasWord(text: string): boolean {
  return tokenizeWords(text).length > 0;
}

function firstWordAt(text: string): number {
  const first = tokenizeWords(text)[0];
  return first ? first.start : text.length;
}

function lastWordEnd(text: string): number {
  const tokens = tokenizeWords(text);
  const last = tokens[tokens.length - 1];
  return last ? last.end : 0;
}
