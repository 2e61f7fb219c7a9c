// Handlers for sources: preview and add (project or personal library, with progress and cancel), list, view, edit
// and remove.
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { FactdeskError } from '../../shared/api/result';
import type { LibraryName, SourcePreview, SourceView } from '../../shared/api/views';
import type { Source } from '../../shared/model/source';
import type { ImportFile } from '../importers/sources/import-worker';
import { startImport } from '../importers/sources/run-import';
import { removeStoredFiles, storeOriginalFile } from '../importers/sources/store-files';
import { fetchWebPage } from '../importers/sources/web-fetch';
import { decodePage, extractReadable } from '../importers/sources/web-readable';
import { MAX_RECORDING_BYTES, storeRecording } from '../importers/sources/recording';
import { replaceSource } from '../storage/library-store';
import { importReply, valueOf } from './handler-context';
import type { HandlerContext, Impl } from './handler-context';
import type { LiveIndexes } from './search-handlers';
import type { SourceCatalog } from './source-catalog';

type SourceMethods =
  | 'previewSource'
  | 'addSource'
  | 'addWebPage'
  | 'cancelTask'
  | 'listSources'
  | 'getSource'
  | 'updateSource'
  | 'removeSource'
  | 'attachRecording';

type FileInput = { kind: 'path'; path: string } | { kind: 'bytes'; fileName: string; base64: string };

/** The file as the import thread takes it: a path it reads itself, or the bytes the renderer sent. */
function importFile(file: FileInput): ImportFile {
  return file.kind === 'path'
    ? file
    : { kind: 'bytes', fileName: file.fileName, bytes: new Uint8Array(Buffer.from(file.base64, 'base64')) };
}

