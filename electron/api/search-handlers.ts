// Handlers for searching the quote library: the index over the project's sources and the personal library, cached on
// disk under the data folder and grown source by source as sources are added; search; suggested sources for a claim.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { fail, ok } from '../../shared/api/result';
import type { Result } from '../../shared/api/result';
import type { Passage, Source } from '../../shared/model/source';
import { docsFromSources } from '../../shared/search/search-doc';
import type { LibraryKind } from '../../shared/search/search-doc';
import { buildIndex } from '../../shared/search/search-index';
import type { SearchIndex } from '../../shared/search/search-index';
import { toSearchHit } from '../../shared/search/hits';
import type { SearchHit } from '../../shared/search/hits';
import type { NewsroomStatus } from '../../shared/api/contract';
import { mergeIndexes } from '../../shared/search/merge-index';
import { INDEX_FORMAT_VERSION, loadIndex, serializeIndex } from '../../shared/search/serialize';
import { suggestSources } from '../../shared/search/suggest';
import { writeFileDurable } from '../storage/durable-write';
import { LocalLibrary, mergeHits } from '../storage/library';
import type { NewsroomLibrary } from '../storage/newsroom-library';
import type { HandlerContext, Impl } from './handler-context';
import type { SourceCatalog } from './source-catalog';

type SearchMethods = 'getSearchIndex' | 'searchLibrary' | 'suggestSources';

/** What an index is built from; its hash names the cached index, so any change of a source makes a new one. */
function indexKey(entries: { library: string; source: Source }[]): string {
  const hash = createHash('sha256').update(`format ${INDEX_FORMAT_VERSION}\n`);
  for (const { library, source: s } of entries) {
    hash.update(JSON.stringify([library, s.id, s.textFile, s.title, s.type, s.speakers, s.date, s.tags]));
    hash.update('\n');
  }
  return hash.digest('hex').slice(0, 32);
}

/** The sources both the search index and the quote check read: the project's own and the personal library's. */
export class SearchCorpus {
  constructor(
    private readonly ctx: HandlerContext,
    private readonly catalog: SourceCatalog,
  ) {}

  private async entries(projectId: string): Promise<Result<{ library: LibraryKind; source: Source }[]>> {
    const session = this.ctx.session(projectId);
    if (!session.ok) return session;
    const personal = await this.catalog.sources(projectId, 'personal');
    if (!personal.ok) return personal;
    const inLibrary = new Set(personal.value.map((s) => s.id));
    // Snapshots copied from the library are searched through the library while it still has them.
    const own = session.value.doc.sources.filter((s) => !(s.fromLibrary && inLibrary.has(s.fromLibrary)));
    return ok([
      ...own.map((source) => ({ library: 'project' as const, source })),
      ...personal.value.map((source) => ({ library: 'personal' as const, source })),
    ]);
  }

  /** A key that changes whenever any source does, without reading a single passage. */
  async key(projectId: string): Promise<Result<string>> {
    const entries = await this.entries(projectId);
    return entries.ok ? ok(indexKey(entries.value)) : entries;
  }

  /** Every source with its passages, and the key of this set. */
  async sources(
    projectId: string,
  ): Promise<Result<{ key: string; sources: { library: LibraryKind; source: Source; passages: Passage[] }[] }>> {
    const list = await this.entries(projectId);
    if (!list.ok) return list;
    const session = this.ctx.session(projectId);
    if (!session.ok) return session;
    const snapshots = session.value.doc.passages;
    const out: { library: LibraryKind; source: Source; passages: Passage[] }[] = [];
    for (const { library, source } of list.value) {
      if (source.fromLibrary) {
        out.push({ library, source, passages: snapshots.filter((p) => p.sourceId === source.id) });
        continue;
      }
      const passages = await this.catalog.passages(projectId, library, source);
      if (!passages.ok) return passages;
      out.push({ library, source, passages: passages.value });
    }
    return ok({ key: indexKey(list.value), sources: out });
  }
}

/**
 * The search index of each open project, kept in memory and cached on disk by key. A source added through
 * `addSegment` is merged into the index in memory (its passages were indexed where it was imported); any other change
 * of the sources loads the cached index for the new key or builds it from every passage.
 */
export class LiveIndexes {
  private readonly loaded = new Map<string, { key: string; index: SearchIndex; bytes: Uint8Array | null }>();
  private readonly cacheDir: string;
  /** Adds under way: a search answers from the index loaded before the add (`searchable`); the saved form waits. */
  private readonly adding = new Map<string, Promise<void>>();

  constructor(
    ctx: HandlerContext,
    private readonly corpus: SearchCorpus,
  ) {
    this.cacheDir = join(ctx.deps.dataDir, 'cache', 'search');
  }

  /**
   * The index a search answers from right now: while a source is being added, the index of the sources before it (the
   * new one joins when its add completes); otherwise, or when none is loaded yet, the index for the sources it has.
   */
  async searchable(projectId: string): Promise<Result<{ key: string; index: SearchIndex }>> {
    const current = this.loaded.get(projectId);
    if (this.adding.has(projectId) && current) return ok(current);
    return this.indexFor(projectId);
  }

