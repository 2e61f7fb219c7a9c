// The newsroom library: the newsroom's shared archive of sources on PostgreSQL (node-postgres), searched beside the
// local library (project and personal). Words and "exact phrases" through a tsvector; typos corrected against the
// word list with pg_trgm first; the same filters as the local search (speaker: type: tag: from: to:). The server
// returns one page of candidates; `search` re-ranks them with the local engine so both kinds of result compare fairly.
// Sources go in through COPY, in batches, inside one transaction: nothing of a source is visible before its commit,
// and a second run of the same import (same content hash) finds it there and adds nothing.
import { createHash } from 'node:crypto';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { FactdeskError } from '../../shared/api/result';
import type { SourceType } from '../../shared/model/source';
import { SOURCE_TYPES } from '../../shared/model/source';
import { parseQuery } from '../../shared/search/query';
import type { SearchFilters } from '../../shared/search/columns';
import type { SearchDoc } from '../../shared/search/search-doc';
import { buildIndex } from '../../shared/search/search-index';
import { search } from '../../shared/search/search';
import { toSearchHit, type SearchHit } from '../../shared/search/hits';
import type { Library } from './library';
import { migrate } from './newsroom-schema';
import { tlsProblem } from './newsroom-connection';
import type { NewsroomSsl } from './newsroom-connection';
import { readNewsroomPassage, readNewsroomSource } from './newsroom-passage';
import type { NewsroomPassageRecord } from './newsroom-passage';

/** How to reach the newsroom library; the password comes from the secret store or the environment, never a file. */
export interface NewsroomConnection {
  /** postgres://user@host:port/db?sslmode=require (a password in it is accepted but better kept apart). */
  url: string;
  password?: string;
  /** TLS from the Preferences settings (newsroom-connection.ts); a URL's own sslmode wins over it. */
  ssl?: NewsroomSsl;
}

/** One passage to add. */
export interface NewsroomPassage {
  text: string;
  pinpoint: string;
  speaker: string | null;
  date: string | null;
  tags: string[];
}

/** A search result from the newsroom library: the Api's SearchHit shape, marked where it lives. */
export type NewsroomHit = SearchHit & { library: 'newsroom' };

export interface NewsroomSourceMeta {
  title: string;
  type: SourceType;
  speakers: string[];
  date: string | null;
  url: string | null;
  tags: string[];
  confidential: boolean;
}

/**
 * The newsroom library a reporter's environment names: FACTDESK_LIBRARY_URL (postgres://user@host:port/db), with the
 * password from the URL or from PGPASSWORD; null when the variable is unset or empty.
 */
export function newsroomFromEnv(env: NodeJS.ProcessEnv): NewsroomConnection | null {
  const url = env.FACTDESK_LIBRARY_URL?.trim();
  if (!url) return null;
  let inUrl: string | undefined;
  try {
    const u = new URL(url);
    inUrl = u.password ? decodeURIComponent(u.password) : undefined;
  } catch {
    inUrl = undefined;
  }
  const password = inUrl ?? (env.PGPASSWORD || undefined);
  return password === undefined ? { url } : { url, password };
}

/** Where a URL points, with no user or password: for messages. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname}`;
  } catch {
    return 'the configured server';
  }
}

/** A message with every secret taken out: the password, and any user:password@ in a URL. */
export function redact(message: string, secrets: (string | undefined)[]): string {
  let out = message.replace(/(\w+:\/\/[^:/@\s]*):[^@\s]*@/g, '$1:***@');
  for (const s of secrets) if (s) out = out.split(s).join('***');
  return out;
}

/** The URL with the password put in (in memory only: node-postgres lets the URL's fields win over separate ones). */
function withPassword(url: string, password: string | undefined): string {
  if (password === undefined) return url;
  try {
    const u = new URL(url);
    u.password = encodeURIComponent(password);
    return u.toString();
  } catch {
    return url;
  }
}

/** Page size of a search and rows per COPY batch. */
export const PAGE = 40;
/** Candidates for each word of a query on its own (see `search`). */
const PER_WORD = 60;
const BATCH = 5000;

