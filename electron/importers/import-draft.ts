// "Import a draft", the Node side: a file's bytes (or a path) to verbatim draft text with its headings and
// paragraphs, or a sentence saying why not. Formats are told apart by content first, by extension second.
import { promises as fs } from 'node:fs';
import { fail } from '../../shared/api/result';
import { decodeDraftBytes } from './decode-text';
import { docxToBlocks } from './docx';
import { formatBytes } from './docx-gate';
import { displayName, finishDraft, imageWarning } from './draft-result';
import { joinBlocks, plainTextBlocks } from './draft-text';
import { htmlToBlocks } from './html-to-text';
import { markdownToBlocks } from './markdown';
import { sniffMagic } from './sniff';
import type { Magic } from './sniff';
import { checkFileInput } from './file-input';
import { LIMITS } from './types';
import type { DraftFormat, ImportInput, ImportOptions, ImportResult, LegacyEncoding } from './types';

const EXTENSIONS: Record<string, DraftFormat> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  mdown: 'md',
  mkd: 'md',
  docx: 'docx',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
};

/** The format a file name announces, or null for other or missing extensions. */
export function formatFromName(fileName: string): DraftFormat | null {
  const match = /\.([A-Za-z0-9]+)$/.exec(fileName.trim());
  return (match?.[1] && EXTENSIONS[match[1].toLowerCase()]) || null;
}

function refuseBinaryForText(name: string, magic: Magic): ImportResult {
  let advice = '';
  if (magic.zip) advice = ' If it is a Word document, rename it to end in .docx and import it again.';
  else if (magic.ole) advice = ' If it is a Word document, save it as .docx in Word and import that.';
  else if (magic.label === 'an RTF document')
    advice = ' Save it as .docx or .txt in your word processor and import that.';
  else if (magic.label === 'a PDF document') advice = ' Copy its text and paste it, or save it as .docx or .txt.';
  return fail(
    'invalid-file',
    `${name} is ${magic.label}, not a text file, so it cannot be imported as a draft.${advice}`,
  );
}

function refuseNonDocx(name: string, magic: Magic | null): ImportResult {
  if (magic?.ole) {
    return fail(
      'invalid-file',
      `${name} is an older Word (.doc) file or a password-protected document, which Factdesk cannot read. In Word, remove any password and save it as .docx, then import that.`,
    );
  }
  if (magic)
    return fail(
      'invalid-file',
      `${name} is ${magic.label}, not a Word document (.docx), so it cannot be imported as one.`,
    );
  return fail(
    'invalid-file',
    `${name} is not a real Word document (.docx): every .docx file is a zip package and this one is not. If it holds plain text, rename it to end in .txt.`,
  );
}

async function importDocx(bytes: Uint8Array, name: string, options: ImportOptions): Promise<ImportResult> {
  const extracted = await docxToBlocks(bytes, name, options);
  if (!extracted.ok) return extracted;
  const { text, blocks } = joinBlocks(extracted.value.blocks);
  return finishDraft({
    name,
    origin: name,
    format: 'docx',
    text,
    blocks,
    warnings: imageWarning(name, extracted.value.images),
  });
}

function importText(
  bytes: Uint8Array,
  name: string,
  declared: DraftFormat | null,
  encoding?: LegacyEncoding,
): ImportResult {
  const decoded = decodeDraftBytes(bytes, name, encoding);
  if (!decoded.ok) return decoded;
  const source = decoded.value.text;
  const warnings = [...decoded.value.warnings];
  const format = declared ?? (/^\s*<(?:!doctype\s+html|html)[\s>]/i.test(source.slice(0, 1024)) ? 'html' : 'txt');
  if (format === 'txt') {
    return finishDraft({ name, origin: name, format, text: source, blocks: plainTextBlocks(source), warnings });
  }
  if (format === 'md') {
    const md = markdownToBlocks(source);
    if (md.skippedFrontMatter)
      warnings.push(`The front matter at the top of ${name} (the block between "---" lines) was left out.`);
    warnings.push(...imageWarning(name, md.images));
    return finishDraft({ name, origin: name, format, ...joinBlocks(md.blocks), warnings });
  }
  const html = htmlToBlocks(source);
  warnings.push(...imageWarning(name, html.images));
  return finishDraft({ name, origin: name, format: 'html', ...joinBlocks(html.blocks), warnings });
}

/**
 * Imports a draft from a file's bytes. .txt is kept exactly as decoded (line endings included) with its
 * paragraphs in `blocks`; .md, .html and .docx become their text, one blank line between headings and paragraphs.
 * Content decides over the extension: a PNG named .txt is refused as an image. Never throws and never touches
 * the input bytes. When the file needs an encoding choice the reply is an 'invalid-input' error whose details are
 * an EncodingQuestion; call again with `encoding` set to the user's answer.
 */
export async function importDraft(input: ImportInput, options: ImportOptions = {}): Promise<ImportResult> {
  const given = checkFileInput(input);
  if (!given.ok) return given;
  const name = displayName(input.fileName);
  const { bytes } = input;
  if (bytes.length === 0) return fail('invalid-file', `${name} is empty, so there is no draft in it.`);
  if (bytes.length > LIMITS.maxFileBytes) {
    return fail(
      'invalid-file',
      `${name} is ${formatBytes(bytes.length)}, more than the ${formatBytes(LIMITS.maxFileBytes)} Factdesk imports as one draft. Split it into smaller files.`,
      { bytes: bytes.length },
    );
  }
  const declared = formatFromName(name);
  const magic = sniffMagic(bytes);
  try {
    if (declared === 'docx') return magic?.zip ? await importDocx(bytes, name, options) : refuseNonDocx(name, magic);
    if (declared === null && magic?.zip) return await importDocx(bytes, name, options);
    if (magic) return refuseBinaryForText(name, magic);
    return importText(bytes, name, declared, input.encoding);
  } catch (error) {
    return fail('internal', `Factdesk could not import ${name} because of an unexpected problem.`, {
      reason: error instanceof Error ? error.message : String(error),
    });
  }
}

/**
 * Imports a draft from a file on disk: refuses a folder or a file over the size limit before reading a byte of it,
 * then works as importDraft with the file's name. File-system failures come back as 'not-found',
 * 'permission-denied' or 'io-error' with a sentence.
 */
export async function importDraftFile(
  path: string,
  options: ImportOptions & { encoding?: LegacyEncoding } = {},
): Promise<ImportResult> {
  const name = displayName(path);
  try {
    const stat = await fs.stat(path);
    if (!stat.isFile()) return fail('invalid-input', `${name} is a folder, not a file: choose the draft file itself.`);
    if (stat.size > LIMITS.maxFileBytes) {
      return fail(
        'invalid-file',
        `${name} is ${formatBytes(stat.size)}, more than the ${formatBytes(LIMITS.maxFileBytes)} Factdesk imports as one draft. Split it into smaller files.`,
        { bytes: stat.size },
      );
    }
    const bytes = await fs.readFile(path);
    return await importDraft(
      { bytes, fileName: path, ...(options.encoding ? { encoding: options.encoding } : {}) },
      options,
    );
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fail('not-found', `${name} does not exist (it may have been moved or deleted).`);
    if (code === 'EACCES' || code === 'EPERM')
      return fail('permission-denied', `Factdesk is not allowed to read ${name}.`);
    return fail('io-error', `Factdesk could not read ${name}: ${(error as Error).message}.`);
  }
}
