// JSON and JSON Lines quote lists to table rows: an array of objects, or an object holding one ({"quotes": [...]}),
// or one object per line. Columns are the keys in order of first appearance; arrays become "a; b" (tags).
import { fail, ok } from '../../../shared/api/result';
import { MAX_JSON_NESTING, jsonTooDeepAt } from '../../../shared/text/json-nesting';
import type { Result } from '../../../shared/api/result';
import type { TableRow } from './delimited';
import { tooManyPassages } from './limits';
import { listLines } from './line-list';
import type { Pacer } from './pacer';

export interface RecordTable {
  header: string[];
  rows: TableRow[];
  /** JSON Lines: lines that are not a JSON object. */
  badLines: number[];
  /** Entries of the list that are not objects. */
  notObjects: number;
}

type Entry = Record<string, unknown>;

const isEntry = (value: unknown): value is Entry =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function cell(value: unknown, inList = false): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  // One level of list (tags); lists inside lists are not a column's value.
  if (Array.isArray(value) && !inList)
    return value
      .map((v) => cell(v, true))
      .filter(Boolean)
      .join('; ');
  return '';
}

/** The entries as table rows; stops with 'cancelled' when the import is cancelled. */
async function toTable(
  entries: { entry: unknown; line: number }[],
  pacer: Pacer,
  base: number,
  step: number,
): Promise<Result<RecordTable>> {
  const columns = new Map<string, number>();
  const objects: { entry: Entry; line: number; row: number }[] = [];
  let notObjects = 0;
  for (const [index, item] of entries.entries()) {
    if (!isEntry(item.entry)) {
      notObjects++;
      continue;
    }
    objects.push({ entry: item.entry, line: item.line, row: index + 1 });
    for (const key of Object.keys(item.entry)) if (!columns.has(key)) columns.set(key, columns.size);
  }
  const header = [...columns.keys()];
  const rows: TableRow[] = [];
  for (let i = 0; i < objects.length; i++) {
    if (pacer.due(base, i)) {
      const cancelled = await pacer.pause(base + Math.round(i * step), i);
      if (cancelled) return cancelled;
    }
    const { entry, line, row } = objects[i] ?? { entry: {}, line: 0, row: 0 };
    rows.push({ line, row, fields: header.map((key) => cell(entry[key])) });
  }
  return ok({ header, rows, badLines: [], notObjects });
}

/** The list inside a JSON document: the document itself, or the one array of objects it holds ("quotes", ...). */
function findList(document: unknown): unknown[] | null {
  if (Array.isArray(document)) return document;
  if (!isEntry(document)) return null;
  for (const key of ['quotes', 'items', 'data', 'rows', 'records', 'entries', 'passages']) {
    const value = document[key];
    if (Array.isArray(value)) return value;
  }
  const arrays = Object.values(document).filter((value) => Array.isArray(value) && value.some(isEntry));
  return arrays.length === 1 ? (arrays[0] as unknown[]) : null;
}

/** Reads a JSON quote list. `name` is the file name for sentences. */
export async function readJsonQuotes(text: string, name: string, pacer: Pacer): Promise<Result<RecordTable>> {
  const deepAt = jsonTooDeepAt(text);
  if (deepAt !== null) {
    return fail(
      'invalid-file',
      `${name} nests lists or objects more than ${MAX_JSON_NESTING} levels deep (line ${deepAt.toLocaleString('en-US')}), so it is not a quote list: Factdesk reads an array of objects, or an object with a "quotes" array.`,
    );
  }
  let document: unknown;
  try {
    document = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const where = /position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
    const line = where === undefined ? null : text.slice(0, Number(where)).split('\n').length;
    return fail(
      'invalid-file',
      `${name} is not valid JSON${line ? ` (the problem is on line ${line.toLocaleString('en-US')})` : ''}, so its quotes cannot be read. If it has one quote per line, name it .jsonl.`,
    );
  }
  pacer.report(text.length);
  const list = findList(document);
  if (!list) {
    return fail(
      'invalid-file',
      `${name} holds JSON but no list of quotes: Factdesk reads an array of objects, or an object with a "quotes" array.`,
    );
  }
  const step = list.length > 0 ? text.length / list.length : 0;
  return toTable(
    list.map((entry, index) => ({ entry, line: index + 1 })),
    pacer,
    text.length,
    step,
  );
}

/** Reads a JSON Lines quote list, one object per line; lines that are not JSON objects are set aside. */
export async function readJsonLines(text: string, name: string, pacer: Pacer): Promise<Result<RecordTable>> {
  const entries: { entry: unknown; line: number }[] = [];
  const badLines: number[] = [];
  const breaks = /\r\n|\n|\r/g;
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  for (;;) {
    const match = breaks.exec(text);
    const end = match ? match.index : text.length;
    const raw = text.slice(start, end).trim();
    if (raw) {
      try {
        const entry: unknown = jsonTooDeepAt(raw) === null ? JSON.parse(raw) : null;
        if (isEntry(entry)) entries.push({ entry, line });
        else badLines.push(line);
      } catch {
        badLines.push(line);
      }
      if (entries.length > pacer.limits.maxPassages)
        return tooManyPassages(name, entries.length - 1, 'entries', pacer.limits, true);
    }
    if (!match) break;
    start = match.index + match[0].length;
    line++;
    if (pacer.due(start, entries.length)) {
      const cancelled = await pacer.pause(start, entries.length);
      if (cancelled) return cancelled;
    }
  }
  if (entries.length === 0) {
    return fail('invalid-file', `${name} has no line that is a JSON object, so there are no quotes to import.`);
  }
  if (badLines.length > entries.length) {
    return fail(
      'invalid-file',
      `Most lines of ${name} are not JSON objects (${listLines(badLines)} among them), so it does not look like a JSON Lines quote list.`,
    );
  }
  const table = await toTable(entries, pacer, text.length, 0);
  return table.ok ? ok({ ...table.value, badLines }) : table;
}
