// Attribution: who the draft says is speaking. Reads "said Bass", "Bass said", "Mayor Karen Bass told reporters",
// "according to X", "X wrote" around a quote, and finds paraphrases attributed to a source ("Officials said the ...").
import { nameInSubject, SOURCE_NOUNS } from './names';
import type { Found } from './types';

const VERB_LIST =
  'said|says|told|tells|wrote|writes|added|adds|asked|asks|explained|noted|recalled|continued|stated|declared|testified|tweeted|posted|argued|insisted|warned|acknowledged|conceded|replied|responded|remarked|shouted|announced|claimed|observed|joked|cautioned|predicted|concluded|emphasized|emphasised|stressed|admitted|agreed|complained|vowed|urged|promised|pleaded|suggested|texted|recounted|confirmed';
/** Extra verbs that introduce a partial quote earlier in the same sentence ("Bass called the plan “reckless”"). */
const CHARACTERISING = 'called|described|labeled|labelled|termed|dubbed';
/** Verbs that attribute a paraphrased finding or estimate to a source. */
const FINDING = 'reported|estimated|estimates|found|finds|shows|showed';
const ADVERB =
  '(?:later|also|then|previously|earlier|once|recently|simply|quietly|flatly|finally|again|repeatedly|often)';
const PRONOUN = /^(?:he|she|they|He|She|They)$/u;
const FIRST_PERSON = /^(?:I|we|We)$/u;

/** A speaker as written: a name, a pronoun to resolve, or a source that names no one. */
export interface RawAttribution {
  start: number;
  end: number;
  /** The named speaker, titles removed; null when the subject names no one or is a pronoun. */
  name: string | null;
  /** "she", "he" or "they" when the draft uses a pronoun. */
  pronoun: string | null;
}

const ABBREVIATION =
  /^(?:\p{Lu}\.|Dr\.|Gov\.|Lt\.|Sen\.|Rep\.|St\.|Jr\.|Sr\.|Gen\.|Col\.|Capt\.|Sgt\.|Rev\.|Prof\.|Det\.|Adm\.|Supt\.|(?:\p{L}\.){2,})$/u;

/** True when a subject phrase runs over a sentence end ("The council voted. Bass") and so cannot be one subject. */
function crossesSentence(subject: string): boolean {
  for (const token of subject.split(/\s+/u)) {
    if (/[!?;:]/u.test(token)) return true;
    if (token.endsWith('.') && !ABBREVIATION.test(token)) return true;
  }
  return false;
}

function fromSubject(subject: string, start: number, end: number): RawAttribution | null {
  const s = subject.trim();
  if (!s || crossesSentence(s)) return null;
  if (PRONOUN.test(s)) return { start, end, name: null, pronoun: s.toLowerCase() };
  if (FIRST_PERSON.test(s)) return { start, end, name: null, pronoun: null };
  return { start, end, name: nameInSubject(s), pronoun: null };
}

