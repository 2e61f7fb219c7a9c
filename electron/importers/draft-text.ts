// Turning structure into draft text: joining extracted blocks with blank lines, and finding the paragraphs of a
// verbatim plain-text draft (any line ending) without changing a single character of it.
import type { DraftBlock } from './types';

/** A block as an importer extracts it, before it has an offset in the draft. */
export interface TextBlock {
  kind: 'heading' | 'paragraph';
  level?: number;
  text: string;
}

/**
 * Joins extracted blocks into draft text, one blank line ("\n\n") between blocks, and records where each one is.
 * Blocks that are empty after trimming are dropped; a block never contains a blank line of its own.
 */
export function joinBlocks(input: TextBlock[]): { text: string; blocks: DraftBlock[] } {
  const parts: string[] = [];
  const blocks: DraftBlock[] = [];
  let offset = 0;
  for (const block of input) {
    for (const piece of block.text.split(/\n[ \t]*\n\s*/)) {
      const text = piece.trim();
      if (!text) continue;
      if (parts.length > 0) {
        parts.push('\n\n');
        offset += 2;
      }
      parts.push(text);
      const kind = block.kind === 'heading' && block.level ? 'heading' : 'paragraph';
      blocks.push(
        kind === 'heading'
          ? { kind, level: block.level, start: offset, end: offset + text.length }
          : { kind, start: offset, end: offset + text.length },
      );
      offset += text.length;
    }
  }
  return { text: parts.join(''), blocks };
}

const LINE_BREAK = /\r\n|\n|\r/g;

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0c && c !== 0x0b) return false;
  }
  return true;
}

/**
 * The paragraphs of a plain-text draft kept exactly as it is: a paragraph is a run of non-blank lines, and a blank
 * line (empty or spaces only) ends it. "\r\n", "\n" and "\r" all end a line. Offsets index the unchanged text;
 * a paragraph's range starts at its first non-space character and ends after its last, without the line ending.
 * Linear in the length of the text, so a 10 MB single line costs one scan.
 */
export function plainTextBlocks(text: string): DraftBlock[] {
  const blocks: DraftBlock[] = [];
  let paraStart = -1;
  let paraEnd = -1;
  let lineStart = 0;
  const closeParagraph = (): void => {
    if (paraStart < 0) return;
    let start = paraStart;
    let end = paraEnd;
    while (start < end && /\s/.test(text.charAt(start))) start++;
    while (end > start && /\s/.test(text.charAt(end - 1))) end--;
    if (end > start) blocks.push({ kind: 'paragraph', start, end });
    paraStart = -1;
  };
  const takeLine = (from: number, to: number): void => {
    if (isBlank(text, from, to)) {
      closeParagraph();
      return;
    }
    if (paraStart < 0) paraStart = from;
    paraEnd = to;
  };
  LINE_BREAK.lastIndex = 0;
  for (let match = LINE_BREAK.exec(text); match; match = LINE_BREAK.exec(text)) {
    takeLine(lineStart, match.index);
    lineStart = match.index + match[0].length;
  }
  takeLine(lineStart, text.length);
  closeParagraph();
  return blocks;
}
