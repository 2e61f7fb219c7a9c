// Scare quotes and quoted titles: a few words in quote marks that nobody is said to have spoken ("border czar",
// ‘icy visitor’). They are not direct quotes to check; a quote with an attribution is always kept.
import type { QuoteSpan } from './quotes';

const WORD = /[\p{L}\p{M}\p{N}]+(?:[’'-][\p{L}\p{M}\p{N}]+)*/gu;
const MAX_WORDS = 4;

/**
 * True when a quote reads as a label rather than speech: at most four words, no sentence inside (no full stop,
 * question or exclamation mark, no first word capitalised after a sentence-ending mark), and written in a script
 * the attribution rules read (Latin letters), so quotes in other languages are never dropped. The caller only asks
 * about quotes with no attribution.
 */
export function isScareQuote(text: string, q: QuoteSpan): boolean {
  const inner = text.slice(q.innerStart, q.innerEnd).trim();
  const words = inner.match(WORD) ?? [];
  if (words.length === 0 || words.length > MAX_WORDS) return false;
  if (/[.!?…]/u.test(inner)) return false;
  if (/[^\p{Script=Latin}\p{N}\p{P}\p{Z}\p{M}\p{S}]/u.test(inner)) return false;
  return q.paragraphs === 1;
}
