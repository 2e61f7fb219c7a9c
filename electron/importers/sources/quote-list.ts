// Quote lists (CSV, TSV, JSON, JSON Lines) to a parsed source: read the rows, apply the user's column mapping or the
// suggested one, one passage per row; malformed rows are reported by line and the import goes on when most are fine.
import { fail, ok } from '../../../shared/api/result';
import type { Result } from '../../../shared/api/result';
import { detectColumns, rowsToPassages } from './columns';
import { parseDelimited, sniffDelimiter } from './delimited';
import type { TableRow } from './delimited';
import { readJsonLines, readJsonQuotes } from './json-quotes';
import { tooManyPassages } from './limits';
import { count, listLines } from './line-list';
import type { Pacer } from './pacer';
import { MAPPED_FIELDS } from './types';
import type { ColumnMapping, MappedField, ParsedSource } from './types';

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

type ListFormat = 'csv' | 'tsv' | 'json' | 'jsonl';

interface Rows {
  header: string[];
  rows: TableRow[];
  warnings: string[];
}

/** Header names made usable: empty or repeated names become "Column 3". */
function cleanHeader(header: string[]): string[] {
  const seen = new Set<string>();
  return header.map((raw, i) => {
    let name = raw.trim();
    if (!name || seen.has(name)) name = `Column ${i + 1}`;
    seen.add(name);
    return name;
  });
}

async function readRows(format: ListFormat, text: string, name: string, pacer: Pacer): Promise<Result<Rows>> {
  if (format === 'json' || format === 'jsonl') {
    const read = format === 'json' ? await readJsonQuotes(text, name, pacer) : await readJsonLines(text, name, pacer);
    if (!read.ok) return read;
    const warnings: string[] = [];
    if (read.value.badLines.length > 0) {
      warnings.push(
        `${capitalised(listLines(read.value.badLines))} of ${name} ${read.value.badLines.length === 1 ? 'is' : 'are'} not a JSON object and ${read.value.badLines.length === 1 ? 'was' : 'were'} left out.`,
      );
    }
    if (read.value.notObjects > 0) {
      warnings.push(
        `${count(read.value.notObjects, 'entry', 'entries')} of ${name} ${read.value.notObjects === 1 ? 'is' : 'are'} not an object with fields and ${read.value.notObjects === 1 ? 'was' : 'were'} left out.`,
      );
    }
    return ok({ header: read.value.header, rows: read.value.rows, warnings });
  }
  const delimiter = sniffDelimiter(text, format === 'tsv' ? '\t' : ',');
  const parsed = await parseDelimited(text, delimiter, pacer, 0);
  if (!parsed.ok) return parsed;
  const table = parsed.value;
  const warnings: string[] = [];
  const { malformed } = table;
  if (table.header.length === 0) return fail('invalid-file', `${name} is empty: it has no header row and no quotes.`);
  if (malformed.length > 0 && malformed.length >= table.rows.length) {
    return fail(
      'invalid-file',
      `Most rows of ${name} do not have the ${table.header.length} columns of its header (${listLines(malformed.map((m) => m.line))}), so it cannot be read as a table. Check that it is saved as ${format.toUpperCase()}.`,
    );
  }
  if (malformed.length > 0) {
    warnings.push(
      `${capitalised(listLines(malformed.map((m) => m.line)))} of ${name} ${malformed.length === 1 ? 'has' : 'have'} a different number of columns than the header (${table.header.length}), so ${malformed.length === 1 ? 'that row was' : 'those rows were'} left out.`,
    );
  }
  return ok({ header: table.header, rows: table.rows, warnings });
}

function columnIndexes(columns: string[], mapping: ColumnMapping, name: string): Result<Record<MappedField, number>> {
  const indexes = {} as Record<MappedField, number>;
  for (const field of MAPPED_FIELDS) {
    const column = mapping[field];
    if (column === undefined || column === null || (column === '' && field !== 'text')) {
      indexes[field] = -1;
      continue;
    }
    const index = columns.indexOf(column);
    if (index < 0) {
      const what = field === 'text' ? 'the quote text' : `the ${field}`;
      return fail(
        'invalid-input',
        `${name} has no column "${column}" for ${what}; its columns are ${columns.map((c) => `"${c}"`).join(', ')}.`,
        { columns },
      );
    }
    indexes[field] = index;
  }
  return ok(indexes);
}

/**
 * Parses a quote list. Without `mapping`, detectColumns' suggestion is applied; when it finds no quote column the
 * reply is 'invalid-input' with details { needsMapping, columns, suggested } so the user can choose.
 * Progress: `pacer` units 0 to 2 × text.length.
 */
export async function parseQuoteList(
  format: ListFormat,
  text: string,
  name: string,
  mapping: ColumnMapping | undefined,
  pacer: Pacer,
): Promise<Result<ParsedSource>> {
  const read = await readRows(format, text, name, pacer);
  if (!read.ok) return read;
  const header = cleanHeader(read.value.header);
  const { rows } = read.value;
  if (rows.length > pacer.limits.maxPassages) {
    return tooManyPassages(name, rows.length, format === 'csv' || format === 'tsv' ? 'rows' : 'entries', pacer.limits);
  }
  const detected = detectColumns(
    header,
    rows.slice(0, 50).map((row) => row.fields),
  );
  const chosen = mapping ?? detected.suggested;
  if (!chosen.text) {
    return fail(
      'invalid-input',
      `Factdesk could not tell which column of ${name} holds the quotes. Choose the column with the quote text.`,
      { needsMapping: true, columns: detected.columns, suggested: detected.suggested },
    );
  }
  const indexes = columnIndexes(header, chosen, name);
  if (!indexes.ok) return indexes;
  const step = rows.length > 0 ? text.length / rows.length : 0;
  const passed = await rowsToPassages(rows, indexes.value, pacer, text.length, step);
  if (!passed.ok) return passed;
  const mapped = passed.value;
  const warnings = [...read.value.warnings];
  if (mapped.emptyRows > 0) {
    warnings.push(
      `${count(mapped.emptyRows, 'row')} of ${name} had no text in the "${chosen.text}" column and ${mapped.emptyRows === 1 ? 'was' : 'were'} skipped.`,
    );
  }
  if (mapped.droppedUrls > 0) {
    warnings.push(
      `${count(mapped.droppedUrls, 'link')} in ${name} ${mapped.droppedUrls === 1 ? 'was not a web address and was' : 'were not web addresses and were'} left out.`,
    );
  }
  if (mapped.passages.length === 0) {
    return fail(
      'invalid-file',
      `${name} has no row with text in the "${chosen.text}" column, so there are no quotes to import.`,
    );
  }
  const title = mapped.sourceTitles.length === 1 ? (mapped.sourceTitles[0] ?? '') : '';
  return ok({
    format,
    text: mapped.text,
    passages: mapped.passages,
    speakers: mapped.speakers,
    suggestedType: 'quote-list',
    suggestedTitle: title,
    warnings,
    table: { columns: header, mapping: chosen, rows: rows.length },
  });
}
