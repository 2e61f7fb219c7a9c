// HTML to draft blocks with htmlparser2: headings, paragraphs, list items, table rows; scripts, styles and other
// non-text elements dropped; entities decoded. Nothing is fetched and no HTML comes out, only text.
import { Parser } from 'htmlparser2';
import type { TextBlock } from './draft-text';

export interface HtmlToBlocksOptions {
  /** Keep runs of spaces and tabs as written (text from Word) instead of collapsing them as a browser does. */
  preserveSpaces?: boolean;
  /** Leaves an element out with all it contains, on top of the elements that never hold draft text. */
  skip?: (name: string, attribs: Record<string, string>) => boolean;
}

export interface HtmlBlocks {
  blocks: TextBlock[];
  /** How many images were met (and left out). */
  images: number;
}

/** Elements whose content is never draft text. */
const SKIPPED = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'head',
  'title',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'select',
  'datalist',
  'audio',
  'video',
  'map',
  'frameset',
  'frame',
  'applet',
  'button',
]);

/** Elements that start and end a paragraph. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'ul',
]);

const HEADING = /^h([1-6])$/;

/**
 * Extracts the text of an HTML document or fragment as blocks. Whitespace collapses as in a browser (unless
 * preserveSpaces), <br> is a line break inside its paragraph, cells of a table row are separated by a tab,
 * and images are counted but never loaded.
 */
export function htmlToBlocks(html: string, options: HtmlToBlocksOptions = {}): HtmlBlocks {
  const blocks: TextBlock[] = [];
  let parts: string[] = [];
  let heading = 0;
  let skipDepth = 0;
  let preDepth = 0;
  let cellDepth = 0;
  let rowCells = 0;
  let images = 0;
  let atLineStart = true;
  let lastWasSpace = false;
  /** A paragraph ended inside a table cell: a space goes in before more text of the same cell. */
  let pendingSpace = false;

  const flush = (): void => {
    const text = parts.join('');
    parts = [];
    atLineStart = true;
    lastWasSpace = false;
    pendingSpace = false;
    if (!text.trim()) return;
    blocks.push(heading ? { kind: 'heading', level: heading, text } : { kind: 'paragraph', text });
  };
  const trimTrailingSpaces = (): void => {
    while (parts.length > 0) {
      const last = parts[parts.length - 1] ?? '';
      const trimmed = last.replace(/[ \t]+$/, '');
      if (trimmed) {
        parts[parts.length - 1] = trimmed;
        return;
      }
      parts.pop();
    }
  };
  const append = (text: string): void => {
    if (!text) return;
    if (pendingSpace && !atLineStart && !lastWasSpace && !/^[ \t]/.test(text)) parts.push(' ');
    pendingSpace = false;
    parts.push(text);
    atLineStart = false;
    lastWasSpace = text.endsWith(' ');
  };
  const softBreak = (): void => {
    pendingSpace = true;
  };
  const hardBreak = (separator: string): void => {
    if (!options.preserveSpaces) trimTrailingSpaces();
    parts.push(separator);
    atLineStart = true;
    lastWasSpace = false;
    pendingSpace = false;
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (skipDepth > 0 || SKIPPED.has(name) || 'hidden' in attribs || options.skip?.(name, attribs)) {
          skipDepth++;
          return;
        }
        const level = HEADING.exec(name)?.[1];
        if (name === 'br') {
          hardBreak('\n');
        } else if (name === 'img') {
          images++;
        } else if (name === 'td' || name === 'th') {
          if (rowCells > 0) hardBreak('\t');
          rowCells++;
          cellDepth++;
        } else if (name === 'tr') {
          if (cellDepth === 0) flush();
          rowCells = 0;
        } else if (level || BLOCKS.has(name)) {
          if (cellDepth > 0) softBreak();
          else {
            flush();
            if (level) heading = Number(level);
          }
          if (name === 'pre') preDepth++;
        }
      },
      onclosetag(name) {
        if (skipDepth > 0) {
          skipDepth--;
          return;
        }
        if (name === 'td' || name === 'th') {
          cellDepth = Math.max(0, cellDepth - 1);
        } else if (name === 'tr') {
          if (cellDepth === 0) flush();
          rowCells = 0;
        } else if (HEADING.test(name) || BLOCKS.has(name)) {
          if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
          if (cellDepth > 0) softBreak();
          else {
            flush();
            heading = 0;
          }
        }
      },
      ontext(data) {
        if (skipDepth > 0) return;
        if (preDepth > 0) {
          parts.push(data);
          atLineStart = data.endsWith('\n');
          lastWasSpace = false;
          return;
        }
        if (options.preserveSpaces) {
          append(data.replace(/\r\n?|\n/g, ' '));
          return;
        }
        let text = data.replace(/[ \t\n\r\f]+/g, ' ');
        if (atLineStart || lastWasSpace) text = text.replace(/^ /, '');
        append(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return { blocks, images };
}
