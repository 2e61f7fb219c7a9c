// PDF sources, read with Mozilla's PDF.js: the lines of every page in reading order, which pdf-paragraphs.ts turns
// into passages pinpointed by page and line ("p. 4, l. 12"). PDF.js gives positioned pieces of
// text; they are grouped into lines by their height on the page, lines are split where a wide gap runs down the page
// (two columns), each column is read top to bottom before the next, and a word broken at a line end with a hyphen
// is joined again. Scanned pages (images without text), password-protected and damaged files are refused with a
// sentence naming the file. PDF.js runs in this thread (the import already runs in a worker thread), with no
// evaluated code, no font loading and no network.
import { fail, ok } from '../../../shared/api/result';
import type { Failure, Result } from '../../../shared/api/result';
import { tooManyPages } from './limits';
import type { SourceFileLimits } from './limits';

/** One positioned piece of text from PDF.js. */
interface Piece {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** A run of pieces on one line of one column. */
interface Segment {
  x: number;
  end: number;
  y: number;
  size: number;
  text: string;
}

export interface PdfLine {
  /** 1-based, in reading order on its page. */
  line: number;
  text: string;
  /** Vertical distance from the previous line of the same column, or Infinity at the top of a block. */
  gap: number;
  size: number;
}

export interface PdfPage {
  page: number;
  lines: PdfLine[];
}

export interface ReadPdf {
  pages: PdfPage[];
  pageCount: number;
  title: string;
  warnings: string[];
}

/**
 * The 2-D matrix PDF.js creates while it loads (for drawing, which Factdesk never does). Browsers have DOMMatrix;
 * Node has not, and PDF.js would borrow it from an optional native canvas package that the packaged app leaves out.
 */
class PlainMatrix {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;
  constructor(init?: ArrayLike<number>) {
    if (init && init.length >= 6) {
      const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = Array.from(init);
      [this.a, this.b, this.c, this.d, this.e, this.f] = [a, b, c, d, e, f];
    }
  }
  multiplySelf(m: PlainMatrix): this {
    const { a, b, c, d, e, f } = this;
    this.a = a * m.a + c * m.b;
    this.b = b * m.a + d * m.b;
    this.c = a * m.c + c * m.d;
    this.d = b * m.c + d * m.d;
    this.e = a * m.e + c * m.f + e;
    this.f = b * m.e + d * m.f + f;
    return this;
  }
  preMultiplySelf(m: PlainMatrix): this {
    const copy = new PlainMatrix([m.a, m.b, m.c, m.d, m.e, m.f]).multiplySelf(this);
    [this.a, this.b, this.c, this.d, this.e, this.f] = [copy.a, copy.b, copy.c, copy.d, copy.e, copy.f];
    return this;
  }
  scaleSelf(sx = 1, sy = sx): this {
    return this.multiplySelf(new PlainMatrix([sx, 0, 0, sy, 0, 0]));
  }
  translateSelf(tx = 0, ty = 0): this {
    return this.multiplySelf(new PlainMatrix([1, 0, 0, 1, tx, ty]));
  }
  invertSelf(): this {
    const { a, b, c, d, e, f } = this;
    const det = a * d - b * c;
    [this.a, this.b, this.c, this.d] = [d / det, -b / det, -c / det, a / det];
    [this.e, this.f] = [(c * f - d * e) / det, (b * e - a * f) / det];
    return this;
  }
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let loaded: Promise<PdfJs> | null = null;

/**
 * What PDF.js says while its module loads in Node when the optional native canvas package is missing (an install
 * without optional packages, a platform it has no build for): it would draw pages with it, and Factdesk never draws.
 * These come before any document is opened, so the `verbosity` option cannot reach them.
 */
const CANVAS_NOTICES = [
  /^Warning: Cannot load "@napi-rs\/canvas" package/,
  /^Warning: Cannot polyfill `\w+`, rendering/,
];

/** Runs `load` (the import of PDF.js's module) leaving out its canvas notices; every other line reaches the console. */
export async function withoutCanvasNotices<T>(load: () => Promise<T>): Promise<T> {
  const warn = console.warn;
  console.warn = (...args: unknown[]): void => {
    if (!CANVAS_NOTICES.some((notice) => notice.test(String(args[0])))) warn(...args);
  };
  try {
    return await load();
  } finally {
    console.warn = warn;
  }
}

/** Loads PDF.js once, with its worker code in this thread (no separate worker file to find in a packaged app). */
function pdfjs(): Promise<PdfJs> {
  loaded ??= (async () => {
    const scope = globalThis as { DOMMatrix?: unknown };
    scope.DOMMatrix ??= PlainMatrix;
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return withoutCanvasNotices(() => import('pdfjs-dist/legacy/build/pdf.mjs'));
  })();
  return loaded;
}

export const SOFT_HYPHEN = /\u00ad/g;

function piecesOf(items: readonly unknown[]): Piece[] {
  const pieces: Piece[] = [];
  for (const item of items) {
    const it = item as { str?: unknown; transform?: number[]; width?: number; height?: number };
    if (typeof it.str !== 'string' || !it.transform || it.str.length === 0) continue;
    const [a = 0, b = 0, , d = 0, x = 0, y = 0] = it.transform;
    const size = Math.abs(d) || Math.hypot(a, b) || it.height || 10;
    pieces.push({ text: it.str, x, y, width: it.width ?? 0, size });
  }
  return pieces;
}

/** Pieces on (about) the same baseline, left to right. */
function rowsOf(pieces: Piece[]): Piece[][] {
  const sorted = [...pieces].sort((p, q) => q.y - p.y || p.x - q.x);
  const rows: Piece[][] = [];
  for (const piece of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0]!.y - piece.y) <= Math.min(row[0]!.size, piece.size) * 0.4) row.push(piece);
    else rows.push([piece]);
  }
  return rows.map((row) => row.sort((p, q) => p.x - q.x));
}

