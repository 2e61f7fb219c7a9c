// DOCX drafts: the zip gate first, then mammoth in a time-limited worker thread, then its HTML to text blocks.
// Headings come from Word's heading styles (and Title/Subtitle); images and footnote back-links are left out.
import { fail, ok } from '../../shared/api/result';
import type { Result } from '../../shared/api/result';
import { startDocxConversion } from './docx-convert';
import { checkInflation } from './docx-inflate';
import { withoutHiddenCharacters } from './draft-result';
import { gateDocx } from './docx-gate';
import type { TextBlock } from './draft-text';
import { htmlToBlocks } from './html-to-text';
import { LIMITS } from './types';
import type { ImportOptions } from './types';

export interface DocxBlocks {
  blocks: TextBlock[];
  images: number;
}

/** Mammoth's links back from a footnote or endnote to where it is cited ("↑"): not draft text. */
function isBackLink(name: string, attribs: Record<string, string>): boolean {
  return name === 'a' && /^#(?:footnote|endnote)-ref-/.test(attribs.href ?? '');
}

function refuseInflation(name: string, check: { reason: string; entry?: string }): Result<DocxBlocks> {
  if (/too many bytes/.test(check.reason)) {
    return fail(
      'invalid-file',
      `${name} holds a part${check.entry ? ` ("${withoutHiddenCharacters(check.entry)}")` : ''} that grows beyond the size the file declares, which a real Word document never does, so Factdesk does not open it.`,
      { reason: check.reason },
    );
  }
  return fail(
    'invalid-file',
    `${name} is damaged or incomplete (it may have been cut short while downloading or copying), so Factdesk cannot read it.`,
    { reason: check.reason },
  );
}

/**
 * Extracts the blocks of a DOCX file whose bytes start like a zip. `name` is the file name for sentences.
 * Every refusal has code 'invalid-file' and says what is wrong with the file.
 */
export async function docxToBlocks(
  bytes: Uint8Array,
  name: string,
  options: ImportOptions = {},
): Promise<Result<DocxBlocks>> {
  const gate = await gateDocx(bytes, name);
  if (!gate.ok) return gate;
  const timeoutMs = options.docxTimeoutMs ?? LIMITS.docxTimeoutMs;
  // The conversion starts at once; meanwhile every part is inflated here, and a part larger than its header said
  // stops the conversion before its result is used.
  const running = startDocxConversion(bytes, timeoutMs, options.docxMemoryMb ?? LIMITS.docxMemoryMb);
  const inflation = await checkInflation(bytes);
  if (!inflation.ok) {
    running.cancel();
    return refuseInflation(name, inflation);
  }
  const conversion = await running.result;
  if (conversion.ok) {
    const extracted = htmlToBlocks(conversion.html, { preserveSpaces: true, skip: isBackLink });
    return ok({ blocks: extracted.blocks, images: conversion.images });
  }
  switch (conversion.stage) {
    case 'timeout': {
      const seconds = Math.max(1, Math.round(timeoutMs / 1000));
      return fail(
        'invalid-file',
        `${name} took longer than ${seconds} second${seconds === 1 ? '' : 's'} to read, so Factdesk stopped. It may be damaged or unusually complex: open it in Word, save it again, or copy its text and paste it.`,
        { timeoutMs },
      );
    }
    case 'memory':
      return fail(
        'invalid-file',
        `${name} needed more memory than Factdesk allows for one document, so it stopped reading it. Copy its text and paste it instead.`,
      );
    default:
      return fail(
        'invalid-file',
        `${name} could not be read as a Word document: it may be damaged, or written by a program that does not follow the .docx format. Open it in Word, save it again and import it again.`,
        { reason: conversion.reason },
      );
  }
}
