// Where sources live for handlers: the project's sources (in project.factdesk, files under <project>/sources/) and
// the personal library's (library.json, files under <data>/library/sources/), with their passages loaded on demand.
import { FactdeskError } from '../../shared/api/result';
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

  /** The folder whose sources/ holds a library's files. */
  folderFor(projectId: string, library: LibraryName): string {
    return library === 'project' ? this.ctx.session(projectId).paths.folder : this.personal().folder;
  }

  async sources(projectId: string, library: LibraryName): Promise<Source[]> {
    return library === 'project' ? this.ctx.session(projectId).doc.sources : (await this.personal().read()).sources;
  }

  async list(projectId: string): Promise<SourceView[]> {
    const own = (await this.sources(projectId, 'project')).map((s) => ({ ...s, library: 'project' as const }));
    const personal = (await this.sources(projectId, 'personal')).map((s) => ({ ...s, library: 'personal' as const }));
    return [...own, ...personal];
  }

  async find(projectId: string, library: LibraryName, sourceId: string): Promise<SourceView> {
    const source = (await this.sources(projectId, library)).find((s) => s.id === sourceId);
    if (!source) {
      throw new FactdeskError(
        'not-found',
        `That source is no longer in ${library === 'project' ? 'this project' : 'your personal library'}.`,
      );
    }
    return { ...source, library };
  }

  /** A source's passages, with their ids; read from its passages file once and kept (the files never change). */
  async passages(projectId: string, library: LibraryName, source: Source): Promise<Passage[]> {
    // A newsroom source's copy keeps the passages attached from it in the project file itself.
    if (library === 'project' && source.fromNewsroom) {
      return this.ctx.session(projectId).doc.passages.filter((p) => p.sourceId === source.id);
    }
    if (!source.textFile) return [];
    const folder = this.folderFor(projectId, library);
    const key = `${folder}\u0000${source.textFile}\u0000${source.id}`;
    let list = this.passageCache.get(key);
    if (!list) {
      list = await loadSourcePassages(folder, source.textFile, source.id);
      this.passageCache.set(key, list);
    }
    return list;
  }
}
