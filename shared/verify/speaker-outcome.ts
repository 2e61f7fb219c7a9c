// The speaker check in three outcomes a checker can act on (match, mismatch, unknown), each with the sentence that
// says why, and the counts a summary prints. An unknown speaker is never folded into "no mismatches".
import type { SourceType } from '../model/source';
import { displayLabel } from '../people/labels';
import { nameWords } from './speaker';
import type { QuoteLocation } from './types';

export const SPEAKER_OUTCOMES = ['match', 'mismatch', 'unknown'] as const;
/** match: the source's speaker is the person credited (or a document quote was found in a document source);
 *  mismatch: someone else spoke those words; unknown: Factdesk could not tell, so a person has to check. */
export type SpeakerOutcome = (typeof SPEAKER_OUTCOMES)[number];

/** The outcome as a label beside its icon. */
export const SPEAKER_OUTCOME_LABELS: Record<SpeakerOutcome, string> = {
  match: 'Speaker matches',
  mismatch: 'Speaker mismatch',
  unknown: 'Speaker unknown',
};

/** Source types that hold a document's words (statements, reports, releases, pages), not a person's speech. */
export const DOCUMENT_SOURCE_TYPES: ReadonlySet<SourceType> = new Set(['document', 'press-release', 'web-page']);

/** The outcome of a speaker check: true is a match, false a mismatch, null unknown. */
export function speakerOutcome(speakerMatch: boolean | null): SpeakerOutcome {
  return speakerMatch === true ? 'match' : speakerMatch === false ? 'mismatch' : 'unknown';
}

/** A name as people read it: transcripts often shout speaker labels ("MAYA LIND" becomes "Maya Lind"). */
export function displayName(name: string): string {
  return displayLabel(name);
}

const PRONOUN = /^(?:he|she|they|i|we|you|it|him|her|them)$/iu;

/** What the matched source is, in the reason's words ("the transcript's speaker is ..."). */
function sourceNoun(type: SourceType | null): string {
  switch (type) {
    case 'interview':
    case 'broadcast':
      return 'transcript';
    case 'speech':
      return 'speech';
    case 'social-post':
      return 'post';
    case 'quote-list':
      return 'quote list';
    default:
      return 'source passage';
  }
}

/**
 * Why the speaker check of a quote credited to a person came out as it did, in one sentence: "Credited to Bass; the
 * transcript's speaker is Karen Bass", "Credited to Bass, but the source passage is spoken by Eric Adams", "The draft
 * names no speaker for this quote", "Credited to a pronoun Factdesk could not resolve", and so on.
 */
export function personSpeakerReason(
  attributedTo: string | null,
  speakerMatch: boolean | null,
  source: Pick<QuoteLocation, 'speaker' | 'sourceType'> | null,
): string {
  const credited = attributedTo?.trim() ?? '';
  if (!credited) return 'The draft names no speaker for this quote';
  if (nameWords(credited).length === 0) {
    return PRONOUN.test(credited)
      ? 'Credited to a pronoun Factdesk could not resolve'
      : `Credited to “${credited}”, which names no one Factdesk can compare with a source`;
  }
  if (!source) return `Credited to ${credited}; no source passage was found to compare the speaker with`;
  const said = source.speaker ? displayName(source.speaker) : null;
  if (speakerMatch === true)
    return `Credited to ${credited}; the ${sourceNoun(source.sourceType)}'s speaker is ${said}`;
  if (speakerMatch === false)
    return `Credited to ${credited}, but the source passage is spoken by ${said ?? 'someone else'}`;
  if (!said) return `Credited to ${credited}; the source passage has no speaker label`;
  return `Credited to ${credited}; the source passage's speaker (${said}) could not be compared`;
}

/**
 * The speaker check of a document quote (a statement, report, ordinance or organisation): found in a document source
 * is a match; otherwise unknown with the reason, never a person mismatch.
 */
export function documentSpeakerCheck(
  credited: string | null,
  found: Pick<QuoteLocation, 'title'> | null,
  hasDocuments: boolean,
): { speakerMatch: boolean | null; speakerReason: string } {
  const what = credited?.trim() ? `Document quote (${credited.trim()})` : 'Document quote';
  if (found) return { speakerMatch: true, speakerReason: `${what}: found in the document source “${found.title}”` };
  return {
    speakerMatch: null,
    speakerReason: hasDocuments
      ? `${what}: checked against document sources, and none of them holds these words`
      : `${what}: the sources include no document, press release or web page to check it against`,
  };
}

/** How many quotes' speakers matched, did not, or could not be identified. */
export interface SpeakerCounts {
  match: number;
  mismatch: number;
  unknown: number;
}

/** Counts the speaker outcomes of quote checks. */
export function countSpeakers(rows: readonly { speakerMatch: boolean | null }[]): SpeakerCounts {
  const counts: SpeakerCounts = { match: 0, mismatch: 0, unknown: 0 };
  for (const row of rows) counts[speakerOutcome(row.speakerMatch)] += 1;
  return counts;
}

/** The sentence for unknown speakers: "3 quotes have no speaker Factdesk could identify: check them by hand". */
export function unknownSpeakersText(unknown: number): string {
  return unknown === 1
    ? '1 quote has no speaker Factdesk could identify: check it by hand'
    : `${unknown} quotes have no speaker Factdesk could identify: check them by hand`;
}

/**
 * The speaker part of a summary: mismatches and unknown speakers each named with their count; "every speaker
 * matches its source" only when every quote's speaker was checked and matched; '' when there are no quotes.
 */
export function speakerSummaryText(counts: SpeakerCounts): string {
  const parts: string[] = [];
  if (counts.mismatch > 0) {
    parts.push(`${counts.mismatch} speaker ${counts.mismatch === 1 ? 'mismatch' : 'mismatches'}`);
  }
  if (counts.unknown > 0) parts.push(unknownSpeakersText(counts.unknown));
  if (parts.length === 0 && counts.match > 0) parts.push('every speaker matches its source');
  return parts.join('; ');
}