function copyField(value: string | null): string {
  if (value === null) return '\\N';
  return value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

function arrayLiteral(values: string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}

function tsWord(word: string): string {
  return `'${word.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** The content hash that makes an import idempotent: the source's title and type and every passage. */
export function contentHash(meta: NewsroomSourceMeta, passages: NewsroomPassage[]): string {
  const h = createHash('sha256').update(JSON.stringify([meta.title, meta.type, meta.speakers, meta.date]));
  for (const p of passages) h.update(JSON.stringify([p.text, p.pinpoint, p.speaker, p.date, p.tags]));
  return h.digest('hex');
}

interface Row {
  source_id: string;
  n: number;
  pinpoint: string;
  speaker: string | null;
  date: string | null;
  tags: string[];
  text: string;
  title: string;
  type: string;
  stags: string[];
}

export class NewsroomLibrary implements Library {
  readonly homes = ['newsroom'] as const;
  private readonly pool: pg.Pool;
  readonly where: string;
  private ready: Promise<void> | null = null;

  constructor(
    private readonly connection: NewsroomConnection,
    options: { connectTimeoutMs?: number; queryTimeoutMs?: number; max?: number } = {},
  ) {
    this.where = describeUrl(connection.url);
    this.pool = new pg.Pool({
      connectionString: withPassword(connection.url, connection.password),
      ...(connection.ssl !== undefined ? { ssl: connection.ssl } : {}),
      connectionTimeoutMillis: options.connectTimeoutMs ?? 3000,
      query_timeout: options.queryTimeoutMs ?? 15_000,
      max: options.max ?? 4,
      idleTimeoutMillis: 10_000,
    });
    // A connection that breaks while idle (server restarted) is dropped by the pool; the next query opens another.
    this.pool.on('error', () => undefined);
  }

  /** An error as a FactdeskError whose message never holds the password. */
  private failure(error: unknown): FactdeskError {
    const secrets = this.secrets();
    if (error instanceof FactdeskError) {
      return new FactdeskError(error.code, redact(error.message, secrets));
    }
    const tls = tlsProblem(error, this.where, secrets);
    if (tls) return new FactdeskError('io-error', tls);
    const e = error as { code?: string; message?: string };
    const text = redact(e?.message ?? String(error), secrets);
    if (e?.code === '42501' || /row-level security|permission denied/i.test(text)) {
      return new FactdeskError('permission-denied', `The newsroom library at ${this.where} refused this: ${text}.`);
    }
    if (e?.code === '28P01' || e?.code === '28000') {
      return new FactdeskError(
        'permission-denied',
        `The newsroom library at ${this.where} did not accept the user name or password.`,
      );
    }
    return new FactdeskError('io-error', `The newsroom library at ${this.where} cannot be reached: ${text}.`);
  }

  /** The password as given and as it may appear inside a URL. */
  private secrets(): string[] {
    const p = this.connection.password;
    return p ? [p, encodeURIComponent(p)] : [];
  }

  /** Connects once and brings the schema up to date (again after a failure). */
  async open(): Promise<void> {
    if (!/^postgres(ql)?:\/\/[^/]/i.test(this.connection.url)) {
      throw new FactdeskError(
        'invalid-input',
        `The newsroom library's address (FACTDESK_LIBRARY_URL) must look like postgres://user@host:5432/factdesk, and the one given does not.`,
      );
    }
    this.ready ??= (async () => {
      const client = await this.pool.connect();
      const onError = (): void => undefined;
      client.on('error', onError);
      try {
        await migrate(client, this.where);
      } finally {
        client.off('error', onError);
        client.release();
      }
    })().catch((error: unknown) => {
      this.ready = null;
      throw this.failure(error);
    });
    return this.ready;
  }

  async close(): Promise<void> {
    await this.pool.end().catch(() => undefined);
  }

  /** Whether the server answers right now. */
  async ping(): Promise<boolean> {
    try {
      await this.open();
      await this.pool.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }

  /**
   * One page of the newsroom's passages for a typed query (`page` 0, 1, ...), re-ranked with the local engine so
   * the scores compare with local results. Every value reaches the server as a query parameter.
   */
  async search(
    query: string,
    options: { limit?: number; page?: number; filters?: SearchFilters } = {},
  ): Promise<NewsroomHit[]> {
    await this.open();
    const limit = Math.max(1, Math.min(200, options.limit ?? 20));
    const parsed = parseQuery(query, options.filters ?? {});
    const telling = parsed.terms.filter((t) => !t.stop && t.phrase < 0);
    const typed = parsed.terms.reduce((sum, t) => sum + t.text.length, 0);
    if ((telling.length === 0 && parsed.phrases.length === 0) || typed < 2) return [];
    try {
      const corrections = new Map<string, string[]>();
      const plain = telling.filter((t) => !t.partial).map((t) => t.text);
      if (plain.length) {
        const found = await this.pool.query<{ term: string; word: string }>(
          `SELECT t.term, w.word FROM unnest($1::text[]) AS t(term)
           CROSS JOIN LATERAL (SELECT word, word <-> t.term AS distance FROM factdesk_word
                               ORDER BY word <-> t.term LIMIT 4) w
           WHERE w.distance < 0.8`,
          [plain],
        );
        for (const r of found.rows) corrections.set(r.term, [...(corrections.get(r.term) ?? []), r.word]);
      }
      const part = (t: (typeof telling)[number]): string =>
        t.partial ? `${tsWord(t.text)}:*` : `(${[t.text, ...(corrections.get(t.text) ?? [])].map(tsWord).join(' | ')})`;
      const phraseParts = parsed.phrases.map(
        (p) =>
          `(${p.words.map((w, i) => (p.open && i === p.words.length - 1 ? `${tsWord(w)}:*` : tsWord(w))).join(' <-> ')})`,
      );
      const values: unknown[] = [];
      const param = (v: unknown): string => {
        values.push(v);
        return `$${values.length}`;
      };
      const where = filterSql(parsed.filters, param);
      const pageSize = Math.max(PAGE, limit * 2);
      const words = telling.map(part);
      // Candidates: the passages holding every word (or phrase), best first by ts_rank_cd, and, when there are several
      // words, the best passages for each word on its own. ts_rank_cd weighs every word alike, while the local engine
      // (the final ranking) weighs a rare word above a common one; a passage with the rarest word but a mistyped or
      // missing other word is then still among the candidates.
      const queries = [[words.length ? `(${words.join(' & ')})` : '', ...phraseParts].filter(Boolean).join(' & ')];
      if (words.length > 1) queries.push(...words);
      const filtersSql = where.map((w) => `AND ${w}`).join(' ');
      const off = (options.page ?? 0) * pageSize;
      const selects = queries.map((tsquery, i) => {
        const size = i === 0 ? pageSize : PER_WORD;
        return `(SELECT p.source_id, p.n, p.pinpoint, p.speaker, p.date, p.tags, p.text, s.title, s.type, s.tags AS stags
           FROM factdesk_passage p JOIN factdesk_source s ON s.id = p.source_id, to_tsquery('simple', ${param(tsquery)}) q
           WHERE p.words @@ q ${filtersSql}
           ORDER BY ts_rank_cd(p.words, q) DESC, p.source_id, p.n LIMIT ${param(size)} OFFSET ${param((off / pageSize) * size)})`;
      });
      const result = await this.pool.query<Row>(selects.join('\n UNION \n'), values);
      const rows = result.rows;
      const docs: SearchDoc[] = rows.map((r) => ({
        id: `newsroom:${r.source_id}:${r.n}`,
        sourceId: `newsroom:${r.source_id}`,
        sourceTitle: r.title,
        sourceType: ((SOURCE_TYPES as readonly string[]).includes(r.type) ? r.type : 'document') as SourceType,
        speaker: r.speaker,
        date: r.date,
        text: r.text,
        tags: [...new Set([...r.tags, ...r.stags])],
        // The engine knows project and personal; the hit is marked newsroom below.
        library: 'personal',
        pinpoint: r.pinpoint,
      }));
      if (docs.length === 0) return [];
      // The final re-rank: the local engine scores the page, so newsroom and local scores mean the same.
      return search(buildIndex(docs), query, { limit, filters: options.filters ?? {} }).map((r) => ({
        ...toSearchHit(r),
        library: 'newsroom' as const,
      }));
    } catch (error) {
      throw this.failure(error);
    }
  }

  /** One passage and its source's citation details (attaching it to a claim copies them into a project). */
  async passage(sourceId: string, n: number): Promise<NewsroomPassageRecord | null> {
    await this.open();
    try {
      return await readNewsroomPassage((text, values) => this.pool.query(text, values), sourceId, n);
    } catch (error) {
      throw this.failure(error);
    }
  }

  /** A source's details and its first `limit` passages, in order; null when it is not there. */
  async source(sourceId: string, limit: number): Promise<Awaited<ReturnType<typeof readNewsroomSource>>> {
    await this.open();
    try {
      return await readNewsroomSource((text, values) => this.pool.query(text, values), sourceId, limit);
    } catch (error) {
      throw this.failure(error);
    }
  }

  /**
   * Adds a source and its passages in one transaction, COPY in batches, `onProgress(done, total)` after each. Returns
   * the source's id and whether it was already there (same content: nothing is added twice).
   */
  async importSource(
    meta: NewsroomSourceMeta,
    passages: NewsroomPassage[],
    onProgress: (done: number, total: number) => void = () => undefined,
  ): Promise<{ id: string; existed: boolean }> {
    if (meta.confidential) {
      throw new FactdeskError(
        'invalid-input',
        `"${meta.title}" is marked confidential, and a confidential source never goes to the newsroom library.`,
      );
    }
    await this.open();
    const hash = contentHash(meta, passages);
    const client = await this.pool.connect().catch((error: unknown) => {
      throw this.failure(error);
    });
    let broken = false;
    // A connection that breaks mid-import (server gone) rejects the query under way; the event needs a listener too.
    const onError = (): void => {
      broken = true;
    };
    client.on('error', onError);
    try {
      await client.query('BEGIN');
      const inserted = await client.query<{ id: string }>(
        `INSERT INTO factdesk_source (content_hash, title, type, speakers, date, url, tags, confidential, passage_count)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (content_hash) DO NOTHING RETURNING id`,
        [
          hash,
          meta.title,
          meta.type,
          meta.speakers,
          meta.date,
          meta.url,
          meta.tags,
          meta.confidential,
          passages.length,
        ],
      );
      const id = inserted.rows[0]?.id;
      if (id === undefined) {
        await client.query('ROLLBACK');
        const existing = await client.query<{ id: string }>('SELECT id FROM factdesk_source WHERE content_hash = $1', [
          hash,
        ]);
        onProgress(passages.length, passages.length);
        return { id: `newsroom:${existing.rows[0]?.id ?? ''}`, existed: true };
      }
      for (let start = 0; start < passages.length; start += BATCH) {
        const batch = passages.slice(start, start + BATCH);
        const lines = batch
          .map((p, i) =>
            [
              id,
              String(start + i),
              copyField(p.pinpoint),
              copyField(p.speaker ?? meta.speakers[0] ?? null),
              copyField(p.date ?? meta.date),
              copyField(arrayLiteral(p.tags)),
              copyField(p.text),
            ].join('\t'),
          )
          .join('\n');
        await new Promise<void>((resolve, reject) => {
          const stream = client.query(
            copyFrom('COPY factdesk_passage (source_id, n, pinpoint, speaker, date, tags, text) FROM STDIN'),
          );
          stream.on('error', reject);
          stream.on('finish', () => resolve());
          stream.end(`${lines}\n`);
        });
        onProgress(start + batch.length, passages.length);
      }
      await client.query(
        `INSERT INTO factdesk_word (word, passages)
         SELECT u.lexeme, count(*) FROM factdesk_passage p, unnest(p.words) u WHERE p.source_id = $1 GROUP BY u.lexeme
         ON CONFLICT (word) DO UPDATE SET passages = factdesk_word.passages + excluded.passages`,
        [id],
      );
      await client.query('COMMIT');
      return { id: `newsroom:${id}`, existed: false };
    } catch (error) {
      broken = true;
      await client.query('ROLLBACK').catch(() => undefined);
      throw this.failure(error);
    } finally {
      client.off('error', onError);
      client.release(broken);
    }
  }
}

/** SQL conditions for the filters, their values added through `param`. */
function filterSql(filters: SearchFilters, param: (v: unknown) => string): string[] {
  const out: string[] = [];
  if (filters.speaker) {
    for (const word of filters.speaker.toLowerCase().split(/\s+/).filter(Boolean)) {
      out.push(`lower(p.speaker) LIKE ${param(`%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}`);
    }
  }
  if (filters.sourceType) {
    const types = Array.isArray(filters.sourceType) ? filters.sourceType : [filters.sourceType];
    out.push(`s.type = ANY(${param(types)}::text[])`);
  }
  for (const tag of filters.tags ?? []) {
    out.push(
      `EXISTS (SELECT 1 FROM unnest(p.tags || s.tags) t WHERE lower(t) LIKE ${param(`${tag.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`)})`,
    );
  }
  if (filters.from) out.push(`p.date >= ${param(filters.from)}`);
  if (filters.to) out.push(`left(p.date, ${param(filters.to.length)}) <= ${param(filters.to)}`);
  // in:project and in:personal leave the newsroom out.
  if (filters.library) out.push('false');
  return out;
}
