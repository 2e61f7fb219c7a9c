// The quote check of a whole draft in the shape `factdesk check-quotes --json` prints: every direct quote in draft
// order with its verdict, speaker check, matched source and word diff.
import { checkQuote } from './check-quote';
import type { QuoteIndex } from './quote-index';
import type { QuoteDiffOp, Verdict } from './types';

/** A span of the draft: a suggestion or a claim, with the person the draft credits (quotes only). */
export interface DraftSpan {
  text: string;
  start: number;
  end: number;
  kind: string;
  speaker: string | null;
}

export interface QuoteReportRow {
  text: string;
  start: number;
  end: number;
  attributedTo: string | null;
  verdict: Verdict;
  speakerMatch: boolean | null;
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
      const check = checkQuote(index, { text: s.text, attributedTo: s.speaker });
      return {
        text: s.text,
        start: s.start,
        end: s.end,
        attributedTo: s.speaker,
        verdict: check.verdict,
        speakerMatch: check.speakerMatch,
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
