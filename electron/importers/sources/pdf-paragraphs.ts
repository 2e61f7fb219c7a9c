// A PDF's lines as passages: paragraphs found from the gaps between lines and changes of type size, running on
// across a column or page break when they stop mid-sentence, each pinpointed by the page and line it starts on
// ("p. 4, l. 12"). The lines come from readPdf (pdf.ts), already in reading order with hyphenated words marked.
import { SOFT_HYPHEN, clean, joinLine } from './pdf';
import type { PdfLine, PdfPage } from './pdf';
import { splitLongRange } from './long-passages';
import { SOURCE_LIMITS } from './types';
import type { PassageDraft } from './types';

/** A line of a page, for paragraphs that run on from one column or page to the next. */
interface PageLine {
  page: number;
  line: PdfLine;
}

const ENDS_SENTENCE = /[.!?:;\u2026]["'\u201d\u2019)\]]*$/u;

/**
 * A line starts a new paragraph after a gap clearly taller than the line spacing, where the type size changes (a
 * heading above body text), or at the top of a column or page, unless it runs on there: the paragraph so far has
 * more than one line (a lone line at a page foot is a page number or a running footer), its last line ends
 * mid-sentence, and this one starts with a small letter.
 */
function startsParagraph(line: PdfLine, paragraph: PageLine[], spacing: number): boolean {
  const previous = paragraph[paragraph.length - 1]?.line;
  if (!previous) return true;
  if (Math.abs(line.size - previous.size) > Math.min(line.size, previous.size) * 0.15) return true;
  if (!Number.isFinite(line.gap) || line.gap < 0) {
    const runsOn = paragraph.length > 1 && !ENDS_SENTENCE.test(previous.text.trimEnd());
    return !runsOn || !/^\s*\p{Ll}/u.test(line.text);
  }
  return line.gap > spacing * 1.35;
}

/** The most common line spacing on a page (the body text's). */
function bodySpacing(lines: PdfLine[]): number {
  const votes = new Map<number, number>();
  for (const l of lines) {
    if (!Number.isFinite(l.gap) || l.gap <= 0) continue;
    const at = Math.round(l.gap * 2) / 2;
    votes.set(at, (votes.get(at) ?? 0) + 1);
  }
  let best = 0;
  let count = 0;
  for (const [at, n] of votes) if (n > count || (n === count && at < best)) [best, count] = [at, n];
  return best || 14;
}

/** Marks where a line starts in a paragraph while its lines are joined and cleaned; taken out of the text first. */
const LINE_MARK = '\uffff';

/** A paragraph's words, with the offset where each of its lines starts, for pinpointing the pieces of a long one. */
function paragraphOf(lines: PageLine[]): { words: string; starts: { at: number; page: number; line: number }[] } {
  let joined = '';
  for (const { line } of lines) {
    const own = line.text.split(LINE_MARK).join('');
    const next = joinLine(joined, own);
    const tail = own.replace(SOFT_HYPHEN, '').trimStart();
    const at = next.length - tail.length;
    joined = `${next.slice(0, at)}${LINE_MARK}${next.slice(at)}`;
  }
  const starts: { at: number; page: number; line: number }[] = [];
  let words = '';
  clean(joined)
    .split(LINE_MARK)
    .forEach((part, n) => {
      const from = lines[n - 1];
      if (from) starts.push({ at: words.length, page: from.page, line: from.line.line });
      words += part;
    });
  return { words, starts };
}

/**
 * The extracted text (paragraphs separated by blank lines) and one passage per paragraph, pinpointed by the page and
 * line it starts on. A paragraph runs on across a column or page break when it stops there mid-sentence. One longer
 * than a passage may be (a page set as one block, with no gap between paragraphs) is cut at sentence ends into
 * passages of at most `maxChars`, each pinpointed by the line it starts on.
 */
export function pdfPassages(
  pages: PdfPage[],
  maxChars: number = SOURCE_LIMITS.maxPassageChars,
): { text: string; passages: PassageDraft[] } {
  let text = '';
  const passages: PassageDraft[] = [];
  let current: PageLine[] = [];
  const close = (): void => {
    if (current.length === 0) return;
    const { words, starts } = paragraphOf(current);
    current = [];
    if (!words) return;
    if (text) text += '\n\n';
    const base = text.length;
    text += words;
    let mark = 0;
    for (const [from, to] of splitLongRange(words, 0, words.length, maxChars)) {
      while (mark + 1 < starts.length && starts[mark + 1]!.at <= from) mark += 1;
      const { page, line } = starts[mark] ?? { page: 1, line: 1 };
      passages.push({
        index: passages.length,
        text: words.slice(from, to),
        speaker: null,
        pinpoint: { label: `p. ${page}, l. ${line}`, page, line },
        start: base + from,
        end: base + to,
      });
    }
  };
  for (const page of pages) {
    const spacing = bodySpacing(page.lines);
    for (const line of page.lines) {
      if (startsParagraph(line, current, spacing)) close();
      current.push({ page: page.page, line });
    }
  }
  close();
  return { text, passages };
}
