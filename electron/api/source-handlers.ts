// Handlers for sources: preview and add (project or personal library, with progress and cancel), list, view, edit
// and remove.
import { basename, extname } from 'node:path';
import { fail, ok } from '../../shared/api/result';
import type { Result } from '../../shared/api/result';
import type { LibraryName, SourceView } from '../../shared/api/views';
import type { Source } from '../../shared/model/source';
import type { ImportFile } from '../importers/sources/import-worker';
import { startImport } from '../importers/sources/run-import';
import { removeStoredFiles, storeOriginalFile } from '../importers/sources/store-files';
import { fetchWebPage } from '../importers/sources/web-fetch';
import { decodePage, extractReadable } from '../importers/sources/web-readable';
import { readRecordingFile, storeRecording } from '../importers/sources/recording';
import { displayName } from '../importers/draft-result';
import { importReply } from './handler-context';
import type { HandlerContext, Impl } from './handler-context';
import { putSource, removeUnusedFiles } from './same-content';
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

/** What the source handlers ask of a project's shared story; a project nobody shares has none of either. */
export interface SourceStory {
  /** The sentences for those of its files (names under sources/) the story holds that are still arriving here. */
  arriving(projectId: string, names: readonly (string | null | undefined)[]): { file: string; sentence: string }[];
  /** Whether the project's folder syncs a shared story (shared now or before). */
  shared(projectId: string): boolean;
}

