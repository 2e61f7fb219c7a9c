// The public face of check-worthy span detection: the suggestion pass and the helpers for dismissing and accepting.
export { suggestClaims } from './suggest';
export { DEFAULT_SHARE, rankAndCap, rankByScore, type CappedSuggestions } from './checkworthy/cap';
export { describeScore, scoreLevel, type ScoreLevel } from './checkworthy/level';
export { dismissalKey, filterDismissed, groupByKind, keySuggestions, type KeyedSuggestion } from './dismissals';
export type { Suggestion } from './types';
