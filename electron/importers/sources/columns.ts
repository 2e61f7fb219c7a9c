// The column-mapping step of quote lists: guessing which column holds the quote, speaker, date, source, URL and
// tags from header names (and, for the quote, from how long the values are), then one passage per row.
import { ok } from '../../../shared/api/result';
import type { Result } from '../../../shared/api/result';
import type { TableRow } from './delimited';
import { passageTooLong } from './limits';
import type { Pacer } from './pacer';
import type { ColumnMapping, MappedField, PassageDraft } from './types';

/** Header names for each field, most telling first. Exact matches beat partial ones. */
const SYNONYMS: Record<MappedField, string[]> = {
  text: [
    'text',
    'quote',
    'quotation',
    'sentence',
    'statement',
    'claim',
    'excerpt',
    'passage',
    'content',
    'body',
    'words',
  ],
  speaker: [
    'speaker',
    'who',
    'name',
    'author',
    'person',
    'speakername',
    'attributedto',
    'by',
    'president',
    'politician',
  ],
  date: ['date', 'when', 'day', 'published', 'datetime', 'timestamp', 'year'],
  source: [
    'source',
    'title',
    'context',
    'sourcetitle',
    'document',
    'event',
    'publication',
    'outlet',
    'origin',
    'speech',
  ],
  url: ['url', 'link', 'href', 'sourceurl', 'uri', 'permalink'],
  tags: ['tags', 'tag', 'keywords', 'topics', 'topic', 'labels', 'categories', 'category'],
};
const ORDER: MappedField[] = ['text', 'speaker', 'date', 'url', 'tags', 'source'];

const normalise = (name: string): string => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Suggests a column mapping from a table's header and a few rows. Each column is used for at most one field; a
 * header name that equals a synonym wins over one that only contains it ("context" over "doc_id" for the source).
 * When no header names the quote, the column with the longest values (20 characters on average or more) is used;
 * `suggested.text` is '' when there is none.
 */
export function detectColumns(
  header: string[],
  sampleRows: string[][],
): { columns: string[]; suggested: ColumnMapping } {
  const columns = [...header];
  const names = columns.map(normalise);
  const used = new Set<number>();
  const found: Partial<Record<MappedField, string>> = {};
  for (const exact of [true, false]) {
    for (const field of ORDER) {
      if (found[field] !== undefined) continue;
      for (const synonym of SYNONYMS[field]) {
        const index = names.findIndex(
          (n, i) => !used.has(i) && (exact ? n === synonym : synonym.length >= 4 && n.includes(synonym)),
        );
        if (index >= 0) {
          found[field] = columns[index];
          used.add(index);
          break;
        }
      }
    }
  }
  if (found.text === undefined) {
    let best = -1;
    let bestLength = 19;
    columns.forEach((_, i) => {
      if (used.has(i) || sampleRows.length === 0) return;
      const total = sampleRows.reduce((sum, row) => sum + (row[i]?.trim().length ?? 0), 0);
      const average = total / sampleRows.length;
      if (average > bestLength) {
        best = i;
        bestLength = average;
      }
    });
    if (best >= 0) found.text = columns[best];
  }
  const suggested: ColumnMapping = {
    text: found.text ?? '',
    speaker: found.speaker ?? null,
    date: found.date ?? null,
    source: found.source ?? null,
    url: found.url ?? null,
    tags: found.tags ?? null,
  };
  return { columns, suggested };
}

/** Tags from a cell: split on ";" or ",", trimmed, without empties or repeats. */
export function splitTags(value: string): string[] {
  return [
    ...new Set(
      value
        .split(/[;,]/)
        .map((tag) => tag.trim())
        .filter(Boolean),
    ),
  ];
}

/** Keeps web addresses only (http and https): a javascript: or file: "URL" from a hostile list is dropped. */
export function safeUrl(value: string): string | null {
  const trimmed = value.trim();
  if (!trimmed) return null;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export interface MappedRows {
  text: string;
  passages: PassageDraft[];
  speakers: string[];
  /** Rows without text, skipped. */
  emptyRows: number;
  /** URLs that were not web addresses, dropped. */
  droppedUrls: number;
  /** Distinct source titles, in order (a list may quote several speeches). */
  sourceTitles: string[];
}

/**
 * One passage per row with text (pinpoint "row n", n the row's position among the file's data rows), carrying the row's
 * speaker, date, URL, tags and source title. The extracted text is the quotes, one paragraph each.
 * `indexes` are the column positions of the mapping's fields (-1 when unmapped). Refuses a row whose text is longer
 * than a passage may be, and stops with 'cancelled' when the import is cancelled.
 */
export async function rowsToPassages(
  rows: TableRow[],
  indexes: Record<MappedField, number>,
  pacer: Pacer,
  base: number,
  step: number,
): Promise<Result<MappedRows>> {
  const parts: string[] = [];
  const passages: PassageDraft[] = [];
  const speakers = new Set<string>();
  const titles = new Set<string>();
  let offset = 0;
  let emptyRows = 0;
  let droppedUrls = 0;
  const get = (row: TableRow, field: MappedField): string => {
    const index = indexes[field];
    return index < 0 ? '' : (row.fields[index] ?? '').trim();
  };
  for (let r = 0; r < rows.length; r++) {
    if (pacer.due(base, r)) {
      const cancelled = await pacer.pause(base + Math.round(r * step), r);
      if (cancelled) return cancelled;
    }
    const row = rows[r];
    if (!row) continue;
    const text = get(row, 'text').replace(/\r\n?/g, '\n');
    if (!text) {
      emptyRows++;
      continue;
    }
    if (text.length > pacer.limits.maxEntryChars) {
      return passageTooLong(
        pacer.name,
        `Row ${row.row.toLocaleString('en-US')} (line ${row.line.toLocaleString('en-US')})`,
        text.length,
        pacer.limits,
        'Split that text across several rows.',
      );
    }
    if (parts.length > 0) {
      parts.push('\n\n');
      offset += 2;
    }
    parts.push(text);
    const speaker = get(row, 'speaker').replace(/\s+/g, ' ') || null;
    if (speaker) speakers.add(speaker);
    const sourceTitle = get(row, 'source').replace(/\s+/g, ' ') || null;
    if (sourceTitle) titles.add(sourceTitle);
    const rawUrl = get(row, 'url');
    const url = safeUrl(rawUrl);
    if (rawUrl && !url) droppedUrls++;
    passages.push({
      index: passages.length,
      text,
      speaker,
      pinpoint: { label: `row ${row.row}` },
      start: offset,
      end: offset + text.length,
      date: get(row, 'date') || null,
      url,
      tags: indexes.tags < 0 ? [] : splitTags(get(row, 'tags')),
      sourceTitle,
    });
    offset += text.length;
  }
  return ok({
    text: parts.join(''),
    passages,
    speakers: [...speakers],
    emptyRows,
    droppedUrls,
    sourceTitles: [...titles],
  });
}
