// The shape of a quote check: the verdict, the speaker check, the matched passage, the word diff and the context.
import type { SourceType } from '../model/source';

export const VERDICTS = ['exact', 'punctuation', 'altered', 'stitched', 'not-found', 'paraphrase'] as const;
/** exact; punctuation (only punctuation, case, spacing or transcription variants differ); altered (words changed,
 *  added or missing); stitched (joined from parts not adjacent in the source, without an ellipsis); not-found;
 *  paraphrase (a close passage exists but the wording is the reporter's). Correct ellipses and brackets count as
 *  exact or punctuation. */
export type Verdict = (typeof VERDICTS)[number];

export const VERDICT_LABELS: Record<Verdict, string> = {
  exact: 'Exact',
  punctuation: 'Differs only in punctuation, case or spacing',
  altered: 'Altered',
  stitched: 'Stitched together',
  'not-found': 'Not found',
  paraphrase: 'Paraphrase, not a quote',
};

/**
 * One run of a word diff of the quote against the source: equal, insert (only in the quote), delete (only in the
 * source), elided (source words an ellipsis covers), bracket (a journalist's [insertion]; `replaces` holds the source
 * words it stands for, if any). Runs are words with their own punctuation; show them separated by a space.
 */
export interface QuoteDiffOp {
  op: 'equal' | 'insert' | 'delete' | 'elided' | 'bracket';
  text: string;
  replaces?: string;
}

/** Where a quote (or one part of it) is in the sources. */
export interface QuoteLocation {
  sourceId: string;
  title: string;
  passageId: string;
  speaker: string | null;
  /** The source's type (interview, document, ...), or null when the caller did not say. */
  sourceType: SourceType | null;
  /** The pinpoint label of the passage ("¶ 12", "00:14:03"); two labels joined when the match spans passages. */
  pinpoint: string;
  /** The matched source words, verbatim (passages joined by a line break). */
  text: string;
}

/** A stitched quote's part: where it is and which stretch of the quote it covers ([quoteStart, quoteEnd)). */
export interface QuotePart extends QuoteLocation {
  quoteStart: number;
  quoteEnd: number;
}

/** Whom the draft credits: a person, a document (statement, report, ordinance, organisation) or nobody identified. */
export type SpeakerKind = 'person' | 'document' | null;

export interface QuoteCheck {
  verdict: Verdict;
  /** match (true), mismatch (false) or unknown (null): see speakerOutcome. */
  speakerMatch: boolean | null;
  /** The speaker check in one sentence a checker reads ("Credited to Bass; the transcript's speaker is Karen Bass"). */
  speakerReason: string;
  source: QuoteLocation | null;
  diff: QuoteDiffOp[];
  /** The source text just before and after the match: the rest of its sentence and the sentence beyond. */
  context: { before: string; after: string };
  parts?: QuotePart[];
  /** Share of the quote's words found in order at the source (0..1). */
  matchedShare: number;
}

/** A quote to check: its text as the draft gives it, whom the draft credits (null when nobody) and whether that is a
 *  person or a document (a document quote is checked against document sources only; absent means a person). */
export interface QuoteToCheck {
  text: string;
  attributedTo: string | null;
  speakerKind?: SpeakerKind;
}
