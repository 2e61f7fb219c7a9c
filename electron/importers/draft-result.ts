// The last step every importer shares: a file name fit to show, and the checks on the finished draft (not empty,
// not over the size the project accepts) before it becomes an ImportResult.
import { fail, ok } from '../../shared/api/result';
import { LIMITS } from './types';
import type { DraftBlock, DraftFormat, ImportResult } from './types';

/** True for C0/C1 control characters and the marks and overrides that change the direction of text. */
function isHidden(code: number): boolean {
  return (
    code <= 0x1f ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/** Replaces control and bidi-override characters with U+FFFD, so a name shown in a sentence cannot disguise itself. */
export function withoutHiddenCharacters(text: string): string {
  let out = '';
  for (const ch of text) out += isHidden(ch.codePointAt(0) ?? 0) ? '\uFFFD' : ch;
  return out;
}

/**
 * A file name as it appears in sentences and as the draft's origin: the last path segment, with control and
 * bidi-override characters replaced (so a name cannot disguise itself) and at most 300 characters.
 */
export function displayName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const clean = withoutHiddenCharacters(base).trim();
  if (!clean) return 'The file';
  return clean.length > 300 ? `${clean.slice(0, 297)}...` : clean;
}

export interface FinishedParts {
  name: string;
  origin: string;
  format: DraftFormat;
  text: string;
  blocks: DraftBlock[];
  warnings: string[];
}

/** Refuses an empty or oversized draft; otherwise wraps it as a successful ImportResult. */
export function finishDraft(parts: FinishedParts): ImportResult {
  if (parts.blocks.length === 0) {
    return fail('invalid-file', `${parts.name} has no text in it, so there is nothing to import.`);
  }
  if (parts.text.length > LIMITS.maxDraftChars) {
    return fail(
      'invalid-file',
      `${parts.name} holds ${parts.text.length.toLocaleString('en-US')} characters of text, more than the ${LIMITS.maxDraftChars.toLocaleString('en-US')} a Factdesk draft can hold. Split it into smaller drafts.`,
      { chars: parts.text.length },
    );
  }
  return ok({
    text: parts.text,
    blocks: parts.blocks,
    format: parts.format,
    origin: parts.origin,
    warnings: parts.warnings,
  });
}

/** The warning for images left out of a draft, or nothing. */
export function imageWarning(name: string, images: number): string[] {
  if (images === 0) return [];
  return [
    `${images === 1 ? 'One image' : `${images} images`} in ${name} ${images === 1 ? 'was' : 'were'} left out: Factdesk imports the text only.`,
  ];
}