export function sourceMethods(ctx: HandlerContext, catalog: SourceCatalog, indexes: LiveIndexes): Impl<SourceMethods> {
  const tasks = new Map<string, () => void>();
  const limits = ctx.deps.sourceLimits;

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
      const run = startImport({
        file: importFile(file),
        ...(encoding ? { encoding } : {}),
        ...(limits ? { limits } : {}),
      });
      const p = valueOf(importReply(await run.result)).parsed;
      return {
        format: p.format,
        suggestedTitle: p.suggestedTitle,
        suggestedType: p.suggestedType,
        speakers: p.speakers,
        passageCount: p.passageCount,
        sample: p.sample,
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
      const folder = library === 'personal' ? catalog.personal().folder : catalog.folderFor(projectId!, library);
      const path = file.kind === 'path' ? file.path : file.fileName;
      const id = ctx.deps.newId();
      const label = `Reading ${meta.title}`;
      const run = startImport(
        {
          file: importFile(file),
          ...(encoding ? { encoding } : {}),
          ...(mapping ? { mapping } : {}),
          ...(limits ? { limits } : {}),
          store: {
            folder,
            ext: extname(path).slice(1).toLowerCase() || 'txt',
            source: {
              id,
              title: meta.title,
              type: meta.type,
              speakers: meta.speakers,
              date: meta.date,
              tags: meta.tags,
            },
            library,
          },
        },
        (done, total) => taskId && ctx.deps.emit('taskProgress', { taskId, done, total, label }),
      );
      let cancelled = false;
      if (taskId) {
        tasks.set(taskId, () => {
          cancelled = true;
          run.cancel();
        });
      }
      try {
        const { parsed: p, stored, segment } = valueOf(importReply(await run.result));
        if (!stored) throw new FactdeskError('internal', `Factdesk could not save ${meta.title}.`);
        if (cancelled) {
          await removeStoredFiles(stored.created);
          throw new FactdeskError('cancelled', `Adding ${meta.title} was cancelled; nothing was added.`);
        }
        if (taskId) tasks.delete(taskId);
        const source: Source = {
          id,
          ...meta,
          speakers: meta.speakers.length ? meta.speakers : p.speakers,
          originalFile: stored.originalFile,
          textFile: stored.textFile,
          contentHash: stored.contentHash,
          passageCount: p.passageCount,
          addedAt: ctx.deps.now(),
          addedBy: await ctx.userName(),
        };
        if (projectId) await indexes.addSource(projectId, segment, () => commit(projectId, library, source));
        else await commit(projectId, library, source);
        const view: SourceView = { ...source, library };
        return { source: view, view: projectId ? ctx.changed(projectId) : null };
      } finally {
        if (taskId) tasks.delete(taskId);
      }
    },
    addWebPage: async ({ projectId, url, title, taskId }) => {
      const session = ctx.session(projectId);
      if (session.readOnly) {
        throw new FactdeskError('read-only', 'This project is read-only, so no source can be added to it.');
      }
      const folder = catalog.folderFor(projectId, 'project');
      const controller = new AbortController();
      let cancelled = false;
      if (taskId) {
        tasks.set(taskId, () => {
          cancelled = true;
          controller.abort();
        });
      }
      const progress = (done: number, label: string) =>
        taskId && ctx.deps.emit('taskProgress', { taskId, done, total: 3, label });
      const created: string[] = [];
      try {
        progress(0, `Fetching ${url}`);
        const page = await fetchWebPage(url, {
          signal: controller.signal,
          now: ctx.deps.now,
          ...(ctx.deps.webFetchLimits ? { limits: ctx.deps.webFetchLimits } : {}),
        });
        progress(1, `Reading ${page.finalUrl}`);
        const decoded = decodePage(page.bytes, page.charset);
        const readable =
          page.contentType === 'text/plain'
            ? decoded.trim()
              ? { title: page.finalUrl, text: decoded }
              : null
            : valueOf(extractReadable(decoded, page.finalUrl));
        if (!readable) {
          throw new FactdeskError('invalid-file', `The page at ${page.finalUrl} is empty, so nothing was added.`);
        }
        const snapshotFile = await storeOriginalFile(
          folder,
          page.bytes,
          page.contentType === 'text/plain' ? 'txt' : 'html',
        );
        created.push(...snapshotFile.created);
        const id = ctx.deps.newId();
        const name = title ?? readable.title;
        const run = startImport(
          {
            file: { kind: 'bytes', fileName: 'page.txt', bytes: new TextEncoder().encode(readable.text) },
            ...(limits ? { limits } : {}),
            store: {
              folder,
              ext: 'txt',
              source: { id, title: name, type: 'web-page', speakers: [], date: null, tags: [] },
              library: 'project',
            },
          },
          () => {},
        );
        if (taskId) {
          tasks.set(taskId, () => {
            cancelled = true;
            run.cancel();
          });
        }
        const { parsed: p, stored, segment } = valueOf(importReply(await run.result));
        if (!stored) throw new FactdeskError('internal', `Factdesk could not save the page at ${url}.`);
        created.push(...stored.created);
        if (cancelled) throw new FactdeskError('cancelled', `Adding ${url} was cancelled; nothing was added.`);
        progress(2, `Adding ${name}`);
        const source: Source = {
          id,
          title: name,
          type: 'web-page',
          speakers: p.speakers,
          date: page.fetchedAt.slice(0, 10),
          url,
          notes: '',
          confidential: false,
          tags: [],
          originalFile: snapshotFile.file,
          textFile: stored.textFile,
          contentHash: snapshotFile.sha256,
          passageCount: p.passageCount,
          addedAt: ctx.deps.now(),
          addedBy: await ctx.userName(),
          snapshot: {
            requestedUrl: page.requestedUrl,
            finalUrl: page.finalUrl,
            fetchedAt: page.fetchedAt,
            sha256: snapshotFile.sha256,
            htmlFile: snapshotFile.file,
            bytes: page.bytes.byteLength,
            contentType: page.contentType,
          },
        };
        await indexes.addSource(projectId, segment, () => commit(projectId, 'project', source));
        progress(3, `Added ${name}`);
        return { source: { ...source, library: 'project' }, view: ctx.changed(projectId) };
      } catch (error) {
        await removeStoredFiles(created);
        throw error;
      } finally {
        if (taskId) tasks.delete(taskId);
      }
    },
    cancelTask: async ({ taskId }) => {
      tasks.get(taskId)?.();
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
    attachRecording: async ({ projectId, library, sourceId, file }) => {
      const { library: _lib, ...current } = await catalog.find(projectId, library, sourceId);
      void _lib;
      if (library === 'project' && ctx.session(projectId).readOnly) {
        throw new FactdeskError('read-only', 'This project is read-only, so no recording can be attached to it.');
      }
      const name = file.kind === 'path' ? basename(file.path) : file.fileName;
      let bytes: Uint8Array;
      if (file.kind === 'path') {
        try {
          const info = await stat(file.path);
          if (!info.isFile()) throw new FactdeskError('invalid-file', `${name} is not a file.`);
          if (info.size > MAX_RECORDING_BYTES) {
            throw new FactdeskError(
              'invalid-file',
              `${name} is larger than the ${MAX_RECORDING_BYTES / 1e9} GB Factdesk keeps as one recording. Export the audio alone or a shorter clip and attach that.`,
            );
          }
          bytes = new Uint8Array(await readFile(file.path));
        } catch (error) {
          if (error instanceof FactdeskError) throw error;
          throw new FactdeskError(
            'not-found',
            `Factdesk could not read the recording ${file.path}: ${(error as Error).message}.`,
          );
        }
      } else bytes = new Uint8Array(Buffer.from(file.base64, 'base64'));
      const folder = catalog.folderFor(projectId, library);
      const { recording, created } = await storeRecording(folder, name, bytes);
      const next: Source = { ...current, recording };
      try {
        await commit(projectId, library, next);
      } catch (error) {
        await removeStoredFiles(created);
        throw error;
      }
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
