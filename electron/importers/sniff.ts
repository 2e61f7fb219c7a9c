// Telling what a file is from its bytes, not its name: magic numbers of common binary formats, and how much of a
// decoded text is control characters.

export interface Magic {
  /** What the user would call it: "a PNG image", "a PDF document". */
  label: string;
  /** Set for zip packages (DOCX is one). */
  zip?: boolean;
  /** OLE compound files: legacy .doc, or a password-protected .docx. */
  ole?: boolean;
  /** PDF documents. */
  pdf?: boolean;
}

interface Signature {
  /** Every [offset, bytes] part must match. */
  parts: [number, number[]][];
  magic: Magic;
}

const ascii = (text: string): number[] => Array.from(text, (c) => c.charCodeAt(0));

const SIGNATURES: Signature[] = [
  { parts: [[0, [0x50, 0x4b, 0x03, 0x04]]], magic: { label: 'a zip archive', zip: true } },
  { parts: [[0, [0x50, 0x4b, 0x05, 0x06]]], magic: { label: 'an empty zip archive', zip: true } },
  { parts: [[0, [0x50, 0x4b, 0x07, 0x08]]], magic: { label: 'a zip archive', zip: true } },
  {
    parts: [[0, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]]],
    magic: { label: 'an Office document in the older binary format', ole: true },
  },
  { parts: [[0, ascii('%PDF-')]], magic: { label: 'a PDF document', pdf: true } },
  { parts: [[0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]]], magic: { label: 'a PNG image' } },
  { parts: [[0, [0xff, 0xd8, 0xff]]], magic: { label: 'a JPEG image' } },
  { parts: [[0, ascii('GIF87a')]], magic: { label: 'a GIF image' } },
  { parts: [[0, ascii('GIF89a')]], magic: { label: 'a GIF image' } },
  {
    parts: [
      [0, ascii('RIFF')],
      [8, ascii('WEBP')],
    ],
    magic: { label: 'a WebP image' },
  },
  {
    parts: [
      [0, ascii('RIFF')],
      [8, ascii('WAVE')],
    ],
    magic: { label: 'a WAV audio file' },
  },
  { parts: [[0, [0x49, 0x49, 0x2a, 0x00]]], magic: { label: 'a TIFF image' } },
  { parts: [[0, [0x4d, 0x4d, 0x00, 0x2a]]], magic: { label: 'a TIFF image' } },
  {
    parts: [
      [0, [0x00]],
      [4, ascii('ftyp')],
    ],
    magic: { label: 'a video or audio file' },
  },
  {
    parts: [
      [0, ascii('ID3')],
      [4, [0x00]],
    ],
    magic: { label: 'an MP3 audio file' },
  },
  {
    parts: [
      [0, ascii('OggS')],
      [4, [0x00]],
    ],
    magic: { label: 'an Ogg audio or video file' },
  },
  {
    parts: [
      [0, ascii('fLaC')],
      [4, [0x00]],
    ],
    magic: { label: 'a FLAC audio file' },
  },
  { parts: [[0, [0x1a, 0x45, 0xdf, 0xa3]]], magic: { label: 'a video file' } },
  { parts: [[0, [0x7f, 0x45, 0x4c, 0x46]]], magic: { label: 'a program (ELF executable)' } },
  { parts: [[0, [0xcf, 0xfa, 0xed, 0xfe]]], magic: { label: 'a program (Mach-O executable)' } },
  { parts: [[0, [0xce, 0xfa, 0xed, 0xfe]]], magic: { label: 'a program (Mach-O executable)' } },
  { parts: [[0, [0xca, 0xfe, 0xba, 0xbe]]], magic: { label: 'a program or Java class file' } },
  { parts: [[0, [0x00, 0x61, 0x73, 0x6d]]], magic: { label: 'a WebAssembly program' } },
  { parts: [[0, [0x1f, 0x8b]]], magic: { label: 'a gzip archive' } },
  {
    parts: [
      [0, [0x42, 0x5a, 0x68]],
      [4, [0x31, 0x41, 0x59, 0x26, 0x53, 0x59]],
    ],
    magic: { label: 'a bzip2 archive' },
  },
  { parts: [[0, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]]], magic: { label: 'an xz archive' } },
  { parts: [[0, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]]], magic: { label: 'a 7-Zip archive' } },
  {
    parts: [
      [0, ascii('Rar!')],
      [4, [0x1a, 0x07]],
    ],
    magic: { label: 'a RAR archive' },
  },
  { parts: [[0, ascii('SQLite format 3\u0000')]], magic: { label: 'an SQLite database' } },
  { parts: [[0, ascii('{\\rtf')]], magic: { label: 'an RTF document' } },
  { parts: [[0, [0x00, 0x00, 0xfe, 0xff]]], magic: { label: 'UTF-32 text, which Factdesk does not read' } },
  { parts: [[0, [0xff, 0xfe, 0x00, 0x00]]], magic: { label: 'UTF-32 text, which Factdesk does not read' } },
];

/** The known binary format the bytes start with, or null. */
export function sniffMagic(bytes: Uint8Array): Magic | null {
  for (const { parts, magic } of SIGNATURES) {
    if (parts.every(([at, signature]) => signature.every((b, i) => bytes[at + i] === b))) return magic;
  }
  return null;
}

/** True when the bytes hold a NUL byte. */
export function hasNul(bytes: Uint8Array): boolean {
  return bytes.indexOf(0) >= 0;
}

/**
 * True when NUL bytes sit in every other position, the way UTF-16 text without a byte-order mark looks
 * (ASCII letters with a zero byte beside each). Checks the first 4 KB.
 */
export function looksLikeBomlessUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return false;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  return (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) || (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05);
}

/**
 * True for C0 control characters that have no place in text: everything below U+0020 except tab, line feed,
 * vertical tab (Word's line break in plain text), form feed (page break) and carriage return; and DEL.
 */
function isStrayControl(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0b && code !== 0x0c && code !== 0x0d) || code === 0x7f
  );
}

/** Counts stray control characters in decoded text (one linear scan). */
export function countStrayControls(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (isStrayControl(text.charCodeAt(i))) count++;
  return count;
}

/** Counts C1 control characters (U+0080 to U+009F): what Windows-1252 quotation marks become when read as Latin-1. */
export function countC1Controls(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 && c <= 0x9f) count++;
  }
  return count;
}

/** Counts raw bytes that would be stray controls in any ASCII-based encoding. */
export function countStrayControlBytes(bytes: Uint8Array): number {
  let count = 0;
  for (let i = 0; i < bytes.length; i++) if (isStrayControl(bytes[i] ?? 0x20)) count++;
  return count;
}

/** A text is binary when it holds NUL, or when more than 1 in 100 characters (and at least 2) are stray controls. */
export function isBinaryShare(strayControls: number, length: number, nul: boolean): boolean {
  if (nul) return true;
  return strayControls >= 2 && strayControls * 100 > length;
}
