// DOCX, HTML and Markdown sources: the draft importers extract their text and blocks (the same code, the same
// refusals), then the joined text is split like a .txt: speaker turns when paragraphs start with "NAME:", else
// one passage per heading or paragraph ("¶ n"). HTML never yields markup, scripts or links, only text.
import { fail, ok } from '../../../shared/api/result';
import type { Result } from '../../../shared/api/result';
import { docxToBlocks } from '../docx';
import { imageWarning } from '../draft-result';
import { joinBlocks } from '../draft-text';
import type { TextBlock } from '../draft-text';
import { htmlToBlocks } from '../html-to-text';
import { markdownToBlocks } from '../markdown';
import type { ParseSourceOptions } from './types';

export interface ExtractedDocument {
  text: string;
  warnings: string[];
  /** The first heading, or an HTML page's <title>. */
  title: string;
}

/** The text of an HTML page's <title>, entities decoded, or ''. */
function htmlTitle(html: string): string {
  const match = /<title[^>]{0,200}>([^<]{1,500})<\/title>/i.exec(html.slice(0, 65_536));
  if (!match?.[1]) return '';
  const decoded = htmlToBlocks(`<p>${match[1]}</p>`).blocks[0]?.text ?? '';
  return decoded.replace(/\s+/g, ' ').trim();
}

function firstHeading(blocks: TextBlock[]): string {
  const heading = blocks.find((block) => block.kind === 'heading');
  return heading ? heading.text.replace(/\s+/g, ' ').trim() : '';
}

function finish(name: string, blocks: TextBlock[], warnings: string[], title: string): Result<ExtractedDocument> {
  const { text } = joinBlocks(blocks);
  if (!text.trim()) return fail('invalid-file', `${name} has no text in it, so there is nothing to import.`);
  return ok({ text, warnings, title });
}

/** Extracts the text of an HTML source. */
export function extractHtml(source: string, name: string): Result<ExtractedDocument> {
  const html = htmlToBlocks(source);
  return finish(name, html.blocks, imageWarning(name, html.images), htmlTitle(source) || firstHeading(html.blocks));
}

/** Extracts the text of a Markdown source (front matter left out with a warning). */
export function extractMarkdown(source: string, name: string): Result<ExtractedDocument> {
  const md = markdownToBlocks(source);
  const warnings = md.skippedFrontMatter
    ? [`The front matter at the top of ${name} (the block between "---" lines) was left out.`]
    : [];
  return finish(name, md.blocks, [...warnings, ...imageWarning(name, md.images)], firstHeading(md.blocks));
}

/** Extracts the text of a DOCX source through the zip gate and the time-limited conversion thread. */
export async function extractDocx(
  bytes: Uint8Array,
  name: string,
  options: ParseSourceOptions,
): Promise<Result<ExtractedDocument>> {
  const extracted = await docxToBlocks(
    bytes,
    name,
    options.docxTimeoutMs ? { docxTimeoutMs: options.docxTimeoutMs } : {},
  );
  if (!extracted.ok) return extracted;
  const { blocks, images } = extracted.value;
  return finish(name, blocks, imageWarning(name, images), firstHeading(blocks));
}
