// Does the draft's attribution name the person who spoke the matched passage? The quote check asks the one
// name-matching module (shared/people) so that suggestions, the check and `speaker:` search agree on who is who.
import { nameWords, samePerson } from '../people';

export { nameWords };

/**
 * Compares the draft's attribution with a passage's speaker: true for the same person, false for someone else
 * (including an interviewer's turn), null when the draft names nobody (no attribution, a pronoun, only a title) or
 * the passage has no speaker.
 */
export function speakerMatches(attributedTo: string | null, speaker: string | null): boolean | null {
  return samePerson(attributedTo, speaker);
}
