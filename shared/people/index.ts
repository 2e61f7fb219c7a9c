// One place that decides who a name is: name matching for suggestions, the quote check and `speaker:` search, and how
// transcript labels read (never in CAPS; interviewer labels are not source speakers).
export { displayLabel, isInterviewerLabel } from './labels';
export { nameQueryMatches, nameWords, samePerson, withoutTitles } from './match';
