// Predictions and expectations: "is expected to", "will", "plans to", "is likely to", "could", "forecast". The span is
// the sentence that makes the prediction, cut at any direct quote inside it (the quote is its own suggestion), so the
// checker sees who expects what; the reason names the words that make it a prediction.
import type { QuoteSpan } from './quotes';
import { trimEnd, trimStart, type SentenceIndex } from './text';
import type { Found } from './types';

const CUE = new RegExp(
  String.raw`(?=[a-z])(?<![\p{L}\p{M}’'])(?:(?:is|are|was|were|be|been|seems|appears)\s(?:widely\s|also\s|now\s)?(?:expected|likely|unlikely|projected|forecast|poised|set|scheduled|due|slated|on track|on pace)\sto|(?:expected|likely|unlikely|projected|poised|scheduled|slated)\sto|expects?|anticipates?|(?:plans?|intends?|aims?|hopes?|vows?|promises?)\sto|will|won[’']t|would|could|may|might|forecasts?|predicts?|predicted|projects|projected)(?![\p{L}\p{M}])`,
  'gu',
);
/** Words before "will" that make it a noun ("the will of voters"). */
const WILL_NOUN = /(?:\b(?:the|a|his|her|their|its|our|free|good|ill|political|own|last)\s)$/iu;

/** Words before "plan to" that make it a noun ("the county's plan to close"). */
const PLAN_NOUN = /(?:\b(?:the|a|an|its|their|his|her|our|no|new)\s|[’']s\s)$/iu;

/**
 * Finds sentences that predict or promise something. One suggestion per sentence part between quotes; a sentence
 * that is only a quote's attribution ("she said") is not one.
 */
export function findPredictions(text: string, sentences: SentenceIndex, quotes: QuoteSpan[]): Found[] {
  const found: Found[] = [];
  let qi = 0;
  CUE.lastIndex = 0;
  for (let m = CUE.exec(text); m; m = CUE.exec(text)) {
    const cue = m[0];
    const at = m.index;
    while (qi < quotes.length && (quotes[qi]?.end ?? 0) <= at) qi++;
    const inside = quotes[qi];
    if (inside && inside.start <= at) {
      CUE.lastIndex = inside.end;
      continue;
    }
    if (/^will$/u.test(cue) && WILL_NOUN.test(text.slice(Math.max(0, at - 12), at))) continue;
    if (
      /^(?:plans?|intends?|aims?|hopes?|vows?|promises?) to$/u.test(cue) &&
      PLAN_NOUN.test(text.slice(Math.max(0, at - 12), at))
    )
      continue;
    const sentence = sentences.sentenceAt(at);
    let start = sentence.start;
    let end = sentence.end;
    for (let k = Math.max(0, qi - 1); k < quotes.length; k++) {
      const q = quotes[k];
      if (!q || q.start >= end) break;
      if (q.end <= at && q.end > start) start = q.end;
      if (q.start > at && q.start < end) end = q.start;
    }
    start = trimStart(text, start, end);
    while (start < end && /[,.;:—–\s]/u.test(text[start] ?? '')) start++;
    end = trimEnd(text, start, end);
    if (end - start < 12) continue;
    found.push({ start, end, kind: 'prediction', reason: `Prediction: '${cue.replace(/\s+/gu, ' ')}'`, speaker: null });
    CUE.lastIndex = Math.max(CUE.lastIndex, end);
  }
  return found;
}
