// Bench: importing a 300-page PDF as a source, against PDF.js alone in the same run. The PDF is printed by Chromium
// the way test/fixtures/sources/pdf/make-pdfs.mjs prints its fixtures: a public-domain speech per page, set in two
// justified columns with words hyphenated at line ends. The baseline opens it with PDF.js and asks every page for its
// text, nothing more; the import (parseSource) does that and builds lines, columns, paragraphs and passages.
// Target: the import takes at most 1.5 times the baseline (median of 3 each), so Factdesk's own work stays small
// beside PDF.js's. Exits 1 when the target is missed. Run: node --import tsx test/bench/import-pdf.bench.ts
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { parseSource } from '../../electron/importers/sources/parse-source';
import { documentOptions } from '../../electron/importers/sources/pdf';
import { findBrowser } from '../e2e/support/find-browser';

const PAGES = 300;
const RUNS = 3;
const TARGET_RATIO = 1.5;
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'sources', 'pdf');

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Offers a hyphenation point in the middle of every long word, so narrow justified columns break words. */
const softHyphens = (text: string): string =>
  text.replace(/[A-Za-z]{9,}/g, (word) => `${word.slice(0, word.length >> 1)}\u00ad${word.slice(word.length >> 1)}`);

/** PAGES pages, each a heading and the Second Inaugural Address in two columns (it fills one page at 10 pt). */
function html(): string {
  const speech = readFileSync(join(FIXTURES, 'second-inaugural.txt'), 'utf8')
    .split(/\n\s*\n/)
    .map((p) => `<p>${escape(softHyphens(p.trim()))}</p>`)
    .join('');
  const pages = Array.from(
    { length: PAGES },
    (_, i) => `<section><h1>Second Inaugural Address, copy ${i + 1}</h1><div class="cols">${speech}</div></section>`,
  ).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>
    body { font-family: 'DejaVu Serif', 'Liberation Serif', serif; margin: 0; }
    h1 { font-size: 14pt; margin: 0 0 10pt; }
    section { break-after: page; }
    .cols { column-count: 2; column-gap: 28pt; font-size: 10pt; line-height: 1.3; text-align: justify; hyphens: manual; }
    p { margin: 0 0 6pt; }
  </style></head><body>${pages}</body></html>`;
}

async function printPdf(): Promise<Uint8Array> {
  const browser = await chromium.launch({ executablePath: findBrowser(), args: ['--no-sandbox'] });
  try {
    const tab = await browser.newPage();
    await tab.setContent(html(), { waitUntil: 'load' });
    const margin = '0.75in';
    return await tab.pdf({ format: 'Letter', margin: { top: margin, bottom: margin, left: margin, right: margin } });
  } finally {
    await browser.close();
  }
}

/** PDF.js alone: open the document and read every page's text items, as the import does before its own work. */
async function baseline(bytes: Uint8Array): Promise<{ pages: number; items: number }> {
  const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = lib.getDocument(documentOptions(lib, bytes));
  const doc = await task.promise;
  let items = 0;
  try {
    for (let n = 1; n <= doc.numPages; n += 1) {
      const page = await doc.getPage(n);
      items += (await page.getTextContent()).items.length;
      page.cleanup();
    }
    return { pages: doc.numPages, items };
  } finally {
    await doc.destroy();
  }
}

async function timed<T>(run: () => Promise<T>): Promise<{ times: number[]; median: number; last: T }> {
  const times: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    last = await run();
    times.push(performance.now() - started);
  }
  const median = [...times].sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? Infinity;
  return { times, median, last: last as T };
}

async function main(): Promise<void> {
  const bytes = await printPdf();
  // One untimed import first: both measurements then run with PDF.js loaded and warm.
  const warm = await parseSource({ bytes, fileName: 'bench.pdf' });
  if (!warm.ok) {
    console.error(`import-pdf: the import failed: ${warm.error.message}`);
    process.exit(1);
  }
  const base = await timed(() => baseline(bytes));
  if (base.last.pages !== PAGES) {
    console.error(`import-pdf: Chromium printed ${base.last.pages} pages, not ${PAGES}; the bench measured nothing.`);
    process.exit(1);
  }
  const full = await timed(() => parseSource({ bytes, fileName: 'bench.pdf' }));
  const ratio = full.median / base.median;
  const passages = warm.value.passages.length;
  const row = (label: string, t: { times: number[]; median: number }, target: string, result: string) => ({
    case: label,
    'file (MB)': (bytes.length / 1_000_000).toFixed(2),
    pages: PAGES,
    'runs (ms)': t.times.map((x) => Math.round(x)).join(' / '),
    'median (ms)': Math.round(t.median),
    'per page (ms)': (t.median / PAGES).toFixed(1),
    target,
    result,
  });
  const met = ratio <= TARGET_RATIO;
  console.table([
    row(`baseline: PDF.js text of every page (${base.last.items.toLocaleString('en')} items)`, base, '-', 'reported'),
    row(
      `import: lines, columns, paragraphs (${passages.toLocaleString('en')} passages)`,
      full,
      `<= ${TARGET_RATIO}x baseline`,
      `${ratio.toFixed(2)}x ${met ? 'met' : 'MISSED'}`,
    ),
  ]);
  process.exit(met ? 0 : 1);
}

await main();
