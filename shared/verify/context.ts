// The source text around a matched quote, for the checker to read it in context: the rest of the sentence the match
// starts (ends) in and one whole sentence before (after) it, reaching into the neighbouring passage when needed
// (labelled with its speaker when someone else said it).
import { SentenceIndex } from '../detect/text';
import type { QuoteIndex } from './quote-index';

const MAX_CONTEXT = 320;

function sentencesOf(text: string): SentenceIndex {
  return new SentenceIndex(text);
}

function clipStart(text: string): string {
  if (text.length <= MAX_CONTEXT) return text;
  const cut = text.slice(text.length - MAX_CONTEXT);
  return `…${cut.slice(cut.indexOf(' ') + 1)}`;
}

function clipEnd(text: string): string {
  if (text.length <= MAX_CONTEXT) return text;
  const cut = text.slice(0, MAX_CONTEXT);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

/** "NAME: " before words from a neighbouring passage spoken by someone else, so nobody mistakes who said them. */
function speakerLabel(neighbour: string | null, own: string | null): string {
  return neighbour && neighbour !== own ? `${neighbour}: ` : '';
}

/** The context of positions [first, last] of the index. */
export function contextAround(index: QuoteIndex, first: number, last: number): { before: string; after: string } {
  const a = index.passages[index.passageOf[first] as number];
  const b = index.passages[index.passageOf[last] as number];
  if (!a || !b) return { before: '', after: '' };
  const start = index.starts[first] as number;
  const end = index.ends[last] as number;
  const aSentences = sentencesOf(a.passage.text);
  const own = aSentences.sentenceAt(start).start;
  let before = a.passage.text.slice(own > 0 ? aSentences.sentenceAt(own - 1).start : 0, start);
  const previous = index.passages[(index.passageOf[first] as number) - 1];
  if (own === 0 && previous && previous.source === a.source) {
    const text = previous.passage.text;
    const trimmed = text.trimEnd();
    before = `${speakerLabel(previous.passage.speaker, a.passage.speaker)}${text.slice(sentencesOf(text).sentenceAt(Math.max(0, trimmed.length - 1)).start, trimmed.length)}\n${before}`;
  }
  const bText = b.passage.text;
  const bSentences = sentencesOf(bText);
  const ownEnd = bSentences.sentenceAt(Math.max(0, end - 1)).end;
  const nextStart = bSentences.starts.find((s) => s >= ownEnd);
  let after = bText.slice(end, nextStart !== undefined ? bSentences.sentenceAt(nextStart).end : bText.length);
  const next = index.passages[(index.passageOf[last] as number) + 1];
  if (nextStart === undefined && next && next.source === b.source) {
    const text = next.passage.text;
    after = `${after}\n${speakerLabel(next.passage.speaker, b.passage.speaker)}${text.slice(0, sentencesOf(text).sentenceAt(0).end)}`;
  }
  return { before: clipStart(before.trimStart()), after: clipEnd(after.trimEnd()) };
}
