// The readable text of a fetched web page: Mozilla Readability on a jsdom document that never runs scripts, never
// loads images, styles or frames and makes no request, then the article's HTML turned into text blocks by the same
// code as an HTML source (htmlToBlocks), so the passages get paragraph pinpoints like any document. When Readability
// finds no article (a short or unusual page), or the page is unfit for a DOM (nested thousands deep, attributes
// megabytes long), the whole page's text is used instead.
import { Readability } from '@mozilla/readability';
import { Parser } from 'htmlparser2';
import { JSDOM, VirtualConsole } from 'jsdom';
import { fail, ok } from '../../../shared/api/result';
import type { Result } from '../../../shared/api/result';
import { joinBlocks } from '../draft-text';
import { htmlToBlocks } from '../html-to-text';

export interface ReadablePage {
  title: string;
  text: string;
  /** Whether Readability found an article (false: the whole page's text was used). */
  article: boolean;
}

/** Readability gives up on pages with more elements than this instead of walking them all. */
export const MAX_ELEMENTS = 200_000;

/** Pages nested deeper than this skip the DOM (jsdom and Readability recurse per level): their whole text is used. */
export const MAX_DEPTH = 400;

/** Attribute values longer than this (no real page has them) also skip the DOM, which is slow on them. */
export const MAX_ATTRIBUTE_CHARS = 65_536;

/**
 * Whether `html` is unfit for a DOM: nested deeper than MAX_DEPTH or with an attribute value longer than
 * MAX_ATTRIBUTE_CHARS, found by a streaming parser that does not recurse.
 */
function unfitForDom(html: string): boolean {
  let depth = 0;
  let deepest = 0;
  let longest = 0;
  const parser = new Parser(
    {
      onattribute(_name, value) {
        if (value.length > longest) longest = value.length;
      },
      onopentag() {
        depth++;
        if (depth > deepest) deepest = depth;
      },
      onclosetag() {
        depth = Math.max(0, depth - 1);
      },
    },
    { decodeEntities: false },
  );
  parser.write(html);
  parser.end();
  return deepest > MAX_DEPTH || longest > MAX_ATTRIBUTE_CHARS;
}

/** Decodes fetched bytes with the charset the server named (utf-8 when none or unknown). */
export function decodePage(bytes: Uint8Array, charset: string | null): string {
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/**
 * Extracts the readable text of `html`, fetched from `url` (used only to resolve relative links inside the
 * document; nothing is loaded). Fails with 'invalid-file' and a sentence naming the address when there is no text.
 */
export function extractReadable(html: string, url: string): Result<ReadablePage> {
  if (unfitForDom(html)) return wholeText(html, url, '');
  // No runScripts and no resources: jsdom then neither executes scripts nor fetches anything.
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  try {
    const document = dom.window.document;
    const pageTitle = (document.title ?? '').replace(/\s+/g, ' ').trim();
    let article: ReturnType<Readability['parse']> = null;
    try {
      article = new Readability(document.cloneNode(true) as typeof document, {
        maxElemsToParse: MAX_ELEMENTS,
      }).parse();
    } catch {
      article = null;
    }
    const fromArticle = article?.content ? joinBlocks(htmlToBlocks(article.content).blocks).text : '';
    const title = (article?.title ?? '').replace(/\s+/g, ' ').trim() || pageTitle;
    if (!fromArticle.trim()) return wholeText(html, url, title);
    return ok({ title: (title || url).slice(0, 500), text: fromArticle, article: true });
  } finally {
    dom.window.close();
  }
}

/** The whole page's text (no article found, or a page too deep for a DOM). */
function wholeText(html: string, url: string, title: string): Result<ReadablePage> {
  const text = joinBlocks(htmlToBlocks(html).blocks).text;
  if (!text.trim()) return fail('invalid-file', `The page at ${url} has no readable text, so nothing was added.`);
  const named = title || /<title[^>]{0,200}>([^<]{1,500})<\/title>/i.exec(html.slice(0, 65_536))?.[1]?.trim() || url;
  return ok({ title: named.replace(/\s+/g, ' ').slice(0, 500), text, article: false });
}
