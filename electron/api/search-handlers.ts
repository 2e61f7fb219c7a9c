// Handlers for searching the quote library: the index over the project's sources and the personal library, built
// once per set of sources and cached on disk under the data folder; search; and suggested sources for a claim.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { FactdeskError } from '../../shared/api/result';
import type { Passage, Source } from '../../shared/model/source';
import { docsFromSources } from '../../shared/search/search-doc';
import type { LibraryKind } from '../../shared/search/search-doc';
import { buildIndex } from '../../shared/search/search-index';
import type { SearchIndex } from '../../shared/search/search-index';
import { search } from '../../shared/search/search';
import { toSearchHit } from '../../shared/search/hits';
import { INDEX_FORMAT_VERSION, loadIndex, serializeIndex } from '../../shared/search/serialize';
import { suggestSources } from '../../shared/search/suggest';
import { writeFileDurable } from '../storage/durable-write';
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

  private async entries(projectId: string) {
    const project = this.ctx.session(projectId).doc;
    const personal = await this.catalog.sources(projectId, 'personal');
    const inLibrary = new Set(personal.map((s) => s.id));
    // Snapshots copied from the library are searched through the library while it still has them.
    const own = project.sources.filter((s) => !(s.fromLibrary && inLibrary.has(s.fromLibrary)));
    return [
      ...own.map((source) => ({ library: 'project' as const, source })),
      ...personal.map((source) => ({ library: 'personal' as const, source })),
    ];
  }

  /** A key that changes whenever any source does, without reading a single passage. */
  async key(projectId: string): Promise<string> {
    return indexKey(await this.entries(projectId));
  }

  /** Every source with its passages, and the key of this set. */
  async sources(
    projectId: string,
  ): Promise<{ key: string; sources: { library: LibraryKind; source: Source; passages: Passage[] }[] }> {
    const list = await this.entries(projectId);
    const snapshots = this.ctx.session(projectId).doc.passages;
    const out: { library: LibraryKind; source: Source; passages: Passage[] }[] = [];
    for (const { library, source } of list) {
      const passages = source.fromLibrary
        ? snapshots.filter((p) => p.sourceId === source.id)
        : await this.catalog.passages(projectId, library, source);
      out.push({ library, source, passages });
    }
    return { key: indexKey(list), sources: out };
  }
}

export function searchMethods(ctx: HandlerContext, corpus: SearchCorpus): Impl<SearchMethods> {
  const loaded = new Map<string, { key: string; index: SearchIndex; bytes: Uint8Array }>();
  const cacheDir = join(ctx.deps.dataDir, 'cache', 'search');

  async function indexFor(projectId: string) {
    const key = await corpus.key(projectId);
    const current = loaded.get(projectId);
    if (current?.key === key) return current;
    const file = join(cacheDir, `${key}.idx`);
    const cached = await fs.readFile(file).catch(() => null);
    if (cached) {
      const bytes = new Uint8Array(cached.buffer, cached.byteOffset, cached.byteLength);
      const index = loadIndex(bytes);
      if (index.ok) {
        const entry = { key, index: index.value, bytes };
        loaded.set(projectId, entry);
        return entry;
      }
    }
    const { sources } = await corpus.sources(projectId);
    const index = buildIndex(
      sources.flatMap(({ library, source, passages }) => docsFromSources([source], passages, library)),
    );
    const bytes = serializeIndex(index);
    await fs.mkdir(cacheDir, { recursive: true });
    await writeFileDurable(file, bytes).catch(() => undefined);
    const entry = { key, index, bytes };
    loaded.set(projectId, entry);
    return entry;
  }

  return {
    getSearchIndex: async ({ projectId }) => {
      const { key, bytes } = await indexFor(projectId);
      return { key, bytes };
    },
    searchLibrary: async ({ projectId, query, limit }) => {
      const { index } = await indexFor(projectId);
      return search(index, query, { limit: limit ?? 20 }).map(toSearchHit);
    },
    suggestSources: async ({ projectId, claimId, limit }) => {
      const claim = ctx.session(projectId).doc.claims.find((c) => c.id === claimId);
      if (!claim) throw new FactdeskError('not-found', 'That claim no longer exists in this project.');
      const { index } = await indexFor(projectId);
      return suggestSources(index, claim.anchor.exact, limit ?? 10).map(toSearchHit);
    },
  };
}
