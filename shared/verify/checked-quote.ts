// A checked quote: one direct quote of the draft with its verdict, speaker check, matched source, word diff and
// context. The one row the quote check gives the app, the harness and `factdesk check-quotes`.
import type { LibraryName } from '../model/source';
import type { DraftSpan } from './report';
import type { QuoteCheck, QuoteDiffOp, SpeakerKind, Verdict } from './types';

export interface CheckedQuote {
  /** The quote's place in the draft (stable while the draft version is the same). */
  start: number;
  end: number;
  text: string;
  /** Who the draft says spoke, or null. */
  attributedTo: string | null;
  verdict: Verdict;
  /** Whether the draft credits a person, a document (checked against document sources) or nobody identified. */
  speakerKind: SpeakerKind | null;
  /** The speaker check: true a match, false a mismatch, null unknown (nobody named, a pronoun, no speaker label,
   *  nothing found to compare with); a checker has to check an unknown speaker by hand. */
  speakerMatch: boolean | null;
  /** Why, in one sentence ("Credited to Bass; the transcript's speaker is Karen Bass"). */
  speakerReason: string;
  source: {
    sourceId: string;
    library: LibraryName;
    passageId: string;
    title: string;
    speaker: string | null;
    pinpoint: string;
    text: string;
  } | null;
  /** Quote against source, word by word; 'elided' are source words an ellipsis stands for, 'bracket' an insertion. */
  diff: QuoteDiffOp[];
  /** The source's words just before and after the match. */
  context: { before: string; after: string };
  /** The claim marking this quote, if there is one. */
  claimId: string | null;
}

/** Where a checked quote belongs: the library of each source, and the claim marking the quote (null: none). */
export interface CheckedQuotePlace {
  libraryOf(sourceId: string): LibraryName;
  claimId: string | null;
}

/** The row for one quote span of the draft and its check. */
export function checkedQuote(span: DraftSpan, check: QuoteCheck, place: CheckedQuotePlace): CheckedQuote {
  return {
    start: span.start,
    end: span.end,
    text: span.text,
    attributedTo: span.speaker,
    verdict: check.verdict,
    speakerKind: span.speakerKind ?? null,
    speakerMatch: check.speakerMatch,
    speakerReason: check.speakerReason,
    source: check.source
      ? {
          sourceId: check.source.sourceId,
          library: place.libraryOf(check.source.sourceId),
          passageId: check.source.passageId,
          title: check.source.title,
          speaker: check.source.speaker,
          pinpoint: check.source.pinpoint,
          text: check.source.text,
        }
      : null,
    diff: check.diff,
    context: check.context,
    claimId: place.claimId,
  };
}

/** A checked quote as `factdesk check-quotes --json` prints it (the documented fields, in their documented order). */
export type CheckedQuoteJson = Pick<
  CheckedQuote,
  'text' | 'start' | 'end' | 'attributedTo' | 'verdict' | 'speakerMatch' | 'speakerReason' | 'diff'
> & { source: Pick<NonNullable<CheckedQuote['source']>, 'title' | 'speaker' | 'pinpoint' | 'text'> | null };

/** The documented JSON of one checked quote. */
export function checkedQuoteJson(q: CheckedQuote): CheckedQuoteJson {
  return {
    text: q.text,
    start: q.start,
    end: q.end,
    attributedTo: q.attributedTo,
    verdict: q.verdict,
    speakerMatch: q.speakerMatch,
    speakerReason: q.speakerReason,
    source: q.source
      ? { title: q.source.title, speaker: q.source.speaker, pinpoint: q.source.pinpoint, text: q.source.text }
      : null,
    diff: q.diff,
  };
}