export function sourceMethods(
  ctx: HandlerContext,
  catalog: SourceCatalog,
  indexes: LiveIndexes,
  story: SourceStory = { arriving: () => [], shared: () => false },
): Impl<SourceMethods> {
  const tasks = new Map<string, () => void>();
  const limits = ctx.deps.sourceLimits;

  /**
   * Saves a source in its library (recorded in the project's activity log) and tells the window the libraries changed.
   * A file being added (`fileName`) whose content is already a source there is refused ('file-exists'), saving nothing.
   */
  async function commit(projectId: string | undefined, library: LibraryName, source: Source, fileName?: string) {
    if (library === 'project' && !projectId) return fail('invalid-input', 'Say which project the source belongs to.');
    if (library === 'project' && projectId) {
      const saved = ctx.update(projectId, (doc) => putSource(doc, source, library, fileName));
      if (!saved.ok) return saved;
      const recorded = await ctx.record(projectId, 'source.saved', {
        source: source.confidential ? 'confidential source' : source.title,
      });
      if (!recorded.ok) return recorded;
    } else {
      const saved = await catalog.personal().change((doc) => putSource(doc, source, library, fileName));
      if (!saved.ok) return saved;
    }
    if (projectId) ctx.deps.emit('libraryChanged', { projectId });
    return ok(null);
  }

  /** Refuses a change to a read-only project with `sentence`; a closed project is refused as such. */
  function writable(projectId: string, sentence: string): Result<null> {
    const session = ctx.session(projectId);
    if (!session.ok) return session;
    return session.value.readOnly ? fail('read-only', sentence) : ok(null);
  }

  return {
    previewSource: async ({ projectId, file, encoding }) => {
      const session = ctx.session(projectId);
      if (!session.ok) return session;
      const run = startImport({
        file: importFile(file),
        ...(encoding ? { encoding } : {}),
        ...(limits ? { limits } : {}),
      });
      const read = importReply(await run.result);
      if (!read.ok) return read;
      const p = read.value.parsed;
      return ok({
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
      });
    },
    addSource: async ({ projectId, library, file, encoding, mapping, meta, taskId }) => {
      if (projectId) {
        const session = ctx.session(projectId);
        if (!session.ok) return session;
      }
      if (library === 'project' && !projectId) return fail('invalid-input', 'Say which project the source belongs to.');
      if (library === 'project' && projectId) {
        const allowed = writable(projectId, 'This project is read-only, so no source can be added to it.');
        if (!allowed.ok) return allowed;
      }
      const folder = library === 'personal' ? ok(catalog.personal().folder) : catalog.folderFor(projectId!, library);
      if (!folder.ok) return folder;
      const path = file.kind === 'path' ? file.path : file.fileName;
      const id = ctx.deps.newId();
      const label = `Reading ${meta.title ?? displayName(path)}`;
      const run = startImport(
        {
          file: importFile(file),
          ...(encoding ? { encoding } : {}),
          ...(mapping ? { mapping } : {}),
          ...(limits ? { limits } : {}),
          store: {
            folder: folder.value,
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
        const imported = importReply(await run.result);
        if (!imported.ok) return imported;
        const { parsed: p, stored, segment } = imported.value;
        const title = meta.title ?? p.suggestedTitle; // none given: the file's own, as the preview suggests it
        if (!stored) return fail('internal', `Factdesk could not save ${title}.`);
        if (cancelled) {
          await removeStoredFiles(stored.created);
          return fail('cancelled', `Adding ${title} was cancelled; nothing was added.`);
        }
        if (taskId) tasks.delete(taskId);
        const source: Source = {
          id,
          ...meta,
          title,
          speakers: meta.speakers.length ? meta.speakers : p.speakers,
          originalFile: stored.originalFile,
          textFile: stored.textFile,
          contentHash: stored.contentHash,
          passageCount: p.passageCount,
          addedAt: ctx.deps.now(),
          addedBy: await ctx.userName(),
        };
        const saved = projectId
          ? await indexes.addSource(projectId, segment, () => commit(projectId, library, source, path))
          : await commit(projectId, library, source, path);
        if (!saved.ok) {
          const sources = saved.error.code === 'file-exists' ? await catalog.sources(projectId ?? '', library) : null;
          if (sources?.ok) await removeUnusedFiles(folder.value, stored.created, sources.value);
          return saved;
        }
        const view: SourceView = { ...source, library };
        if (!projectId) return ok({ source: view, view: null });
        const after = ctx.changed(projectId);
        return after.ok ? ok({ source: view, view: after.value }) : after;
      } finally {
        if (taskId) tasks.delete(taskId);
      }
    },
    addWebPage: async ({ projectId, url, title, taskId }) => {
      const allowed = writable(projectId, 'This project is read-only, so no source can be added to it.');
      if (!allowed.ok) return allowed;
      const folderFound = catalog.folderFor(projectId, 'project');
      if (!folderFound.ok) return folderFound;
      const folder = folderFound.value;
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
      /** A refusal midway: the files this add wrote so far are removed first. */
      const refuse = async (refusal: Result<never>) => {
        await removeStoredFiles(created);
        return refusal;
      };
      try {
        progress(0, `Fetching ${url}`);
        const fetched = await fetchWebPage(url, {
          signal: controller.signal,
          now: ctx.deps.now,
          ...(ctx.deps.webFetchLimits ? { limits: ctx.deps.webFetchLimits } : {}),
        });
        if (!fetched.ok) return await refuse(fetched);
        const page = fetched.value;
        progress(1, `Reading ${page.finalUrl}`);
        const decoded = decodePage(page.bytes, page.charset);
        const readable =
          page.contentType === 'text/plain'
            ? ok(decoded.trim() ? { title: page.finalUrl, text: decoded } : null)
            : extractReadable(decoded, page.finalUrl);
        if (!readable.ok) return await refuse(readable);
        if (!readable.value) {
          return await refuse(fail('invalid-file', `The page at ${page.finalUrl} is empty, so nothing was added.`));
        }
        const snapshotFile = await storeOriginalFile(
          folder,
          page.bytes,
          page.contentType === 'text/plain' ? 'txt' : 'html',
        );
        if (!snapshotFile.ok) return await refuse(snapshotFile);
        const snapshot = snapshotFile.value;
        created.push(...snapshot.created);
        const id = ctx.deps.newId();
        const name = title ?? readable.value.title;
        const run = startImport(
          {
            file: { kind: 'bytes', fileName: 'page.txt', bytes: new TextEncoder().encode(readable.value.text) },
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
        const imported = importReply(await run.result);
        if (!imported.ok) return await refuse(imported);
        const { parsed: p, stored, segment } = imported.value;
        if (!stored) return await refuse(fail('internal', `Factdesk could not save the page at ${url}.`));
        created.push(...stored.created);
        if (cancelled) return await refuse(fail('cancelled', `Adding ${url} was cancelled; nothing was added.`));
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
          originalFile: snapshot.file,
          textFile: stored.textFile,
          contentHash: snapshot.sha256,
          passageCount: p.passageCount,
          addedAt: ctx.deps.now(),
          addedBy: await ctx.userName(),
          snapshot: {
            requestedUrl: page.requestedUrl,
            finalUrl: page.finalUrl,
            fetchedAt: page.fetchedAt,
            sha256: snapshot.sha256,
            htmlFile: snapshot.file,
            bytes: page.bytes.byteLength,
            contentType: page.contentType,
          },
        };
        const saved = await indexes.addSource(projectId, segment, () => commit(projectId, 'project', source));
        if (!saved.ok) return await refuse(saved);
        progress(3, `Added ${name}`);
        const view = ctx.changed(projectId);
        return view.ok ? ok({ source: { ...source, library: 'project' as const }, view: view.value }) : view;
      } catch (error) {
        await removeStoredFiles(created);
        throw error;
      } finally {
        if (taskId) tasks.delete(taskId);
      }
    },
    cancelTask: async ({ taskId }) => {
      tasks.get(taskId)?.();
      return ok(null);
    },
    listSources: async ({ projectId }) => {
      const sources = await catalog.list(projectId);
      return sources.ok ? ok({ sources: sources.value }) : sources;
    },
    getSource: async ({ projectId, library, sourceId }) => {
      const source = await catalog.find(projectId, library, sourceId);
      if (!source.ok) return source;
      const s = source.value;
      // A shared story's source whose files are still arriving opens with a sentence saying so, not a missing file.
      const text = s.textFile ? [s.textFile, s.textFile.replace(/\.txt$/, '.passages.json')] : [];
      const arriving =
        library === 'project' ? story.arriving(projectId, [s.originalFile, ...text, s.recording?.file]) : [];
      const textArriving = library === 'project' && story.arriving(projectId, text).length > 0;
      const passages = textArriving ? ok([]) : await catalog.passages(projectId, library, s);
      if (!passages.ok) return passages;
      return ok({ source: s, passages: passages.value, ...(arriving.length > 0 ? { arriving } : {}) });
    },
    updateSource: async ({ projectId, library, sourceId, meta }) => {
      const found = await catalog.find(projectId, library, sourceId);
      if (!found.ok) return found;
      const { library: _lib, ...current } = found.value;
      void _lib;
      const next: Source = { ...current, ...meta };
      // What the team already has cannot be taken back from their computers by a flag set here.
      if (library === 'project' && projectId && next.confidential && !current.confidential && story.shared(projectId)) {
        return fail(
          'shared-story',
          `"${current.title}" is already shared with the story's team, on the story server and on their computers, so marking it confidential now would not take it back; Factdesk leaves it shared. A source that must stay on this computer is added as confidential from the start.`,
        );
      }
      const saved = await commit(projectId, library, next);
      if (!saved.ok) return saved;
      const view = ctx.changed(projectId);
      return view.ok ? ok({ ...next, library }) : view;
    },
    attachRecording: async ({ projectId, library, sourceId, file }) => {
      const found = await catalog.find(projectId, library, sourceId);
      if (!found.ok) return found;
      const { library: _lib, ...current } = found.value;
      void _lib;
      if (library === 'project') {
        const allowed = writable(projectId, 'This project is read-only, so no recording can be attached to it.');
        if (!allowed.ok) return allowed;
      }
      const name = file.kind === 'path' ? basename(file.path) : file.fileName;
      const read =
        file.kind === 'path' ? await readRecordingFile(file.path, name) : ok(Buffer.from(file.base64, 'base64'));
      if (!read.ok) return read;
      const folder = catalog.folderFor(projectId, library);
      if (!folder.ok) return folder;
      const stored = await storeRecording(folder.value, name, new Uint8Array(read.value));
      if (!stored.ok) return stored;
      const { recording, created } = stored.value;
      const next: Source = { ...current, recording };
      const saved = await commit(projectId, library, next).catch(async (error: unknown) => {
        await removeStoredFiles(created);
        throw error;
      });
      if (!saved.ok) {
        await removeStoredFiles(created);
        return saved;
      }
      const view = ctx.changed(projectId);
      return view.ok ? ok({ ...next, library }) : view;
    },
    removeSource: async ({ projectId, library, sourceId }) => {
      const found = await catalog.find(projectId, library, sourceId);
      if (!found.ok) return found;
      const removed =
        library === 'project'
          ? ctx.update(projectId, (doc) => ok({ ...doc, sources: doc.sources.filter((s) => s.id !== sourceId) }))
          : await catalog
              .personal()
              .change((doc) => ok({ ...doc, sources: doc.sources.filter((s) => s.id !== sourceId) }));
      if (!removed.ok) return removed;
      ctx.deps.emit('libraryChanged', { projectId });
      const view = ctx.changed(projectId);
      if (!view.ok) return view;
      const sources = await catalog.list(projectId);
      return sources.ok ? ok({ sources: sources.value }) : sources;
    },
  };
}
