// The public face of quote verification: build an index of the sources once, then check quotes against it.
export { buildQuoteIndex, type QuoteIndex, type VerifySource } from './quote-index';
export { checkQuote, checkQuotes } from './check-quote';
export { checkDraftQuotes, type DraftSpan } from './report';
export {
  checkedQuote,
  checkedQuoteJson,
  type CheckedQuote,
  type CheckedQuoteJson,
  type CheckedQuotePlace,
} from './checked-quote';
export { speakerMatches } from './speaker';
export {
  SPEAKER_OUTCOMES,
  SPEAKER_OUTCOME_LABELS,
  countSpeakers,
  displayName,
  speakerOutcome,
  speakerSummaryText,
  unknownSpeakersText,
  type SpeakerCounts,
  type SpeakerOutcome,
} from './speaker-outcome';
export { countQuotes, quoteSummaryText, verdictSummaryText, type QuoteCounts } from './summary';
export * as thresholds from './thresholds';
export {
  VERDICTS,
  VERDICT_LABELS,
  type QuoteCheck,
  type QuoteDiffOp,
  type QuoteLocation,
  type QuotePart,
  type QuoteToCheck,
  type SpeakerKind,
  type Verdict,
} from './types';
