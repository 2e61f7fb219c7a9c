// Markdown drafts to blocks: markdown-it reads the block structure (headings, paragraphs, lists, block quotes, tables,
// code, raw HTML, reference definitions); one paragraph per list item (an ordered item keeps its number), table rows
// as cells joined by tabs, raw HTML reduced to text by htmlToBlocks and never rendered, front matter left out.
// Inline markup goes through reduceInline, measured faster than markdown-it's inline parser (see markdown-inline.ts).
import MarkdownIt from 'markdown-it';
import type { Env, Token } from 'markdown-it';
import type { TextBlock } from './draft-text';
import { htmlToBlocks } from './html-to-text';
import { reduceInline, referenceLabel } from './markdown-inline';
import type { LinkReferences } from './markdown-inline';

export interface MarkdownBlocks {
  blocks: TextBlock[];
  /** True when YAML front matter at the top was left out. */
  skippedFrontMatter: boolean;
  images: number;
}

/** Block rules only: the inline content of each block is left as written, for reduceInline. */
const markdown = new MarkdownIt('default', { html: true, linkify: false, typographer: false });
markdown.core.ruler.disable(['inline', 'text_join']);

const LINE_BREAK = /\r\n|\n|\r/;
const FRONT_MATTER_KEY = /^[A-Za-z_][\w -]*:/;
const TASK = /^\[[ xX]\][ \t]+/;

/** The index after YAML front matter ("---" ... "---" or "...") at the very top, or 0 when there is none. */
function frontMatterEnd(lines: string[]): number {
  if (lines[0]?.trim() !== '---' || !FRONT_MATTER_KEY.test(lines[1] ?? '')) return 0;
  for (let i = 1; i < Math.min(lines.length, 500); i++) {
    const line = lines[i]?.trim();
    if (line === '---' || line === '...') return i + 1;
  }
  return 0;
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

/** Counts Markdown images (![alt](url) or ![alt][ref]), which are left out of the draft. */
function countImages(inline: string): number {
  return inline.includes('![') ? (inline.match(/!\[[^\]\n]{0,1000}\][([]/g)?.length ?? 0) : 0;
}

/** Code as written, without its blank lines (a block never holds a blank line). */
function codeText(content: string): string {
  return content.replace(/\n$/, '').replace(/\n[ \t]*\n/g, '\n');
}

/** An indented block is read as the paragraphs a reporter meant: lines joined, blank lines between paragraphs. */
function indentedParagraphs(content: string): string[] {
  return content
    .split(/\n[ \t]*\n/)
    .map((part) =>
      part
        .split('\n')
        .map((line) => line.trim())
        .join(' ')
        .trim(),
    )
    .filter(Boolean);
}

/** Walks the block tokens into blocks; `images` counts the images left out. */
function collect(tokens: Token[], references: LinkReferences, images: { count: number }): TextBlock[] {
  const blocks: TextBlock[] = [];
  // The marker of the innermost list item whose first paragraph is still to come ('' for a bullet).
  let itemMarker: string | null = null;
  let row: string[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    const source = tokens[i + 1]?.type === 'inline' ? (tokens[i + 1]?.content ?? '') : '';
    const inline = (): string => {
      images.count += countImages(source);
      return reduceInline(joinLines(source.split('\n')), references);
    };
    switch (token.type) {
      case 'heading_open':
        blocks.push({ kind: 'heading', level: Number(token.tag.slice(1)), text: inline() });
        i++;
        break;
      case 'list_item_open':
        itemMarker = token.info ? `${token.info}${token.markup} ` : '';
        break;
      case 'paragraph_open': {
        let text = inline().trim();
        if (itemMarker !== null) {
          text = `${itemMarker}${text.replace(TASK, '')}`;
          itemMarker = null;
        }
        blocks.push({ kind: 'paragraph', text });
        i++;
        break;
      }
      case 'tr_open':
        row = [];
        break;
      case 'th_open':
      case 'td_open':
        row?.push(inline().trim());
        i++;
        break;
      case 'tr_close':
        if (row) blocks.push({ kind: 'paragraph', text: row.join('\t') });
        row = null;
        break;
      case 'fence':
        blocks.push({ kind: 'paragraph', text: codeText(token.content) });
        break;
      case 'code_block':
        for (const text of indentedParagraphs(token.content)) blocks.push({ kind: 'paragraph', text });
        break;
      case 'html_block': {
        const html = htmlToBlocks(token.content);
        blocks.push(...html.blocks);
        images.count += html.images;
        break;
      }
      default:
        break;
    }
  }
  return blocks;
}

/** Parses a Markdown draft into blocks. Line endings may be "\r\n", "\n" or "\r". */
export function markdownToBlocks(source: string): MarkdownBlocks {
  const lines = source.split(LINE_BREAK);
  const start = frontMatterEnd(lines);
  const body = start > 0 ? lines.slice(start).join('\n') : source;
  const images = { count: 0 };
  const env: Env = {};
  const tokens = markdown.parse(body, env);
  const references = new Set(Object.keys(env.references ?? {}).map(referenceLabel));
  const blocks = collect(tokens, references, images);
  return { blocks, skippedFrontMatter: start > 0, images: images.count };
}
