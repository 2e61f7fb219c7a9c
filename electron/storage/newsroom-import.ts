// Adding a source to the newsroom library: its passages go in through COPY, in batches, inside one transaction with
// the library-wide counts the search ranks by; nothing of a source is visible before its commit, and a second run of
// the same import (same content hash) finds it there and adds nothing.
import { createHash } from 'node:crypto';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { SourceType } from '../../shared/model/source';
import type { SearchDoc } from '../../shared/search/search-doc';
import { PassageCounter } from '../../shared/search/library-stats';

/** One passage to add. */
export interface NewsroomPassage {
  text: string;
  pinpoint: string;
  speaker: string | null;
  date: string | null;
  tags: string[];
}

export interface NewsroomSourceMeta {
  title: string;
  type: SourceType;
  speakers: string[];
  date: string | null;
  url: string | null;
  tags: string[];
  confidential: boolean;
}

/** Rows per COPY batch. */
const BATCH = 5000;

function copyField(value: string | null): string {
  if (value === null) return '\\N';
  return value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

function arrayLiteral(values: string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}

/** The content hash that makes an import idempotent: the source's title and type and every passage. */
export function contentHash(meta: NewsroomSourceMeta, passages: NewsroomPassage[]): string {
  const h = createHash('sha256').update(JSON.stringify([meta.title, meta.type, meta.speakers, meta.date]));
  for (const p of passages) h.update(JSON.stringify([p.text, p.pinpoint, p.speaker, p.date, p.tags]));
  return h.digest('hex');
}

/** Sends `rows` (COPY text format) into factdesk_passage. */
function copyRows(client: pg.ClientBase, rows: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const stream = client.query(
      copyFrom('COPY factdesk_passage (source_id, n, pinpoint, speaker, date, tags, text, terms, trigrams) FROM STDIN'),
    );
    stream.on('error', reject);
    stream.on('finish', () => resolve());
    stream.end(rows);
  });
}

/** The passage as a search will see it (newsroom-search.ts builds the same SearchDoc from its row). */
function asSearchDoc(meta: NewsroomSourceMeta, p: NewsroomPassage, speaker: string | null): SearchDoc {
  return {
    id: '',
    sourceId: '',
    sourceTitle: meta.title,
    sourceType: meta.type,
    speaker,
    date: p.date ?? meta.date,
    text: p.text,
    tags: [...new Set([...p.tags, ...meta.tags])],
    library: 'personal',
    pinpoint: p.pinpoint,
  };
}

/**
 * Adds a source and its passages on `client`, in one transaction: the source row, COPY in batches (`onProgress(done,
 * total)` after each), then the counts of words and trigram keys and the library's totals. Returns the source's
 * number, or null when a source with the same content is already there (nothing is added). Rolls back on any error.
 */
export async function importPassages(
  client: pg.ClientBase,
  meta: NewsroomSourceMeta,
  passages: NewsroomPassage[],
  onProgress: (done: number, total: number) => void,
): Promise<{ id: string; existed: boolean }> {
  const hash = contentHash(meta, passages);
  await client.query('BEGIN');
  try {
    const inserted = await client.query<{ id: string }>(
      `INSERT INTO factdesk_source (content_hash, title, type, speakers, date, url, tags, confidential, passage_count)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (content_hash) DO NOTHING RETURNING id`,
      [hash, meta.title, meta.type, meta.speakers, meta.date, meta.url, meta.tags, meta.confidential, passages.length],
    );
    const id = inserted.rows[0]?.id;
    if (id === undefined) {
      await client.query('ROLLBACK');
      const existing = await client.query<{ id: string }>('SELECT id FROM factdesk_source WHERE content_hash = $1', [
        hash,
      ]);
      onProgress(passages.length, passages.length);
      return { id: existing.rows[0]?.id ?? '', existed: true };
    }
    const counter = new PassageCounter();
    // Each batch's rows are made while the server stores the batch before (one COPY at a time on the connection).
    let storing: Promise<void> = Promise.resolve();
    for (let start = 0; start < passages.length; start += BATCH) {
      const batch = passages.slice(start, start + BATCH);
      const lines = batch.map((p, i) => {
        const speaker = p.speaker ?? meta.speakers[0] ?? null;
        const { words, trigrams } = counter.read(asSearchDoc(meta, p, speaker));
        return [
          id,
          String(start + i),
          copyField(p.pinpoint),
          copyField(speaker),
          copyField(p.date ?? meta.date),
          copyField(arrayLiteral(p.tags)),
          copyField(p.text),
          copyField(arrayLiteral(words)),
          String(trigrams),
        ].join('\t');
      });
      await storing;
      if (start > 0) onProgress(start, passages.length);
      storing = copyRows(client, `${lines.join('\n')}\n`);
      // A failed batch is reported when it is awaited; until then its rejection is not unhandled.
      storing.catch(() => undefined);
    }
    await storing;
    onProgress(passages.length, passages.length);
    // Counts in key order, so two imports at once lock the rows they share in the same order and never deadlock.
    const words = counter.wordCounts();
    await client.query(
      `INSERT INTO factdesk_word (word, passages) SELECT * FROM unnest($1::text[], $2::integer[])
       ON CONFLICT (word) DO UPDATE SET passages = factdesk_word.passages + excluded.passages`,
      [words.words, words.passages],
    );
    const keys = counter.trigramCounts();
    await client.query(
      `INSERT INTO factdesk_trigram (key, passages) SELECT * FROM unnest($1::integer[], $2::integer[])
       ON CONFLICT (key) DO UPDATE SET passages = factdesk_trigram.passages + excluded.passages`,
      [keys.keys, keys.passages],
    );
    await client.query(
      `INSERT INTO factdesk_stats (passages, trigrams) VALUES ($1, $2)
       ON CONFLICT (one) DO UPDATE SET passages = factdesk_stats.passages + excluded.passages,
         trigrams = factdesk_stats.trigrams + excluded.trigrams`,
      [passages.length, counter.trigramTotal],
    );
    // The GIN index keeps what COPY added in a pending list that every search would read through; merge it now.
    await client.query('SELECT factdesk_merge_pending()');
    await client.query('COMMIT');
    return { id, existed: false };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