  /** The project's index (and its key) for the sources it has now, once any add under way has finished. */
  async indexFor(projectId: string): Promise<Result<{ key: string; index: SearchIndex }>> {
    await this.adding.get(projectId);
    const keyed = await this.corpus.key(projectId);
    if (!keyed.ok) return keyed;
    const key = keyed.value;
    const loaded = this.loaded.get(projectId);
    if (loaded?.key === key) return ok(loaded);
    const cached = await fs.readFile(this.file(key)).catch(() => null);
    if (cached) {
      const bytes = new Uint8Array(cached.buffer, cached.byteOffset, cached.byteLength);
      const index = loadIndex(bytes);
      if (index.ok) {
        const entry = { key, index: index.value, bytes };
        this.loaded.set(projectId, entry);
        return ok(entry);
      }
    }
    const corpus = await this.corpus.sources(projectId);
    if (!corpus.ok) return corpus;
    const index = buildIndex(
      corpus.value.sources.flatMap(({ library, source, passages }) => docsFromSources([source], passages, library)),
    );
    const entry = { key, index, bytes: await this.save(key, index) };
    this.loaded.set(projectId, entry);
    return ok(entry);
  }

  /** The saved form of the project's index, as the renderer's search worker loads it. */
  async bytesFor(projectId: string): Promise<Result<{ key: string; bytes: Uint8Array }>> {
    const found = await this.indexFor(projectId);
    if (!found.ok) return found;
    const entry = found.value;
    const loaded = this.loaded.get(projectId);
    if (loaded?.key === entry.key && loaded.bytes) return ok({ key: entry.key, bytes: loaded.bytes });
    const bytes = await this.save(entry.key, entry.index);
    if (loaded?.key === entry.key) loaded.bytes = bytes;
    return ok({ key: entry.key, bytes });
  }

  /**
   * Runs `commit` (which adds one source to the project or the personal library) and merges that source's index
   * (`segment`, saved bytes) into the project's index in memory, when one is loaded for the sources before the add.
   * Searches answer from the loaded index meanwhile; without one the next search loads or builds the one for the new key.
   * A refusal of `commit` is answered as it is.
   */
  async addSource(
    projectId: string,
    segment: Uint8Array | null,
    commit: () => Promise<Result<null>>,
  ): Promise<Result<null>> {
    const run = async (): Promise<Result<null>> => {
      const keyBefore = await this.corpus.key(projectId);
      if (!keyBefore.ok) return keyBefore;
      const committed = await commit();
      if (!committed.ok) return committed;
      const current = this.loaded.get(projectId);
      const added = segment && current?.key === keyBefore.value ? loadIndex(segment) : null;
      if (!current || !added?.ok) return ok(null);
      const key = await this.corpus.key(projectId);
      if (!key.ok) return key;
      this.loaded.set(projectId, { key: key.value, index: mergeIndexes(current.index, added.value), bytes: null });
      return ok(null);
    };
    const pending = run();
    const guard = pending.then(
      () => undefined,
      () => undefined,
    );
    this.adding.set(projectId, guard);
    try {
      return await pending;
    } finally {
      if (this.adding.get(projectId) === guard) this.adding.delete(projectId);
    }
  }

  private file(key: string): string {
    return join(this.cacheDir, `${key}.idx`);
  }

  private async save(key: string, index: SearchIndex): Promise<Uint8Array> {
    const bytes = serializeIndex(index);
    await fs.mkdir(this.cacheDir, { recursive: true });
    await writeFileDurable(this.file(key), bytes).catch(() => undefined);
    return bytes;
  }
}

/**
 * The newsroom library's page for a query, or none and the sentence saying why: an unreachable server (or one that
 * refuses the account) never fails a search, whose local results still come back. Each search asks again, so the
 * first one after the server is back finds it.
 */
async function askNewsroom(
  newsroom: NewsroomLibrary | null,
  query: string,
  limit: number,
): Promise<{ hits: SearchHit[]; status: NewsroomStatus }> {
  if (!newsroom) return { hits: [], status: null };
  const found = await newsroom.search(query, { limit });
  return found.ok
    ? { hits: found.value, status: { status: 'online', message: null } }
    : { hits: [], status: { status: 'offline', message: found.error.message } };
}

export function searchMethods(
  ctx: HandlerContext,
  indexes: LiveIndexes,
  /** The newsroom library searches ask now (it changes when Preferences are saved), or null. */
  newsroomNow: () => Promise<NewsroomLibrary | null> = async () => null,
): Impl<SearchMethods> {
  return {
    getSearchIndex: async ({ projectId }) => {
      const saved = await indexes.bytesFor(projectId);
      return saved.ok ? ok({ ...saved.value, newsroom: (await newsroomNow())?.where ?? null }) : saved;
    },
    searchLibrary: async ({ projectId, query, limit }) => {
      const n = limit ?? 20;
      const newsroom = await newsroomNow();
      // Both at once: the local index answers while the newsroom's server is asked.
      const [searchable, theirs] = await Promise.all([indexes.searchable(projectId), askNewsroom(newsroom, query, n)]);
      if (!searchable.ok) return searchable;
      const local = new LocalLibrary(async () => searchable.value.index);
      const mine = await local.search(query, { limit: n });
      if (!mine.ok) return mine;
      return ok({ hits: mergeHits([mine.value, theirs.hits], n), newsroom: theirs.status });
    },
    suggestSources: async ({ projectId, claimId, limit }) => {
      const session = ctx.session(projectId);
      if (!session.ok) return session;
      const claim = session.value.doc.claims.find((c) => c.id === claimId);
      if (!claim) return fail('not-found', 'That claim no longer exists in this project.');
      const searchable = await indexes.searchable(projectId);
      if (!searchable.ok) return searchable;
      return ok(suggestSources(searchable.value.index, claim.anchor.exact, limit ?? 10).map(toSearchHit));
    },
  };
}
