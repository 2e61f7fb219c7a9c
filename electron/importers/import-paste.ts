// Pasting a draft: the clipboard's HTML (Google Docs, Word, a web page) reduced to text with its headings and
// paragraphs, or its plain text kept exactly as it is when there is no usable HTML.
import { fail } from '../../shared/api/result';
import { finishDraft, imageWarning } from './draft-result';
import { joinBlocks, plainTextBlocks } from './draft-text';
import { htmlToBlocks } from './html-to-text';
import { countStrayControls, isBinaryShare } from './sniff';
import { LIMITS } from './types';
import type { ImportResult } from './types';

const PASTE = 'The pasted text';
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Imports a pasted draft (origin "paste"). With `html`, the HTML is sanitised to text (never rendered, nothing
 * fetched) and keeps its headings and paragraphs; without it, or when the HTML holds no text, `text` is kept
 * verbatim and its paragraphs are the runs of lines between blank lines.
 */
export function importPastedText(text: string, html?: string): ImportResult {
  if (typeof text !== 'string' || (html !== undefined && typeof html !== 'string')) {
    return fail('invalid-input', 'Factdesk was not given any text to paste.');
  }
  if (text.length > LIMITS.maxFileBytes || (html?.length ?? 0) > LIMITS.maxFileBytes * 2) {
    return fail(
      'invalid-input',
      `${PASTE} is longer than the ${LIMITS.maxDraftChars.toLocaleString('en-US')} characters a Factdesk draft can hold. Split it into smaller drafts.`,
    );
  }
  if (html?.trim()) {
    const extracted = htmlToBlocks(html);
    const joined = joinBlocks(extracted.blocks);
    if (joined.blocks.length > 0 && !LONE_SURROGATE.test(joined.text)) {
      return finishDraft({
        name: PASTE,
        origin: 'paste',
        format: 'html',
        ...joined,
        warnings: imageWarning('the pasted text', extracted.images),
      });
    }
  }
  if (!text.trim()) return fail('invalid-input', 'There is no text on the clipboard to paste as a draft.');
  if (LONE_SURROGATE.test(text)) {
    return fail(
      'invalid-input',
      `${PASTE} contains a broken character (an unpaired surrogate), so Factdesk did not import it. Copy it again from its source.`,
    );
  }
  const strays = countStrayControls(text);
  if (isBinaryShare(strays, text.length, text.includes('\u0000'))) {
    return fail('invalid-input', `${PASTE} holds binary data, not text, so it cannot be imported as a draft.`);
  }
  const warnings =
    strays > 0
      ? [
          `${PASTE} contains ${strays} invisible control character${strays === 1 ? '' : 's'}; they are kept as they are.`,
        ]
      : [];
  return finishDraft({ name: PASTE, origin: 'paste', format: 'txt', text, blocks: plainTextBlocks(text), warnings });
}