const SUBJECT = String.raw`(?:he|she|they|I|we|(?:[Tt]he|[Aa]n?|[Oo]ne)\s[^,;:!?\n“”"«»„]{1,60}?|\p{Lu}[^,;:!?\n“”"«»„]{0,80}?)`;
const APPOSITIVE = String.raw`(?:,\s([^,;:!?\n“”"«»„]{1,90}),)?`;
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
  if (!verb) return null;
  const start = from;
  const end = from + verb.index + verb[0].length;
  if (verb[0].toLowerCase() === 'according to') {
    const source = /^\s+([^,;:!?\n“”"«»„(]{1,80})/u.exec(prefix.slice(verb.index + verb[0].length));
    return source ? { start, end: end + source[0].length, name: nameInSubject(source[1] ?? ''), pronoun: null } : null;
  }
  const before = prefix.slice(0, verb.index);
  const pronoun = PRONOUN_BEFORE.exec(before);
  if (pronoun) {
    const p = pronoun[1] ?? '';
    return { start, end, name: null, pronoun: PRONOUN.test(p) ? p.toLowerCase() : null };
  }
  if (/^[\s,;:—–-]*$/u.test(before)) {
    // Verb first: `said Bass, “` or `added Mayor Karen Bass: “`.
    const name = nameInSubject(prefix.slice(verb.index + verb[0].length).replace(/[\s,;:—–-]+$/u, ''));
    return name ? { start, end: to, name, pronoun: null } : null;
  }
  return { start, end, name: nameInSubject(before), pronoun: null };
}

/** True when `gap` (text between an attribution and the next quote) holds nothing but the end of that sentence. */
export function onlyEndsSentence(gap: string): boolean {
  return /^[^.!?“”"«»„‘’\n]{0,80}[.,:;!?—–]?\s*$/u.test(gap);
}

/** A subject holding a verb of its own ("the Senate would be", "Leeds has identified") is not a subject. */
const AUXILIARY =
  /(?:^|\s)(?:is|are|was|were|be|been|being|has|have|had|will|would|could|should|can|may|might|must|do|does|did)(?:\s|$)/iu;
/** Attribution verbs for paraphrases: the quote verbs without "asked" (a request attributes no claim). */
const PARAPHRASE_VERBS = VERB_LIST.replace('asked|asks|', '');

const ACCORDING_TO = /(?=a)(?<![\p{L}\p{M}’'])according to\s+([^,;:!?\n“”"«»„(]{2,80}?)(?=[,;:!?\n(]|\.(?:\s|$)|$)/gu;
const VERB_HIT = new RegExp(
  String.raw`(?=[a-z])(?<![\p{L}\p{M}])(?:${ADVERB}\s+)?(?:${PARAPHRASE_VERBS}|${FINDING})(?![\p{L}\p{M}])`,
  'gu',
);
/** A subject (and appositive) ending right where the verb starts; tried at each plausible word start. */
const SUBJECT_BEFORE = new RegExp(String.raw`(${SUBJECT})${APPOSITIVE}\s+$`, 'uy');
const SUBJECT_START = /(?=[\p{Lu}taoshe])(?<![\p{L}\p{M}\p{N}’'.-])(?:\p{Lu}|(?:the|a|an|one|he|she|they)\s)/gu;

/**
 * Paraphrased claims attributed to a source: "according to court records", "Bass said the vote ...", "Officials said".
 * The span is the attribution phrase (subject through verb, or "according to" through the source); `speaker` is the
 * source when it is named. Quotes' own attributions are removed later by the caller.
 */
export function findAttributions(text: string, sentenceStartAt: (i: number) => number): Found[] {
  const found: Found[] = [];
  ACCORDING_TO.lastIndex = 0;
  for (let m = ACCORDING_TO.exec(text); m; m = ACCORDING_TO.exec(text)) {
    const source = (m[1] ?? '').trim();
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      kind: 'attribution',
      reason: `Attributed to ${source}: check the source says this`,
      speaker: nameInSubject(source),
    });
  }
  VERB_HIT.lastIndex = 0;
  for (let v = VERB_HIT.exec(text); v; v = VERB_HIT.exec(text)) {
    const sentence = sentenceStartAt(v.index);
    const from = Math.max(sentence, v.index - 160);
    const head = text.slice(from, v.index);
    const hit = subjectBefore(head, from, sentence);
    if (!hit) continue;
    found.push({
      start: hit.start,
      end: v.index + v[0].length,
      kind: 'attribution',
      reason: `Attributed to ${hit.who}: check the source says this`,
      speaker: hit.speaker,
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The earliest acceptable subject that ends where the verb begins, in `head` (which starts at text offset `from`). */
function subjectBefore(
  head: string,
  from: number,
  sentence: number,
): { start: number; speaker: string | null; who: string } | null {
  SUBJECT_START.lastIndex = 0;
  for (let c = SUBJECT_START.exec(head); c; c = SUBJECT_START.exec(head)) {
    SUBJECT_BEFORE.lastIndex = c.index;
    const m = SUBJECT_BEFORE.exec(head);
    if (!m) continue;
    const subject = (m[1] ?? '').trim();
    const appositive = m[2] ?? '';
    if (crossesSentence(subject) || /^(?:it|who|which|that)$/iu.test(subject) || AUXILIARY.test(subject)) continue;
    const start = from + c.index;
    const atClauseStart =
      start === sentence || /(?:[,(—–]|\band)\s*$/u.test(head.slice(Math.max(0, c.index - 6), c.index));
    const speakerName = nameInSubject(subject) ?? (appositive ? nameInSubject(appositive) : null);
    const describes = SOURCE_NOUNS.test(subject.split(/\s(?:at|of|for|from|in|with|who|which)\s/u)[0] ?? '');
    const pronoun = /^(?:he|she|they)$/iu.test(subject);
    if (!speakerName && !describes && !pronoun) continue;
    if ((pronoun || !/^\p{Lu}/u.test(subject)) && !atClauseStart) continue;
    const speaker = pronoun ? null : speakerName;
    const who = speaker ?? (pronoun ? `'${subject.toLowerCase()}'` : subject.replace(/^(?:the|a|an)\s+/iu, ''));
    return { start, speaker, who };
  }
  return null;
}
