// Bytes to text for drafts: UTF-8 (with or without a byte-order mark) and UTF-16 with a byte-order mark are read
// strictly by the WHATWG TextDecoder; anything else is never guessed: the user is asked for Windows-1252 or Latin-1.
import { fail, ok } from '../../shared/api/result';
import type { Result } from '../../shared/api/result';
import {
  countC1Controls,
  countStrayControlBytes,
  countStrayControls,
  hasNul,
  isBinaryShare,
  looksLikeBomlessUtf16,
} from './sniff';
import { LEGACY_ENCODINGS } from './types';
import type { EncodingQuestion, LegacyEncoding } from './types';

export interface DecodedText {
  text: string;
  /** 'utf-8', 'utf-16le', 'utf-16be', or the legacy encoding the user chose. */
  encoding: string;
  warnings: string[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8Lenient = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Byte offset of the first byte that breaks UTF-8, or -1 when all of it is UTF-8. The WHATWG decoder does the
 * reading: each broken sequence becomes one U+FFFD at the byte where it starts, and a U+FFFD that is really in the
 * file (EF BF BD) is told apart by its bytes.
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const text = utf8Lenient.decode(bytes);
  let byte = 0;
  let from = 0;
  for (let at = text.indexOf('\uFFFD'); at >= 0; at = text.indexOf('\uFFFD', at + 1)) {
    byte += Buffer.byteLength(text.slice(from, at));
    from = at;
    if (bytes[byte] !== 0xef || bytes[byte + 1] !== 0xbf || bytes[byte + 2] !== 0xbd) return byte;
  }
  return -1;
}

/** Strict UTF-8: the text, or the offset of the first byte that is not UTF-8. */
function readUtf8(bytes: Uint8Array): { text: string; bad: -1 } | { text: null; bad: number } {
  try {
    return { text: utf8.decode(bytes), bad: -1 };
  } catch {
    return { text: null, bad: firstInvalidUtf8(bytes) };
  }
}

/**
 * UTF-16 text (even length, no byte-order mark), or the index in code units of the first unpaired surrogate: the
 * WHATWG decoder turns each one into a U+FFFD at its own index.
 */
function readUtf16(bytes: Uint8Array, label: 'utf-16le' | 'utf-16be'): { text: string; lone: number } {
  const text = new TextDecoder(label, { ignoreBOM: true }).decode(bytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = text.indexOf('\uFFFD'); at >= 0; at = text.indexOf('\uFFFD', at + 1)) {
    if (view.getUint16(at * 2, label === 'utf-16le') !== 0xfffd) return { text, lone: at };
  }
  return { text, lone: -1 };
}

/** The legacy charset an HTML file declares in a <meta> tag near its top, when it is one we offer. */
function declaredLegacyCharset(bytes: Uint8Array): LegacyEncoding | undefined {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 4096)).toLowerCase();
  const match = /<meta[^>]{0,300}charset\s*=\s*["']?([a-z0-9_-]+)/.exec(head);
  const charset = match?.[1];
  if (!charset) return undefined;
  if (charset === 'windows-1252' || charset === 'cp1252') return 'windows-1252';
  if (charset === 'iso-8859-1' || charset === 'latin1' || charset === 'latin-1') return 'latin1';
  return undefined;
}

/**
 * Windows-1252 bytes 0x80 to 0x9F (the rest matches Latin-1). Done by hand: Node 20's TextDecoder('windows-1252')
 * decodes these bytes as Latin-1 control codes (nodejs/node#56542, #60888; since 20.18.3; checked on 20.20.2: 0x93
 * gives U+0093, not “), losing every smart quote. TextDecoder('latin1') is Windows-1252 by the WHATWG labels, so
 * true Latin-1 comes from Buffer.
 * The five bytes Windows-1252 leaves undefined keep their Latin-1 meaning, as in the WHATWG Encoding Standard.
 */
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

function decodeLegacy(bytes: Uint8Array, encoding: LegacyEncoding): string {
  // True ISO-8859-1: each byte is its own code point.
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  if (encoding === 'latin1') return latin1;
  return latin1.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH.charAt(c.charCodeAt(0) - 0x80));
}

