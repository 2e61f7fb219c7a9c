// The newsroom library: the newsroom's shared archive of sources on PostgreSQL, searched beside the local library
// (project and personal) through the Library interface. Connection and errors in newsroom-pool.ts, the schema
// in newsroom-schema.ts, adding sources in newsroom-import.ts, searching in newsroom-search.ts. Every method answers a
// Result: what the driver throws (a lost connection, a refused login) is worded in one place, `guarded` below.
import type pg from 'pg';
import { fail, ok } from '../../shared/api/result';
import type { Result } from '../../shared/api/result';
import type { SearchFilters } from '../../shared/search/columns';
import type { Library } from './library';
import {
  createPool,
  describeUrl,
  newsroomFailure,
  type NewsroomConnection,
  type NewsroomPoolOptions,
} from './newsroom-pool';
import { importPassages, type NewsroomPassage, type NewsroomSourceMeta } from './newsroom-import';
import { readNewsroomPassage, readNewsroomSource } from './newsroom-passage';
import type { NewsroomPassageRecord } from './newsroom-passage';
import { migrate } from './newsroom-schema';
import { searchNewsroom, type NewsroomHit } from './newsroom-search';

export { describeUrl, newsroomFromEnv, redact, type NewsroomConnection } from './newsroom-pool';
export { contentHash, type NewsroomPassage, type NewsroomSourceMeta } from './newsroom-import';
export { PAGE, type NewsroomHit } from './newsroom-search';

export class NewsroomLibrary implements Library {
  readonly homes = ['newsroom'] as const;
  private readonly pool: pg.Pool;
  readonly where: string;
  private ready: Promise<Result<null>> | null = null;

  constructor(
    private readonly connection: NewsroomConnection,
    options: NewsroomPoolOptions = {},
  ) {
    this.where = describeUrl(connection.url);
    this.pool = createPool(connection, options);
  }

  /**
   * The one boundary between the driver and Factdesk: runs a step against the server and answers its Result, or,
   * when the driver throws (connection lost, login refused, a statement refused), the refusal that says so without
   * the password.
   */
  private async guarded<T>(step: () => Promise<Result<T>>): Promise<Result<T>> {
    try {
      return await step();
    } catch (error) {
      return newsroomFailure(error, this.connection, this.where);
    }
  }

  /** Connects once and brings the schema up to date (again after a failure). */
  async open(): Promise<Result<null>> {
    if (!/^postgres(ql)?:\/\/[^/]/i.test(this.connection.url)) {
      return fail(
        'invalid-input',
        `The newsroom library's address (FACTDESK_LIBRARY_URL) must look like postgres://user@host:5432/factdesk, and the one given does not.`,
      );
    }
    this.ready ??= this.guarded(async () => {
      const client = await this.pool.connect();
      const onError = (): void => undefined;
      client.on('error', onError);
      try {
        const migrated = await migrate(client, this.where);
        return migrated.ok ? ok(null) : migrated;
      } finally {
        client.off('error', onError);
        client.release();
      }
    }).then((opened) => {
      if (!opened.ok) this.ready = null;
      return opened;
    });
    return this.ready;
  }

  async close(): Promise<void> {
    await this.pool.end().catch(() => undefined);
  }

  /** Whether the server answers right now. */
  async ping(): Promise<boolean> {
    const opened = await this.open();
    if (!opened.ok) return false;
    const answered = await this.guarded(async () => ok(await this.pool.query('SELECT 1')));
    return answered.ok;
  }

  /**
   * One page of the newsroom's passages for a typed query (`page` 0, 1, ...), ranked by the local engine with the
   * library's own word rarities, so the scores compare with local results.
   */
  async search(
    query: string,
    options: { limit?: number; page?: number; filters?: SearchFilters } = {},
  ): Promise<Result<NewsroomHit[]>> {
    const opened = await this.open();
    if (!opened.ok) return opened;
    return this.guarded(async () => ok(await searchNewsroom(this.pool, query, options)));
  }

  /** One passage and its source's citation details (attaching it to a claim copies them into a project). */
  async passage(sourceId: string, n: number): Promise<Result<NewsroomPassageRecord | null>> {
    const opened = await this.open();
    if (!opened.ok) return opened;
    return this.guarded(async () =>
      ok(await readNewsroomPassage((text, values) => this.pool.query(text, values), sourceId, n)),
    );
  }

  /** A source's details and its first `limit` passages, in order; null when it is not there. */
  async source(sourceId: string, limit: number): Promise<Result<Awaited<ReturnType<typeof readNewsroomSource>>>> {
    const opened = await this.open();
    if (!opened.ok) return opened;
    return this.guarded(async () =>
      ok(await readNewsroomSource((text, values) => this.pool.query(text, values), sourceId, limit)),
    );
  }

  /**
   * Adds a source and its passages in one transaction, COPY in batches, `onProgress(done, total)` after each. Answers
   * the source's id and whether it was already there (same content: nothing is added twice).
   */
  async importSource(
    meta: NewsroomSourceMeta,
    passages: NewsroomPassage[],
    onProgress: (done: number, total: number) => void = () => undefined,
  ): Promise<Result<{ id: string; existed: boolean }>> {
    if (meta.confidential) {
      return fail(
        'invalid-input',
        `"${meta.title}" is marked confidential, and a confidential source never goes to the newsroom library.`,
      );
    }
    const opened = await this.open();
    if (!opened.ok) return opened;
    return this.guarded(async () => {
      const client = await this.pool.connect();
      // A connection that breaks mid-import (server gone) rejects the query under way; the event needs a listener
      // too. A connection that broke, or whose import failed, is not given back to the pool.
      let broken = false;
      let added = false;
      const onError = (): void => {
        broken = true;
      };
      client.on('error', onError);
      try {
        const { id, existed } = await importPassages(client, meta, passages, onProgress);
        added = true;
        return ok({ id: `newsroom:${id}`, existed });
      } finally {
        client.off('error', onError);
        client.release(broken || !added);
      }
    });
  }
}
