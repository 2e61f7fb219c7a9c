// Attribution around a quote: who the draft says is speaking. Reads "said Bass", "Bass said", "said Mayor Karen Bass",
// "Mayor Karen Bass told reporters", "according to X", "X wrote", "the ordinance would prohibit", "in a statement".
import { documentBefore } from './documents';
import { subjectAfterVerb, subjectOf, type Subject } from './subjects';

export const VERB_LIST =
  'went on|goes on|said|says|told|tells|wrote|writes|added|adds|asked|asks|explained|noted|recalled|continued|stated|declared|testified|tweeted|posted|argued|insisted|warned|acknowledged|conceded|replied|responded|remarked|shouted|announced|claimed|observed|joked|cautioned|predicted|concluded|emphasized|emphasised|stressed|admitted|agreed|complained|vowed|urged|promised|pleaded|suggested|texted|recounted|confirmed';
/** Extra verbs that introduce a partial quote earlier in the same sentence ("Bass called the plan “reckless”"). */
const CHARACTERISING = 'called|described|labeled|labelled|termed|dubbed';
export const ADVERB =
  '(?:later|also|then|previously|earlier|once|recently|simply|quietly|flatly|finally|again|repeatedly|often)';
const PRONOUN = /^(?:he|she|they|He|She|They)$/u;
const FIRST_PERSON = /^(?:I|we|We)$/u;

/** A speaker as written: a person, a document, a pronoun to resolve, or a source that names no one. */
export interface RawAttribution extends Subject {
  start: number;
  end: number;
}

const ABBREVIATION =
  /^(?:\p{Lu}\.|Dr\.|Gov\.|Lt\.|Sen\.|Rep\.|St\.|Jr\.|Sr\.|Gen\.|Col\.|Capt\.|Sgt\.|Rev\.|Prof\.|Det\.|Adm\.|Supt\.|(?:\p{L}\.){2,})$/u;

/** True when a subject phrase runs over a sentence end ("The council voted. Bass") and so cannot be one subject. */
export function crossesSentence(subject: string): boolean {
  for (const token of subject.split(/\s+/u)) {
    if (/[!?;:]/u.test(token)) return true;
    if (token.endsWith('.') && !ABBREVIATION.test(token)) return true;
  }
  return false;
}

const NOBODY = { name: null, document: null, pronoun: null };

function fromSubject(subject: string, start: number, end: number, verbFirst = false): RawAttribution | null {
  const s = subject.trim();
  if (!s || crossesSentence(s)) return null;
  if (FIRST_PERSON.test(s)) return { start, end, ...NOBODY };
  return { start, end, ...(verbFirst ? subjectAfterVerb(s) : subjectOf(s)) };
}

export const SUBJECT = String.raw`(?:he|she|they|I|we|(?:[Tt]he|[Aa]n?|[Oo]ne)\s[^,;:!?\n“”"«»„]{1,60}?|\p{Lu}[^,;:!?\n“”"«»„]{0,80}?)`;
export const APPOSITIVE = String.raw`(?:,\s([^,;:!?\n“”"«»„]{1,90}),)?`;
const AFTER_SUBJECT_FIRST = new RegExp(
  String.raw`^[,—–]?\s*(${SUBJECT})${APPOSITIVE}\s+(?:${ADVERB}\s+)?(?:${VERB_LIST})(?![\p{L}])`,
  'u',
);
const AFTER_VERB_FIRST = new RegExp(String.raw`^[,—–]?\s*(?:${VERB_LIST})\s+([^,;:!?\n“”"«»„(]{1,80})`, 'u');
const ACCORDING = new RegExp(String.raw`^[,—–]?\s*according to\s+([^,;:!?\n“”"«»„(]{1,80})`, 'u');

/** The attribution right after a closing quote mark: `,” said Bass`, `,” Bass said`, `,” according to the report`. */
export function attributionAfter(text: string, quoteEnd: number): RawAttribution | null {
  const tail = text.slice(quoteEnd, quoteEnd + 220);
  const verbFirst = AFTER_VERB_FIRST.exec(tail) ?? ACCORDING.exec(tail);
  if (verbFirst) {
    const subject = cutAtSentenceEnd(verbFirst[1] ?? '');
    return fromSubject(
      subject,
      quoteEnd,
      quoteEnd + verbFirst[0].length - ((verbFirst[1] ?? '').length - subject.length),
      true,
    );
  }
  const subjectFirst = AFTER_SUBJECT_FIRST.exec(tail);
  if (subjectFirst) return fromSubject(subjectFirst[1] ?? '', quoteEnd, quoteEnd + subjectFirst[0].length);
  return null;
}

function cutAtSentenceEnd(s: string): string {
  const tokens = s.split(/(\s+)/u);
  let out = '';
  for (const token of tokens) {
    if (token.endsWith('.') && !ABBREVIATION.test(token)) return out + token.slice(0, -1);
    out += token;
  }
  return out.trimEnd();
}

const PREFIX_VERB = new RegExp(
  String.raw`(?<![\p{L}])(?:${VERB_LIST}|${CHARACTERISING}|[Aa]ccording to)(?![\p{L}])`,
  'gu',
);
const PRONOUN_BEFORE = new RegExp(String.raw`(?:^|[\s,])(he|she|they|He|She|They|I|We|we)\s+(?:${ADVERB}\s+)?$`, 'u');

/**
 * The attribution earlier in the same sentence as a quote: `Bass said: “`, `Bass said the plan was “reckless”`,
 * `Mayor Karen Bass, who proposed the budget, called it “a promise kept”`, `According to Bass, “`.
 */
export function attributionBefore(text: string, from: number, to: number): RawAttribution | null {
  const prefix = text.slice(from, to);
  let verb: RegExpExecArray | null = null;
  PREFIX_VERB.lastIndex = 0;
  for (let m = PREFIX_VERB.exec(prefix); m; m = PREFIX_VERB.exec(prefix)) verb = m;
  if (!verb) return documentIn(prefix, from);
  const start = from;
  const end = from + verb.index + verb[0].length;
  if (verb[0].toLowerCase() === 'according to') {
    const source = /^\s+([^,;:!?\n“”"«»„(]{1,80})/u.exec(prefix.slice(verb.index + verb[0].length));
    return source ? { start, end: end + source[0].length, ...subjectAfterVerb(source[1] ?? '') } : null;
  }
  const before = prefix.slice(0, verb.index);
  const pronoun = PRONOUN_BEFORE.exec(before);
  if (pronoun) {
    const p = pronoun[1] ?? '';
    return { start, end, ...NOBODY, pronoun: PRONOUN.test(p) ? p.toLowerCase() : null };
  }
  if (/^[\s,;:—–-]*$/u.test(before)) {
    // Verb first: `said Bass, “` or `added Mayor Karen Bass: “`.
    const who = subjectAfterVerb(prefix.slice(verb.index + verb[0].length));
    return who.name || who.document ? { start, end: to, ...who } : null;
  }
  const who = subjectOf(before);
  return { start, end, ...who };
}

/** A document the stretch before a quote names as its source ("The ordinance would prohibit “…”"), or null. */
function documentIn(prefix: string, from: number): RawAttribution | null {
  const doc = documentBefore(prefix);
  return doc ? { start: from + doc.at, end: from + doc.end, ...NOBODY, document: doc.label } : null;
}

/** True when `gap` (text between an attribution and the next quote) holds nothing but the end of that sentence. */
export function onlyEndsSentence(gap: string): boolean {
  return /^[^.!?“”"«»„‘’\n]{0,80}[.,:;!?—–]?\s*$/u.test(gap);
}
