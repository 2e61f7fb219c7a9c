// Quotes introduced by a sentence ending in a colon, on the same line or as block-quote paragraphs after it:
// "Felipe Carceres … criticized the city for delaying action:" / "Homan, using New York City as an example, said:" /
// "The statement read:". The lead-in's subject is the speaker, whatever its verb.
import type { RawAttribution } from './attribution';
import { documentBefore } from './documents';
import { leadPerson, subjectAfterVerb, subjectOf } from './subjects';
import { isNewline, isSpace, type SentenceIndex } from './text';

const PRONOUN_START = /^\s*(?:\p{Lu}[\p{Ll}-]*\s+)?(?:[^,]{0,40},\s*)?(he|she|they|He|She|They)(?![\p{L}])/u;

/**
 * The attribution of a quote that follows a colon (skipping spaces and paragraph breaks), read from the sentence the
 * colon ends; null when no colon comes right before the quote or the lead-in names no one. `floor` is the end of the
 * quote before, so a lead-in is never read across it.
 */
export function leadInAttribution(
  text: string,
  quoteStart: number,
  sentences: SentenceIndex,
  floor: number,
): RawAttribution | null {
  let k = quoteStart - 1;
  let breaks = 0;
  while (k >= floor && (isSpace(text[k]) || isNewline(text[k]))) {
    if (text[k] === '\n') breaks++;
    k--;
  }
  if (k < floor || text[k] !== ':' || breaks > 3) return null;
  const sentenceStart = Math.max(floor, sentences.sentenceAt(k).start);
  const clause = text.slice(sentenceStart, k);
  if (!clause.trim() || clause.length > 400) return null;
  const range = { start: sentenceStart, end: k + 1 };
  const pronoun = PRONOUN_START.exec(clause);
  if (pronoun) return { ...range, name: null, document: null, pronoun: (pronoun[1] ?? '').toLowerCase() };
  const according = /^\s*[Aa]ccording to\s+([^,;:]{1,80}),/u.exec(clause);
  const who = according ? subjectAfterVerb(according[1] ?? '') : subjectOf(clause);
  if (who.name) return { ...range, ...who };
  const doc = documentBefore(clause);
  if (doc) return { ...range, name: null, document: doc.label, pronoun: null };
  return null;
}

/**
 * The speaker of a quote that stands as a sentence of its own with no attribution, read from the sentence just
 * before it in the same paragraph when that sentence is about a person: `He asked the South to wait. “…”` or
 * `Reagan's speech warned those abroad. “…”`. Null when that sentence quotes someone itself or names no person.
 */
export function contextAttribution(
  text: string,
  quoteStart: number,
  sentences: SentenceIndex,
  paragraph: number,
): RawAttribution | null {
  const own = sentences.sentenceAt(quoteStart);
  if (own.start !== quoteStart || own.start - 1 < paragraph) return null;
  const before = sentences.sentenceAt(own.start - 1);
  if (before.start < paragraph) return null;
  const clause = text.slice(before.start, before.end);
  if (/[“”"«»„]/u.test(clause)) return null;
  const range = { start: before.start, end: before.end };
  const pronoun = /^(he|she|they|He|She|They)(?![\p{L}])/u.exec(clause);
  if (pronoun) return { ...range, name: null, document: null, pronoun: (pronoun[1] ?? '').toLowerCase() };
  const name = leadPerson(clause, true);
  const at = name ? clause.indexOf(name) : -1;
  return name && at >= 0 && at < 40 ? { ...range, name, document: null, pronoun: null } : null;
}
