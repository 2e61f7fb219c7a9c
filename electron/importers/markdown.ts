// Markdown drafts to blocks: ATX and setext headings, paragraphs, one paragraph per list item, block quotes,
// table rows, fenced code kept as written; raw HTML reduced to its text and never rendered.
import type { TextBlock } from './draft-text';
import { htmlToBlocks } from './html-to-text';
import { reduceInline, referenceLabel } from './markdown-inline';

export interface MarkdownBlocks {
  blocks: TextBlock[];
  /** True when YAML front matter at the top was left out. */
  skippedFrontMatter: boolean;
  images: number;
}

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const THEMATIC = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const FENCE = /^( {0,3})(`{3,}|~{3,})(.*)$/;
const QUOTE = /^ {0,3}> ?/;
const LIST_ITEM = /^([ \t]*)([-+*]|(\d{1,9})[.)])(?:[ \t]+(.*))?$/;
const TASK = /^\[[ xX]\][ \t]+/;
const REFERENCE_DEF = /^ {0,3}\[([^\]]{1,999})\]:[ \t]*(\S+)/;
const HTML_START = /^ {0,3}<(?:[A-Za-z][A-Za-z0-9-]*(?:[\s/>]|$)|\/[A-Za-z]|!--)/;
const TABLE_DELIMITER = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const FRONT_MATTER_KEY = /^[A-Za-z_][\w -]*:/;

/** Splits a table row into its cells' text (escaped pipes stay inside a cell). */
function tableCells(line: string): string[] {
  const inner = line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

/** Joins the lines of one paragraph: a hard break (two spaces or a backslash at the end) stays a line break. */
function joinLines(lines: string[]): string {
  let out = '';
  lines.forEach((line, index) => {
    const last = index === lines.length - 1;
    const trimmed = line.replace(/^[ \t]+/, '');
    if (last) out += trimmed.replace(/[ \t]+$/, '');
    else if (/(?: {2,}|\\)$/.test(trimmed)) out += `${trimmed.replace(/(?:[ \t]+|\\)$/, '')}\n`;
    else out += `${trimmed.replace(/[ \t]+$/, '')} `;
  });
  return out;
}

/** The index after YAML front matter ("---" ... "---" or "...") at the very top, or 0 when there is none. */
function frontMatterEnd(lines: string[]): number {
  if (lines[0]?.trim() !== '---' || !FRONT_MATTER_KEY.test(lines[1] ?? '')) return 0;
  for (let i = 1; i < Math.min(lines.length, 500); i++) {
    const line = lines[i]?.trim();
    if (line === '---' || line === '...') return i + 1;
  }
  return 0;
}

interface Collected {
  blocks: TextBlock[];
  images: number;
}

/** Collects the [label]: url definitions, which are not draft text and make [text][label] links resolvable. */
function collectReferences(lines: string[]): Set<string> {
  const labels = new Set<string>();
  for (const line of lines) {
    const match = REFERENCE_DEF.exec(line);
    if (match?.[1]) labels.add(referenceLabel(match[1]));
  }
  return labels;
}

function parseLines(lines: string[], references: Set<string>, out: Collected): void {
  let paragraph: string[] = [];
  let inList = false;
  const flush = (): void => {
    if (paragraph.length > 0)
      out.blocks.push({ kind: 'paragraph', text: reduceInline(joinLines(paragraph), references).trim() });
    paragraph = [];
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!line.trim()) {
      flush();
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence && !(fence[2]?.startsWith('`') && fence[3]?.includes('`'))) {
      flush();
      const marker = fence[2] ?? '```';
      const indent = fence[1]?.length ?? 0;
      const closing = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*$`);
      const indentation = new RegExp(`^ {0,${indent}}`);
      const code: string[] = [];
      for (i++; i < lines.length; i++) {
        const inner = lines[i] ?? '';
        if (closing.test(inner)) break;
        code.push(inner.replace(indentation, ''));
      }
      out.blocks.push({ kind: 'paragraph', text: code.join('\n').replace(/\n[ \t]*\n/g, '\n') });
      continue;
    }
    const atx = ATX.exec(line);
    if (atx) {
      flush();
      inList = false;
      out.blocks.push({ kind: 'heading', level: atx[1]?.length ?? 1, text: reduceInline(atx[2] ?? '', references) });
      continue;
    }
    const setext = SETEXT.exec(line);
    if (setext && paragraph.length > 0 && !inList) {
      const level = setext[1]?.startsWith('=') ? 1 : 2;
      out.blocks.push({ kind: 'heading', level, text: reduceInline(joinLines(paragraph), references) });
      paragraph = [];
      continue;
    }
    if (THEMATIC.test(line)) {
      flush();
      inList = false;
      continue;
    }
    if (QUOTE.test(line)) {
      flush();
      const quoted: string[] = [];
      for (; i < lines.length && QUOTE.test(lines[i] ?? ''); i++) quoted.push((lines[i] ?? '').replace(QUOTE, ''));
      i--;
      parseLines(quoted, references, out);
      continue;
    }
    if (paragraph.length === 0 && REFERENCE_DEF.test(line)) continue;
    if (paragraph.length === 0 && HTML_START.test(line)) {
      const html: string[] = [];
      const comment = /^ {0,3}<!--/.test(line);
      for (; i < lines.length; i++) {
        const inner = lines[i] ?? '';
        if (!comment && !inner.trim()) break;
        html.push(inner);
        if (comment && inner.includes('-->')) break;
      }
      const extracted = htmlToBlocks(html.join('\n'));
      out.blocks.push(...extracted.blocks);
      out.images += extracted.images;
      continue;
    }
    if (line.includes('|') && paragraph.length === 0 && TABLE_DELIMITER.test(lines[i + 1] ?? '')) {
      out.blocks.push({
        kind: 'paragraph',
        text: tableCells(line)
          .map((c) => reduceInline(c, references))
          .join('\t'),
      });
      for (i += 2; i < lines.length && (lines[i] ?? '').trim() && (lines[i] ?? '').includes('|'); i++) {
        out.blocks.push({
          kind: 'paragraph',
          text: tableCells(lines[i] ?? '')
            .map((c) => reduceInline(c, references))
            .join('\t'),
        });
      }
      i--;
      continue;
    }
    const item = LIST_ITEM.exec(line);
    // An ordered list interrupts a paragraph only when it starts at 1, so "2024. The year..." stays text.
    const canStartList = item && (paragraph.length === 0 || inList || item[3] === undefined || item[3] === '1');
    if (item && canStartList && !(item[4] === undefined && paragraph.length > 0 && !inList)) {
      flush();
      inList = true;
      // Bullets are dropped; an ordered item keeps its number, which is part of what the reporter wrote.
      const content = (item[4] ?? '').replace(TASK, '');
      const text = item[3] === undefined ? content : `${item[2]} ${content}`;
      if (text.trim()) paragraph.push(text);
      continue;
    }
    if (paragraph.length === 0 && !/^[ \t]/.test(line)) inList = false;
    paragraph.push(line);
  }
  flush();
}

/** Parses a Markdown draft into blocks. Line endings may be "\r\n", "\n" or "\r". */
export function markdownToBlocks(source: string): MarkdownBlocks {
  const lines = source.split(/\r\n|\n|\r/);
  const start = frontMatterEnd(lines);
  const body = start > 0 ? lines.slice(start) : lines;
  const out: Collected = { blocks: [], images: 0 };
  parseLines(body, collectReferences(body), out);
  return { blocks: out.blocks, skippedFrontMatter: start > 0, images: out.images + countImages(body) };
}

/** Counts Markdown images (![alt](url) or ![alt][ref]), which are left out of the draft. */
function countImages(lines: string[]): number {
  let count = 0;
  for (const line of lines) {
    if (!line.includes('![')) continue;
    count += line.match(/!\[[^\]\n]{0,1000}\][([]/g)?.length ?? 0;
  }
  return count;
}