/** Splits a row where the gap between pieces is wider than two letters: the gutter between columns. */
function segmentsOf(row: Piece[]): Segment[] {
  const segments: Segment[] = [];
  for (const piece of row) {
    const last = segments[segments.length - 1];
    const gap = last ? piece.x - last.end : 0;
    if (last && gap < piece.size * 1.5) {
      const space = gap > piece.size * 0.15 && !/\s$/.test(last.text) && !/^\s/.test(piece.text) ? ' ' : '';
      last.text += space + piece.text;
      last.end = Math.max(last.end, piece.x + piece.width);
    } else {
      segments.push({ x: piece.x, end: piece.x + piece.width, y: piece.y, size: piece.size, text: piece.text });
    }
  }
  return segments.filter((s) => s.text.trim() !== '');
}

/** The x of the gutter between two columns, when enough rows have one there; null for a single column. */
function gutterOf(rows: Segment[][]): number | null {
  const votes = new Map<number, number>();
  for (const row of rows) {
    if (row.length !== 2) continue;
    const at = Math.round((row[0]!.end + row[1]!.x) / 2 / 10) * 10;
    votes.set(at, (votes.get(at) ?? 0) + 1);
  }
  let best: number | null = null;
  let count = 0;
  for (const [at, n] of votes) if (n > count) [best, count] = [at, n];
  return count >= 3 ? best : null;
}

/** The page's lines in reading order: full-width lines in place, and between them the left column, then the right. */
function linesOf(pieces: Piece[]): PdfLine[] {
  const rows = rowsOf(pieces)
    .map(segmentsOf)
    .filter((r) => r.length > 0);
  const gutter = gutterOf(rows);
  // A block is read top to bottom: a single-column page is one block; on a two-column page, each run of full-width
  // rows is one, and between them the left column, then the right.
  const ordered: Segment[][] = [];
  let full: Segment[] = [];
  let left: Segment[] = [];
  let right: Segment[] = [];
  const flush = (blocks: Segment[][]): void => {
    for (const block of blocks) if (block.length) ordered.push(block);
  };
  for (const row of rows) {
    if (gutter === null || row.some((s) => s.x < gutter && s.end > gutter)) {
      flush([left, right]);
      [left, right] = [[], []];
      full.push(...row);
      continue;
    }
    flush([full]);
    full = [];
    for (const segment of row) (segment.end <= gutter ? left : right).push(segment);
  }
  flush([full, left, right]);
  // Segments of one row (a single-column page may split a row at a wide gap) stay one line.
  const lines: PdfLine[] = [];
  for (const block of ordered) {
    let previous: Segment | null = null;
    for (const segment of block) {
      if (previous && Math.abs(previous.y - segment.y) < segment.size * 0.4) {
        lines[lines.length - 1]!.text += ` ${segment.text}`;
        continue;
      }
      const gap = previous ? previous.y - segment.y : Infinity;
      lines.push({ line: lines.length + 1, text: segment.text, gap, size: segment.size });
      previous = segment;
    }
  }
  return lines;
}

