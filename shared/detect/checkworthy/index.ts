// Check-worthiness: a score from 0 to 1 for each suggestion, learned from sentences fact-checkers chose to check, and
// the ranked, limited list the reporter sees.
export { DEFAULT_SHARE, rankAndCap, rankByScore, type CappedSuggestions } from './cap';
export { CHECKWORTHY_MODEL, scoreSentence, scoreSpans } from './score';
