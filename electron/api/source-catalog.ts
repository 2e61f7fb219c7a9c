// Where sources live for handlers: the project's sources (in project.factdesk, files under <project>/sources/) and
// the personal library's (library.json, files under <data>/library/sources/), with their passages loaded on demand.
import { fail, ok } from '../../shared/api/result';
import type { Result } from '../../shared/api/result';
import type { LibraryName, SourceView } from '../../shared/api/views';
import type { Passage, Source } from '../../shared/model/source';
import { loadSourcePassages } from '../importers/sources/store-files';
import { openLibrary } from '../storage/library-store';
import type { LibraryStore } from '../storage/library-store';
import type { HandlerContext } from './handler-context';

export class SourceCatalog {
  private library: LibraryStore | null = null;
  /** Passages by folder, text file and source. */
  private passageCache = new Map<string, Passage[]>();

  constructor(private readonly ctx: HandlerContext) {}

  personal(): LibraryStore {
    return (this.library ??= openLibrary(this.ctx.deps.dataDir, this.ctx.deps.identity, this.ctx.deps.now));
  }

  /** The folder whose sources/ holds a library's files ('project-not-open' for a closed project). */
  folderFor(projectId: string, library: LibraryName): Result<string> {
    if (library === 'personal') return ok(this.personal().folder);
    const session = this.ctx.session(projectId);
    return session.ok ? ok(session.value.paths.folder) : session;
  }

  async sources(projectId: string, library: LibraryName): Promise<Result<Source[]>> {
    if (library === 'personal') {
      const doc = await this.personal().read();
      return doc.ok ? ok(doc.value.sources) : doc;
    }
    const session = this.ctx.session(projectId);
    return session.ok ? ok(session.value.doc.sources) : session;
  }

  /** The project's sources, then the personal library's, each labelled with its library. */
  async list(projectId: string): Promise<Result<SourceView[]>> {
    const own = await this.sources(projectId, 'project');
    if (!own.ok) return own;
    const personal = await this.sources(projectId, 'personal');
    if (!personal.ok) return personal;
    return ok([
      ...own.value.map((s) => ({ ...s, library: 'project' as const })),
      ...personal.value.map((s) => ({ ...s, library: 'personal' as const })),
    ]);
  }

  /** One source, or 'not-found' with a sentence naming the library it was looked for in. */
  async find(projectId: string, library: LibraryName, sourceId: string): Promise<Result<SourceView>> {
    const sources = await this.sources(projectId, library);
    if (!sources.ok) return sources;
    const source = sources.value.find((s) => s.id === sourceId);
    if (!source) {
      return fail(
        'not-found',
        `That source is no longer in ${library === 'project' ? 'this project' : 'your personal library'}.`,
      );
    }
    return ok({ ...source, library });
  }

  /** A source's passages, with their ids; read from its passages file once and kept (the files never change). */
  async passages(projectId: string, library: LibraryName, source: Source): Promise<Result<Passage[]>> {
    // A newsroom source's copy keeps the passages attached from it in the project file itself.
    if (library === 'project' && source.fromNewsroom) {
      const session = this.ctx.session(projectId);
      return session.ok ? ok(session.value.doc.passages.filter((p) => p.sourceId === source.id)) : session;
    }
    if (!source.textFile) return ok([]);
    const folder = this.folderFor(projectId, library);
    if (!folder.ok) return folder;
    const key = `${folder.value}\u0000${source.textFile}\u0000${source.id}`;
    const cached = this.passageCache.get(key);
    if (cached) return ok(cached);
    const loaded = await loadSourcePassages(folder.value, source.textFile, source.id);
    if (loaded.ok) this.passageCache.set(key, loaded.value);
    return loaded;
  }
}
