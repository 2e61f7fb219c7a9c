// The newsroom library: the newsroom's shared archive of sources on PostgreSQL, searched beside the local library
// (project and personal) through the Library interface. Connection and errors in newsroom-pool.ts, the schema
// in newsroom-schema.ts, adding sources in newsroom-import.ts, searching in newsroom-search.ts.
import type pg from 'pg';
import { FactdeskError } from '../../shared/api/result';
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
  private ready: Promise<void> | null = null;

  constructor(
    private readonly connection: NewsroomConnection,
    options: NewsroomPoolOptions = {},
  ) {
    this.where = describeUrl(connection.url);
    this.pool = createPool(connection, options);
  }

  /** An error as a FactdeskError whose message never holds the password. */
  private failure(error: unknown): FactdeskError {
    return newsroomFailure(error, this.connection, this.where);
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
   * One page of the newsroom's passages for a typed query (`page` 0, 1, ...), ranked by the local engine with the
   * library's own word rarities, so the scores compare with local results.
   */
  async search(
    query: string,
    options: { limit?: number; page?: number; filters?: SearchFilters } = {},
  ): Promise<NewsroomHit[]> {
    await this.open();
    try {
      return await searchNewsroom(this.pool, query, options);
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
      const { id, existed } = await importPassages(client, meta, passages, onProgress);
      return { id: `newsroom:${id}`, existed };
    } catch (error) {
      broken = true;
      throw this.failure(error);
    } finally {
      client.off('error', onError);
      client.release(broken);
    }
  }
}
