// Handlers for sources: preview and add (project or personal library, with progress and cancel), list, view, edit
// and remove.
import { promises as fs } from 'node:fs';
import { extname } from 'node:path';
import { FactdeskError } from '../../shared/api/result';
import type { LibraryName, SourcePreview, SourceView } from '../../shared/api/views';
import type { Source } from '../../shared/model/source';
import { parseSource } from '../importers/sources/parse-source';
import { storeSourceFiles } from '../importers/sources/store-files';
import { displayName } from '../importers/draft-result';
import { resolveLimits, tooManyBytes } from '../importers/sources/limits';
import type { SourceFileLimits } from '../importers/sources/limits';
import { replaceSource } from '../storage/library-store';
import { importedValue } from './handler-context';
import type { HandlerContext, Impl } from './handler-context';
import type { SourceCatalog } from './source-catalog';

type SourceMethods =
  'previewSource' | 'addSource' | 'cancelTask' | 'listSources' | 'getSource' | 'updateSource' | 'removeSource';

type FileInput = { kind: 'path'; path: string } | { kind: 'bytes'; fileName: string; base64: string };

async function readInput(file: FileInput, limits: SourceFileLimits): Promise<{ bytes: Uint8Array; fileName: string }> {
  if (file.kind === 'bytes') return { bytes: Buffer.from(file.base64, 'base64'), fileName: file.fileName };
  const stat = await fs.stat(file.path).catch(() => null);
  if (!stat) throw new FactdeskError('not-found', `${file.path} does not exist (it may have been moved or deleted).`);
  if (!stat.isFile()) throw new FactdeskError('invalid-input', `${file.path} is a folder, not a file.`);
  if (stat.size > limits.maxFileBytes) throw tooManyBytes(displayName(file.path), stat.size, limits);
  return { bytes: await fs.readFile(file.path), fileName: file.path };
}

export function sourceMethods(ctx: HandlerContext, catalog: SourceCatalog): Impl<SourceMethods> {
  const tasks = new Map<string, AbortController>();
  const limits = resolveLimits(ctx.deps.sourceLimits);

  async function commit(projectId: string | undefined, library: LibraryName, source: Source): Promise<void> {
    if (library === 'project' && !projectId)
      throw new FactdeskError('invalid-input', 'Say which project the source belongs to.');
    if (library === 'project' && projectId) {
      ctx.session(projectId).update((doc) => ({ ...doc, sources: replaceSource(doc.sources, source) }));
      await ctx.record(projectId, 'source.saved', {
        source: source.confidential ? 'confidential source' : source.title,
      });
    } else await catalog.personal().change((doc) => ({ ...doc, sources: replaceSource(doc.sources, source) }));
    if (projectId) ctx.deps.emit('libraryChanged', { projectId });
  }

  return {
    previewSource: async ({ projectId, file, encoding }): Promise<SourcePreview> => {
      ctx.session(projectId);
      const input = await readInput(file, limits);
      const p = importedValue(await parseSource({ ...input, ...(encoding ? { encoding } : {}) }, { limits }));
      return {
        format: p.format,
        suggestedTitle: p.suggestedTitle,
        suggestedType: p.suggestedType,
        speakers: p.speakers,
        passageCount: p.passages.length,
        sample: p.passages.slice(0, 5),
        ...(p.table
          ? {
              columns: p.table.columns,
              suggestedMapping: Object.fromEntries(
                Object.entries(p.table.mapping).filter(([, v]) => typeof v === 'string'),
              ) as Record<string, string>,
            }
          : {}),
        warnings: p.warnings,
      };
    },
    addSource: async ({ projectId, library, file, encoding, mapping, meta, taskId }) => {
      if (projectId) ctx.session(projectId);
      if (library === 'project' && !projectId)
        throw new FactdeskError('invalid-input', 'Say which project the source belongs to.');
      if (library === 'project' && projectId && ctx.session(projectId).readOnly) {
        throw new FactdeskError('read-only', 'This project is read-only, so no source can be added to it.');
      }
      const controller = new AbortController();
      if (taskId) tasks.set(taskId, controller);
      try {
        const input = await readInput(file, limits);
        const label = `Reading ${meta.title}`;
        const p = importedValue(
          await parseSource(
            { ...input, ...(encoding ? { encoding } : {}), ...(mapping ? { mapping } : {}) },
            {
              limits,
              signal: controller.signal,
              onProgress: (done, total) => taskId && ctx.deps.emit('taskProgress', { taskId, done, total, label }),
            },
          ),
        );
        if (controller.signal.aborted)
          throw new FactdeskError('cancelled', `Adding ${meta.title} was cancelled; nothing was added.`);
        const folder = library === 'personal' ? catalog.personal().folder : catalog.folderFor(projectId!, library);
        const ext = extname(input.fileName).slice(1).toLowerCase() || 'txt';
        const files = await storeSourceFiles(folder, input.bytes, ext, p.text, p.passages);
        const source: Source = {
          id: ctx.deps.newId(),
          ...meta,
          speakers: meta.speakers.length ? meta.speakers : p.speakers,
          originalFile: files.originalFile,
          textFile: files.textFile,
          contentHash: files.contentHash,
          passageCount: p.passages.length,
          addedAt: ctx.deps.now(),
          addedBy: await ctx.userName(),
        };
        await commit(projectId, library, source);
        const view: SourceView = { ...source, library };
        return { source: view, view: projectId ? ctx.changed(projectId) : null };
      } finally {
        if (taskId) tasks.delete(taskId);
      }
    },
    cancelTask: async ({ taskId }) => {
      tasks.get(taskId)?.abort();
      return null;
    },
    listSources: async ({ projectId }) => ({ sources: await catalog.list(projectId) }),
    getSource: async ({ projectId, library, sourceId }) => {
      const source = await catalog.find(projectId, library, sourceId);
      return { source, passages: await catalog.passages(projectId, library, source) };
    },
    updateSource: async ({ projectId, library, sourceId, meta }) => {
      const { library: _lib, ...current } = await catalog.find(projectId, library, sourceId);
      void _lib;
      const next: Source = { ...current, ...meta };
      await commit(projectId, library, next);
      ctx.changed(projectId);
      return { ...next, library };
    },
    removeSource: async ({ projectId, library, sourceId }) => {
      await catalog.find(projectId, library, sourceId);
      if (library === 'project') {
        ctx.session(projectId).update((doc) => ({ ...doc, sources: doc.sources.filter((s) => s.id !== sourceId) }));
      } else {
        await catalog.personal().change((doc) => ({ ...doc, sources: doc.sources.filter((s) => s.id !== sourceId) }));
      }
      ctx.deps.emit('libraryChanged', { projectId });
      ctx.changed(projectId);
      return { sources: await catalog.list(projectId) };
    },
  };
}
