// The reason a source is suggested for a claim: "Matches: harbour, budget, double", the shared words as text.
import { matchedWords } from './matched-words';

export interface MatchedWordsProps {
  text: string;
  ranges: ReadonlyArray<readonly [number, number]>;
}

/** A short line naming the words the passage shares with the claim; nothing when it shares none. */
export function MatchedWords({ text, ranges }: MatchedWordsProps) {
  const words = matchedWords(text, ranges);
  if (words.length === 0) return null;
  return (
    <p className="suggested-why">
      <span className="suggested-why-label">Matches:</span> {words.join(', ')}
    </p>
  );
}
