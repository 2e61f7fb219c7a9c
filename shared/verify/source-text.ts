// Reading back from index positions: the verbatim source words between two positions, and where they are.
import type { IndexedPassage, QuoteIndex } from './quote-index';
import type { QuoteLocation } from './types';

function passageAt(index: QuoteIndex, pos: number): IndexedPassage {
  return index.passages[index.passageOf[pos] as number] as IndexedPassage;
}

/** The verbatim text of positions [first, last] (inclusive), passages joined by a line break. Positions in passages
 *  with no words of their own between them (empty passages) are simply passed over. */
export function sourceText(index: QuoteIndex, first: number, last: number): string {
  if (last < first) return '';
  const pieces: string[] = [];
  let p = first;
  while (p <= last) {
    const passage = passageAt(index, p);
    const end = Math.min(last, passage.endWord - 1);
    const text = passage.passage.text;
    // Across a passage break the text runs on to the end of one passage and from the start of the next.
    const from = p === first ? (index.starts[p] as number) : text.length - text.trimStart().length;
    const to = end === last ? (index.ends[end] as number) : text.trimEnd().length;
    pieces.push(text.slice(from, to));
    p = end + 1;
  }
  return pieces.join('\n');
}

/** The location of positions [first, last]: source, first passage, its speaker and pinpoint, and the words. */
export function locationOf(index: QuoteIndex, first: number, last: number): QuoteLocation {
  const a = passageAt(index, first);
  const b = passageAt(index, last);
  const source = index.sources[a.source];
  const pinpoint = a === b ? a.passage.pinpoint.label : `${a.passage.pinpoint.label}–${b.passage.pinpoint.label}`;
  return {
    sourceId: source?.sourceId ?? a.passage.sourceId,
    title: source?.title ?? '',
    passageId: a.passage.id,
    speaker: a.passage.speaker,
    sourceType: source?.type ?? null,
    pinpoint,
    text: sourceText(index, first, last),
  };
}

/** The speakers of the passages holding positions [first, last], without repeats. */
export function speakersOf(index: QuoteIndex, first: number, last: number): (string | null)[] {
  const out = new Set<string | null>();
  for (let k = index.passageOf[first] as number; k <= (index.passageOf[last] as number); k++) {
    out.add(index.passages[k]?.passage.speaker ?? null);
  }
  return [...out];
}
