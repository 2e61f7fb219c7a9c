// The quote check of a whole draft in the shape `factdesk check-quotes --json` prints: every direct quote in draft
// order with its verdict, speaker check, matched source and word diff.
import { checkQuote } from './check-quote';
import { checkedQuote } from './checked-quote';
import type { CheckedQuote } from './checked-quote';
import type { QuoteIndex } from './quote-index';
import type { SpeakerKind } from './types';

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

/**
 * Checks every span of kind 'quote' (suggestions or claims; the same quote given twice is checked once per span)
 * and returns the rows in draft order, every source counted as the project's and no claim attached.
 */
export function checkDraftQuotes(index: QuoteIndex, spans: readonly DraftSpan[]): { quotes: CheckedQuote[] } {
  const quotes = spans
    .filter((s) => s.kind === 'quote')
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((s) => {
      const check = checkQuote(index, { text: s.text, attributedTo: s.speaker, speakerKind: s.speakerKind ?? null });
      return checkedQuote(s, check, { libraryOf: () => 'project', claimId: null });
    });
  return { quotes };
}
