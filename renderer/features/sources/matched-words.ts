// Why a passage is suggested for a claim: the words it shares with the claim, read from the search highlights, as
// plain text for a "Matches:" line beside the passage.

/**
 * The distinct words of `text` inside the highlight ranges, in the order they first appear, compared without case
 * (the first spelling is kept). At most `limit` words.
 */
export function matchedWords(text: string, ranges: ReadonlyArray<readonly [number, number]>, limit = 8): string[] {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const word = text.slice(Math.max(0, start), Math.min(text.length, end)).trim();
    const key = word.toLocaleLowerCase();
    if (!word || seen.has(key)) continue;
    seen.add(key);
    words.push(word);
    if (words.length >= limit) break;
  }
  return words;
}