/** Joins two lines of one paragraph, mending a word hyphenated at the line end ("funda-" + "mental"). */
export function joinLine(before: string, after: string): string {
  const head = before.replace(SOFT_HYPHEN, (m, at: number) => (at === before.length - 1 ? '-' : '')).trimEnd();
  const tail = after.replace(SOFT_HYPHEN, '').trimStart();
  if (!head) return tail;
  const broken = /\p{Ll}[-\u2010\u00ad]+$/u.exec(head);
  if (broken && /^\p{Ll}/u.test(tail)) return head.replace(/[-\u2010\u00ad]+$/u, '') + tail;
  return `${head} ${tail}`;
}

/** One line of text: soft hyphens dropped, spaces collapsed. */
export function clean(text: string): string {
  return text.replace(SOFT_HYPHEN, '').replace(/\s+/g, ' ').trim();
}

function passwordProtected(name: string): Result<never> {
  return fail(
    'invalid-file',
    `${name} is protected with a password, so Factdesk cannot read its text. Open it in a PDF reader, save a copy without the password, and add that copy.`,
  );
}

function damaged(name: string, reason: string): Result<never> {
  return fail(
    'invalid-file',
    `${name} is damaged or not a complete PDF document (its structure cannot be read), so nothing was added. Download or export it again and add the new copy.`,
    { reason },
  );
}

/**
 * How Factdesk opens a PDF with PDF.js: no evaluated code, no font loading, no fetching, errors only. The data is a
 * plain copy: PDF.js refuses a Node Buffer and may detach the buffer it is given (the bytes are saved afterwards).
 */
export function documentOptions(lib: Pick<PdfJs, 'VerbosityLevel'>, bytes: Uint8Array) {
  return {
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    stopAtErrors: false,
    verbosity: lib.VerbosityLevel.ERRORS,
  };
}

/**
 * Reads the lines of every page of a PDF; refuses password-protected, damaged, scanned and too-long files. `onPage`
 * hears of each page read; a refusal it answers (a cancelled import) stops the reading and is the reply.
 */
export async function readPdf(
  bytes: Uint8Array,
  name: string,
  limits: SourceFileLimits,
  onPage?: (page: number, pages: number) => Failure | undefined,
): Promise<Result<ReadPdf>> {
  const lib = await pdfjs();
  const task = lib.getDocument(documentOptions(lib, bytes));
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    const err = error as { name?: string; message?: string };
    if (err?.name === 'PasswordException') return passwordProtected(name);
    return damaged(name, String(err?.message ?? error));
  }
  try {
    if (doc.numPages > limits.maxPdfPages) return tooManyPages(name, doc.numPages, limits);
    const pages: PdfPage[] = [];
    const empty: number[] = [];
    for (let n = 1; n <= doc.numPages; n += 1) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const lines = linesOf(piecesOf(content.items));
      page.cleanup();
      if (lines.length === 0) empty.push(n);
      else pages.push({ page: n, lines });
      const stopped = onPage?.(n, doc.numPages);
      if (stopped) return stopped;
    }
    if (pages.length === 0) {
      return fail(
        'invalid-file',
        `${name} has no text Factdesk can read: its ${doc.numPages === 1 ? 'page is an image' : `${doc.numPages} pages are images`} (a scan or photo of paper), so there are no words to search or check. Run text recognition (OCR) on it in a PDF tool and add the recognised copy.`,
      );
    }
    const warnings =
      empty.length > 0
        ? [
            `${empty.length === 1 ? `Page ${empty[0]}` : `Pages ${empty.join(', ')}`} of ${name} ${empty.length === 1 ? 'has' : 'have'} no text (scanned images, perhaps); only the pages with text were imported.`,
          ]
        : [];
    const meta = await doc.getMetadata().catch(() => null);
    const info = meta?.info as { Title?: unknown } | undefined;
    const title = typeof info?.Title === 'string' ? clean(info.Title) : '';
    return ok({ pages, pageCount: doc.numPages, title, warnings });
  } catch (error) {
    const err = error as { name?: string; message?: string };
    if (err?.name === 'PasswordException') return passwordProtected(name);
    return damaged(name, String(err?.message ?? error));
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}
