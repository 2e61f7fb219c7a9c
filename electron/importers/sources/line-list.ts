// Sentences about numbered lines and counts: "line 12", "lines 12, 40 and 51", "lines 3, 9, 14, 20, 31 and 6 more".

/** "line 12", "lines 12 and 40", "lines 3, 9, 14, 20, 31 and 6 more": at most five numbers are written out. */
export function listLines(lines: number[], noun = 'line'): string {
  const shown = lines.slice(0, 5).map((n) => n.toLocaleString('en-US'));
  if (lines.length === 1) return `${noun} ${shown[0]}`;
  const rest = lines.length - shown.length;
  if (rest > 0) return `${noun}s ${shown.join(', ')} and ${rest.toLocaleString('en-US')} more`;
  return `${noun}s ${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** "1 cue", "3 cues", "1,204 rows". */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? noun : plural}`;
}
