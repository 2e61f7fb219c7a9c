// CSV and TSV quote lists (RFC 4180): quoted fields with embedded delimiters, newlines and doubled quotes, any line
// ending, and a delimiter sniffed from the first lines. Rows whose field count differs from the header's are set
// aside with their line number; a quote that never closes is read as a literal character.
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
  /** Lines where a quotation mark was never closed (read as a literal character). */
  unclosedQuotes: number[];
}

const CANDIDATES = [',', '\t', ';', '|'];

/**
 * The delimiter of a table: the candidate that appears the same number of times (at least once) on most of the
 * first lines, ignoring quoted text; `preferred` (from the extension) wins a tie.
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

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/**
 * Parses delimited text in one linear pass (a quote that never closes costs one more pass over the rest of the
 * file). The first row is the header. Progress: `pacer` units `base` + offset, with rows counted too.
 */
export async function parseDelimited(
  text: string,
  delimiter: string,
  pacer: Pacer,
  base: number,
): Promise<DelimitedTable> {
  const quoting = usesQuoting(text, delimiter);
  const sep = delimiter.charCodeAt(0);
  const records: TableRow[] = [];
  const unclosedQuotes: number[] = [];
  const literalQuoteAt = new Set<number>();
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let fields: string[] = [];
  let rowLine = 1;
  let field = '';
  let fieldStart = i;
  let fieldLine = 1;
  let quoted = false;
  const endRow = (): void => {
    fields.push(field);
    if (fields.length > 1 || fields[0] !== '') records.push({ line: rowLine, row: records.length, fields });
    fields = [];
    field = '';
  };
  while (i <= text.length) {
    if (pacer.due(base + i, records.length)) await pacer.pause(base + i, records.length);
    if (quoted) {
      const close = text.indexOf('"', i);
      if (close < 0) {
        // Never closed: read this field again with its opening quote as a plain character.
        unclosedQuotes.push(fieldLine);
        literalQuoteAt.add(fieldStart);
        i = fieldStart;
        line = fieldLine;
        field = '';
        quoted = false;
        continue;
      }
      const chunk = text.slice(i, close);
      for (let k = chunk.indexOf('\n'); k >= 0; k = chunk.indexOf('\n', k + 1)) line++;
      if (!chunk.includes('\n')) for (let k = chunk.indexOf('\r'); k >= 0; k = chunk.indexOf('\r', k + 1)) line++;
      field += chunk;
      const after = text.charCodeAt(close + 1);
      if (after === QUOTE) {
        field += '"';
        i = close + 2;
      } else if (after === sep || after === LF || after === CR || close + 1 >= text.length) {
        quoted = false;
        i = close + 1;
      } else {
        // Text after the closing quote ('"Yes" she said'): the quotes were part of the text, so read it again.
        literalQuoteAt.add(fieldStart);
        i = fieldStart;
        line = fieldLine;
        field = '';
        quoted = false;
      }
      continue;
    }
    const code = i < text.length ? text.charCodeAt(i) : -1;
    if (code === -1) {
      if (field !== '' || fields.length > 0) endRow();
      break;
    }
    if (code === sep) {
      fields.push(field);
      field = '';
      fieldStart = i + 1;
      fieldLine = line;
      i++;
    } else if (code === LF || code === CR) {
      endRow();
      i += code === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
      rowLine = line;
      fieldStart = i;
      fieldLine = line;
    } else if (quoting && code === QUOTE && field === '' && i === fieldStart && !literalQuoteAt.has(i)) {
      quoted = true;
      i++;
    } else {
      // Plain characters up to the next delimiter, quote or line end, in one slice.
      let j = i + 1;
      for (; j < text.length; j++) {
        const c = text.charCodeAt(j);
        if (c === sep || c === LF || c === CR || c === QUOTE) break;
      }
      field += text.slice(i, j);
      i = j;
    }
  }
  const header = records.shift()?.fields ?? [];
  const rows: TableRow[] = [];
  const malformed: { line: number; fields: number }[] = [];
  for (const record of records) {
    if (record.fields.length === header.length) rows.push(record);
    else malformed.push({ line: record.line, fields: record.fields.length });
  }
  return { header, rows, malformed, unclosedQuotes };
}
