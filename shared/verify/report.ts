// The quote check of a whole draft in the shape `factdesk check-quotes --json` prints: every direct quote in draft
// order with its verdict, speaker check, matched source and word diff.
import { checkQuote } from './check-quote';
import type { QuoteIndex } from './quote-index';
import type { QuoteDiffOp, SpeakerKind, Verdict } from './types';

/** A span of the draft: a suggestion or a claim, with whom the draft credits (quotes only) and whether that is a
 *  person or a document (absent or null: a person's quote, or nobody identified). */
export interface DraftSpan {
  text: string;
  start: number;
  end: number;
  kind: string;
  speaker: string | null;
  speakerKind?: SpeakerKind;
}

export interface QuoteReportRow {
  text: string;
  start: number;
  end: number;
  attributedTo: string | null;
  verdict: Verdict;
  /** true: match, false: mismatch, null: unknown (Factdesk could not identify or compare the speaker). */
  speakerMatch: boolean | null;
  /** Why, in one sentence. */
  speakerReason: string;
  source: { title: string; speaker: string | null; pinpoint: string; text: string } | null;
  diff: QuoteDiffOp[];
}

/**
 * Checks every span of kind 'quote' (suggestions or claims; the same quote given twice is checked once per span)
 * and returns the rows in draft order.
 */
export function checkDraftQuotes(index: QuoteIndex, spans: readonly DraftSpan[]): { quotes: QuoteReportRow[] } {
  const quotes = spans
    .filter((s) => s.kind === 'quote')
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((s): QuoteReportRow => {
      const check = checkQuote(index, { text: s.text, attributedTo: s.speaker, speakerKind: s.speakerKind ?? null });
      return {
        text: s.text,
        start: s.start,
        end: s.end,
        attributedTo: s.speaker,
        verdict: check.verdict,
        speakerMatch: check.speakerMatch,
        speakerReason: check.speakerReason,
        source: check.source
          ? {
              title: check.source.title,
              speaker: check.source.speaker,
              pinpoint: check.source.pinpoint,
              text: check.source.text,
            }
          : null,
        diff: check.diff,
      };
    });
  return { quotes };
}
