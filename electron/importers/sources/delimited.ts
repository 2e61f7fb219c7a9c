// CSV and TSV quote lists (RFC 4180) through csv-parse, fed 1 MB at a time: quoted fields with embedded delimiters,
// newlines and doubled quotes, any line ending, a BOM, and a delimiter sniffed from the first lines. Rows whose field
// count differs from the header's are set aside with their line number; a quote that never closes refuses the file
// with the line where it opened; past the passage limit the parse stops at once.
import { parse } from 'csv-parse';
import type { CsvError, Info } from 'csv-parse';
import { fail, ok } from '../../../shared/api/result';
import type { Failure, Result } from '../../../shared/api/result';
import { tooManyPassages } from './limits';
import type { Pacer } from './pacer';

export interface TableRow {
  /** 1-based line of the file where the row starts. */
  line: number;
  /** 1-based position among the file's data rows (the header not counted, malformed rows counted). */
  row: number;
  fields: string[];
}

export interface DelimitedTable {
  header: string[];
  rows: TableRow[];
  /** Rows set aside: their line and what is wrong. */
  malformed: { line: number; fields: number }[];
}

const CANDIDATES = [',', '\t', ';', '|'];

/**
 * The delimiter of a table: the candidate that appears the same number of times (at least once) on most of the
 * first lines, ignoring quoted text; `preferred` (from the extension) wins a tie. Counted by hand on purpose: the
 * same count through csv-parse (with and without quoting) chose the same delimiter and quoting on every fixture and
 * odd case tried, but took 50-430 ms per file against under 1 ms, since it reads the whole 64 KB sample.
 */
export function sniffDelimiter(text: string, preferred: string): string {
  const sample = text
    .slice(0, 64_000)
    .split(/\r\n|\n|\r/)
    .slice(0, 20)
    .filter((l) => l.trim());
  let best = preferred;
  let bestScore = -1;
  for (const candidate of CANDIDATES) {
    const counts = sample.map((line) => line.replace(/"[^"]*"/g, '').split(candidate).length - 1);
    const first = counts[0] ?? 0;
    if (first === 0) continue;
    const consistent = counts.filter((c) => c === first).length;
    const score = consistent * 10 + (candidate === preferred ? 5 : 0);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Commas and semicolons always come with RFC 4180 quoting. Tab- and pipe-separated files often have none (a quote
 * mark is then just text, as in the corpus files, where a sentence may open a quotation another one closes):
 * quoting is read only when the first lines do not all have the header's number of fields without it.
 */
export function usesQuoting(text: string, delimiter: string): boolean {
  if (delimiter === ',' || delimiter === ';') return true;
  if (!text.includes('"')) return false;
  const sample = text.slice(0, 64_000);
  const lines = sample.split(/\r\n|\n|\r/);
  if (sample.length < text.length) lines.pop();
  const fields = (line: string): number => line.split(delimiter).length;
  const expected = fields(lines[0] ?? '');
  return lines.some((line, index) => index > 0 && line !== '' && fields(line) !== expected);
}

const SLICE_CHARS = 1_000_000;

/**
 * Line breaks inside a record's fields (the record started that many lines before the line it ended on), and how many
 * of them are CRLF: csv-parse counts a CRLF inside quotes as two lines, so each one is taken off its count.
 */
function breaksIn(fields: string[]): { lines: number; crlf: number } {
  let lines = 0;
  let crlf = 0;
  for (const field of fields) {
    for (let i = field.indexOf('\n'); i >= 0; i = field.indexOf('\n', i + 1)) {
      lines++;
      if (field.charCodeAt(i - 1) === 0x0d) crlf++;
    }
    for (let i = field.indexOf('\r'); i >= 0; i = field.indexOf('\r', i + 1))
      if (field.charCodeAt(i + 1) !== 0x0a) lines++;
  }
  return { lines, crlf };
}

/** The 1-based line of the first quotation mark on or after line `from` of `text` (`from` itself when there is none). */
export function lineOfQuoteFrom(text: string, from: number): number {
  const breaks = /\r\n|\n|\r/g;
  let line = 1;
  let at = 0;
  while (line < from) {
    const match = breaks.exec(text);
    if (!match) return from;
    at = match.index + match[0].length;
    line++;
  }
  const quote = text.indexOf('"', at);
  if (quote < 0) return from;
  breaks.lastIndex = at;
  for (let match = breaks.exec(text); match && match.index < quote; match = breaks.exec(text)) line++;
  return line;
}

/** The refusal for a quote that never closes, opened on `line`. */
export function unclosedQuote(name: string, line: number): Failure<'invalid-file'> {
  return fail(
    'invalid-file',
    `${name}: a quote opened on line ${line.toLocaleString('en-US')} is never closed, so everything after it would read as one field. Add the closing quotation mark (or double a quotation mark meant as text: "") and add the file again.`,
    { line },
  );
}

/**
 * Parses delimited text with csv-parse, a slice at a time with a pause for the event loop between slices. The first
 * row is the header. Refuses the file when a quote never closes (naming the line it opened on) or when it has more
 * rows than the passage limit, and stops with 'cancelled' when the import is cancelled. Progress: `pacer` units
 * `base` + characters fed.
 */
export async function parseDelimited(
  text: string,
  delimiter: string,
  pacer: Pacer,
  base: number,
): Promise<Result<DelimitedTable>> {
  const records: TableRow[] = [];
  let lastEnd = 0;
  let extraLines = 0;
  let stopped: Failure | null = null;
  const parser = parse({
    delimiter,
    quote: usesQuoting(text, delimiter) ? '"' : false,
    bom: true,
    info: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
  });
  parser.on('data', ({ record, info }: { record: string[]; info: Info }) => {
    if (stopped) return;
    const breaks = breaksIn(record);
    extraLines += breaks.crlf;
    lastEnd = info.lines - extraLines;
    const line = lastEnd - breaks.lines;
    if (records.length > pacer.limits.maxPassages) {
      stopped = tooManyPassages(pacer.name, pacer.limits.maxPassages, 'rows', pacer.limits, true);
      parser.destroy();
      return;
    }
    records.push({ line, row: records.length, fields: record });
  });
  // Settles with the parser's refusal when it finds the table broken, with nothing when it ends.
  const finished = new Promise<Failure<'invalid-file'> | undefined>((resolve) => {
    parser.on('end', () => resolve(undefined));
    parser.on('close', () => resolve(undefined));
    parser.on('error', (error: CsvError) => {
      if (error.code === 'CSV_QUOTE_NOT_CLOSED') resolve(unclosedQuote(pacer.name, lineOfQuoteFrom(text, lastEnd + 1)));
      else resolve(fail('invalid-file', `${pacer.name} cannot be read as a table: ${error.message}.`));
    });
  });
  for (let at = 0; at < text.length && !stopped && !parser.destroyed; at += SLICE_CHARS) {
    parser.write(text.slice(at, at + SLICE_CHARS));
    const cancelled = await pacer.pause(base + Math.min(text.length, at + SLICE_CHARS), records.length);
    if (cancelled) {
      parser.destroy();
      return cancelled;
    }
  }
  if (!parser.destroyed) parser.end();
  const broken = await finished;
  if (broken) return broken;
  if (stopped) return stopped;
  const header = records.shift()?.fields ?? [];
  const rows: TableRow[] = [];
  const malformed: { line: number; fields: number }[] = [];
  for (const record of records) {
    if (record.fields.length === header.length) rows.push(record);
    else malformed.push({ line: record.line, fields: record.fields.length });
  }
  return ok({ header, rows, malformed });
}
