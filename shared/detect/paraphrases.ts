// Paraphrases attributed to a source: "according to court records", "Bass said the vote ...", "Officials said". The
// span is the attribution phrase; the speaker is the person named, or the document or organisation as written.
import { ADVERB, APPOSITIVE, crossesSentence, SUBJECT, VERB_LIST } from './attribution';
import { SOURCE_NOUNS } from './names';
import { subjectAfterVerb, subjectOf, type Subject } from './subjects';
import type { Found } from './types';

/** Verbs that attribute a paraphrased finding or estimate to a source. */
const FINDING = 'reported|estimated|estimates|found|finds|shows|showed';

/** A subject holding a verb of its own ("the Senate would be", "Leeds has identified") is not a subject. */
const AUXILIARY =
  /(?:^|\s)(?:is|are|was|were|be|been|being|has|have|had|will|would|could|should|can|may|might|must|do|does|did)(?:\s|$)/iu;
/** Attribution verbs for paraphrases: the quote verbs without "asked" (a request attributes no claim). */
const PARAPHRASE_VERBS = VERB_LIST.replace('asked|asks|', '');

const ACCORDING_TO =
  /(?=[aA])(?<![\p{L}\p{M}’'])[Aa]ccording to\s+([^,;:!?\n“”"«»„(]{2,80}?)(?=[,;:!?\n(]|\.(?:\s|$)|$)/gu;
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
      ...speakerOf(subjectAfterVerb(source)),
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
      ...speakerOf(hit.subject),
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The speaker fields of a suggestion: a person's name, a document as written, or no one. */
export function speakerOf(s: Subject): Pick<Found, 'speaker' | 'speakerKind'> {
  if (s.name) return { speaker: s.name, speakerKind: 'person' };
  if (s.document) return { speaker: s.document, speakerKind: 'document' };
  return { speaker: null, speakerKind: null };
}

/** The earliest acceptable subject that ends where the verb begins, in `head` (which starts at text offset `from`). */
function subjectBefore(
  head: string,
  from: number,
  sentence: number,
): { start: number; subject: Subject; who: string } | null {
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
    const named = subjectOf(subject);
    const who = named.name || named.document || !appositive ? named : subjectOf(appositive);
    const speakerName = who.name ?? who.document;
    const describes = SOURCE_NOUNS.test(subject.split(/\s(?:at|of|for|from|in|with|who|which)\s/u)[0] ?? '');
    const pronoun = /^(?:he|she|they)$/iu.test(subject);
    if (!speakerName && !describes && !pronoun) continue;
    if ((pronoun || !/^\p{Lu}/u.test(subject)) && !atClauseStart) continue;
    const shown = who.name ?? (pronoun ? `'${subject.toLowerCase()}'` : subject.replace(/^(?:the|a|an)\s+/iu, ''));
    return { start, subject: pronoun ? { name: null, document: null, pronoun: null } : who, who: shown };
  }
  return null;
}