function binaryRefusal(name: string): Result<DecodedText> {
  return fail('invalid-file', `${name} holds binary data, not text, so it cannot be imported as a draft.`);
}

/** Warnings about control characters kept in a decoded text, or a refusal when there are too many to be text. */
function checkControls(name: string, decoded: DecodedText): Result<DecodedText> {
  const strays = countStrayControls(decoded.text);
  if (isBinaryShare(strays, decoded.text.length, decoded.text.includes('\u0000'))) return binaryRefusal(name);
  const warnings = [...decoded.warnings];
  if (strays > 0) {
    warnings.push(
      `${name} contains ${strays} invisible control character${strays === 1 ? '' : 's'}; they are kept as they are.`,
    );
  }
  if (decoded.encoding === 'latin1') {
    const c1 = countC1Controls(decoded.text);
    if (c1 > 0) {
      warnings.push(
        `${c1} character${c1 === 1 ? '' : 's'} of ${name} are control codes in Latin-1. If quotation marks or dashes look wrong, import it again as Windows-1252.`,
      );
    }
  }
  return ok({ ...decoded, warnings });
}

/**
 * Decodes a draft file's bytes. UTF-8 and UTF-16 byte-order marks are honoured and removed; UTF-8 without a mark is
 * read strictly. Bytes that are neither get the encoding question (code 'invalid-input', details EncodingQuestion)
 * unless `encoding` carries the user's answer. NUL bytes and control-character noise are refused as binary.
 * `name` is the file name as it should appear in sentences.
 */
export function decodeDraftBytes(bytes: Uint8Array, name: string, encoding?: LegacyEncoding): Result<DecodedText> {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const { text, bad } = readUtf8(bytes.subarray(3));
    if (text === null) {
      return fail(
        'invalid-file',
        `${name} is marked as UTF-8 text but byte ${(bad + 3).toLocaleString('en-US')} is not UTF-8, so the file looks damaged. Open it in a text editor, save it as UTF-8 and import it again.`,
      );
    }
    return checkControls(name, { text, encoding: 'utf-8', warnings: [] });
  }
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const be = bytes[0] === 0xfe && bytes[1] === 0xff;
  if (le || be) {
    const body = bytes.subarray(2);
    if (body.length % 2 !== 0) {
      return fail(
        'invalid-file',
        `${name} is UTF-16 text that ends in the middle of a character, so it is cut short or damaged.`,
      );
    }
    const label = le ? 'utf-16le' : 'utf-16be';
    const { text, lone } = readUtf16(body, label);
    if (lone >= 0) {
      return fail(
        'invalid-file',
        `${name} is UTF-16 text with a broken character (an unpaired surrogate) at character ${(lone + 1).toLocaleString('en-US')}, so the file looks damaged.`,
      );
    }
    return checkControls(name, { text, encoding: label, warnings: [] });
  }
  if (hasNul(bytes)) {
    if (looksLikeBomlessUtf16(bytes)) {
      return fail(
        'invalid-file',
        `${name} looks like UTF-16 text without a byte-order mark, which Factdesk does not guess. Save it as UTF-8 and import it again.`,
      );
    }
    return binaryRefusal(name);
  }
  const { text, bad } = readUtf8(bytes);
  if (text !== null) return checkControls(name, { text, encoding: 'utf-8', warnings: [] });
  if (isBinaryShare(countStrayControlBytes(bytes), bytes.length, false)) return binaryRefusal(name);
  if (encoding) return checkControls(name, { text: decodeLegacy(bytes, encoding), encoding, warnings: [] });
  const suggested = declaredLegacyCharset(bytes);
  const question: EncodingQuestion = {
    needsEncoding: true,
    choices: [...LEGACY_ENCODINGS],
    ...(suggested ? { suggested } : {}),
  };
  return fail(
    'invalid-input',
    `${name} is not UTF-8 or UTF-16 text. Choose its encoding (Windows-1252 or Latin-1) or cancel.`,
    { ...question, firstInvalidByte: bad },
  );
}
