// The quote-library commands of the factdesk CLI: add-source (to a project, the personal library or the newsroom
// library), search and attach.
import { readFile } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { fail, ok } from '../../shared/api/result';
import type { Result } from '../../shared/api/result';
import { LINK_RELATIONS } from '../../shared/model/claim';
import type { LinkRelation } from '../../shared/model/claim';
import { SOURCE_TYPES, isWebAddress } from '../../shared/model/source';
import type { SourceType } from '../../shared/model/source';
import { checkRecordingFile } from '../importers/sources/recording';
import type { SourceView } from '../../shared/api/views';
import { UsageError, stringFlag } from './args';
import type { ParsedArgs } from './args';
import { printJson } from './context';
import type { CliContext } from './context';
import { withProject } from './project-commands';
import { parseSource } from '../importers/sources/parse-source';
import { NewsroomLibrary, newsroomFromEnv } from '../storage/newsroom-library';
import type { CliCommand } from './project-commands';

function guessType(file: string): SourceType {
  const ext = extname(file).toLowerCase();
  if (ext === '.srt' || ext === '.vtt') return 'broadcast';
  if (['.csv', '.tsv', '.json', '.jsonl'].includes(ext)) return 'quote-list';
  if (ext === '.html' || ext === '.htm') return 'web-page';
  if (ext === '.pdf') return 'document';
  return 'interview';
}

function meta(args: ParsedArgs, file: string) {
  const type = stringFlag(args, 'type') ?? guessType(file);
  if (!(SOURCE_TYPES as readonly string[]).includes(type))
    throw new UsageError(`--type must be one of ${SOURCE_TYPES.join(', ')}.`);
  const date = stringFlag(args, 'date') ?? null;
  if (date && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date)) throw new UsageError('--date must look like 2024-03-05.');
  const url = stringFlag(args, 'url') ?? null;
  if (url !== null && !isWebAddress(url)) {
    throw new UsageError('--url must be a web address that starts with https:// or http://.');
  }
  const speakers = (stringFlag(args, 'speaker') ?? '').split(/\s*;\s*/).filter(Boolean);
  const title = stringFlag(args, 'title');
  return {
    // Without --title, the title found in the file (a PDF's, a page's, a document's first heading; else the file name),
    // as the app's Add source dialog suggests it.
    ...(title !== undefined ? { title } : {}),
    type: type as SourceType,
    speakers,
    date,
    url,
    notes: stringFlag(args, 'notes') ?? '',
    confidential: args.flags.has('confidential'),
    tags: (stringFlag(args, 'tags') ?? '').split(/\s*[;,]\s*/).filter(Boolean),
  };
}

/**
 * Adds the transcript, then (with --recording) attaches its recording: the recording is checked first (kind, first
 * bytes, size), so a refused recording adds nothing; should attaching still fail, the new source is removed again.
 */
async function addWithRecording(
  ctx: CliContext,
  projectId: string,
  add: () => Promise<Result<{ source: SourceView }>>,
  recording: string | undefined,
): Promise<Result<{ source: SourceView }>> {
  if (recording === undefined) return add();
  const path = resolve(ctx.io.cwd, recording);
  const playable = await checkRecordingFile(path);
  if (!playable.ok) return playable;
  const added = await add();
  if (!added.ok) return added;
  const place = { projectId, library: 'project' as const, sourceId: added.value.source.id };
  const attached = await ctx.handlers.attachRecording({ ...place, file: { kind: 'path', path } });
  if (!attached.ok) await ctx.handlers.removeSource(place);
  return attached.ok ? ok({ source: attached.value }) : attached;
}

/**
 * Adds a file to the newsroom library (FACTDESK_LIBRARY_URL): read and split here, then sent through COPY in one
 * transaction, with progress lines on stderr. A confidential source is refused before anything is read or sent.
 */
async function addToNewsroom(args: ParsedArgs, ctx: CliContext, file: string): Promise<Result<number>> {
  const m = meta(args, file);
  const name = basename(file);
  if (m.confidential) {
    return fail(
      'invalid-input',
      `${name} is marked confidential, and a confidential source never goes to the newsroom library: nothing was sent. Add it to a project or your personal library instead.`,
    );
  }
  const connection = newsroomFromEnv(ctx.io.env);
  if (!connection) {
    return fail(
      'invalid-input',
      'No newsroom library is set up on this computer: set FACTDESK_LIBRARY_URL to its address (postgres://you@host:5432/factdesk) and PGPASSWORD to your password.',
    );
  }
  const path = resolve(ctx.io.cwd, file);
  const read = await readFile(path).then(ok, (error: NodeJS.ErrnoException) =>
    fail(
      'not-found',
      error.code === 'EISDIR' ? `${file} is a folder, not a source file.` : `${file} cannot be read (${error.code}).`,
    ),
  );
  if (!read.ok) return read;
  const bytes = read.value;
  const split = await parseSource({ bytes, fileName: name });
  if (!split.ok) return split;
  const parsed = split.value;
  const title = m.title ?? parsed.suggestedTitle;
  const passages = parsed.passages.map((p) => ({
    text: p.text,
    pinpoint: p.pinpoint.label,
    speaker: p.speaker,
    date: p.date ?? null,
    tags: p.tags ?? [],
  }));
  const library = new NewsroomLibrary(connection, { queryTimeoutMs: 10 * 60_000 });
  try {
    const speakers = m.speakers.length ? m.speakers : parsed.speakers;
    ctx.io.err(`Sending ${passages.length} passages of "${title}" to the newsroom library at ${library.where}\n`);
    const sent = await library.importSource(
      { title, type: m.type, speakers, date: m.date, url: m.url, tags: m.tags, confidential: false },
      passages,
      (done, total) => ctx.io.err(`  ${done} of ${total} passages sent\n`),
    );
    if (!sent.ok) return sent;
    const result = sent.value;
    if (args.flags.has('json')) {
      printJson(ctx.io, {
        source: {
          id: result.id,
          title,
          passages: passages.length,
          library: 'newsroom',
          existed: result.existed,
        },
      });
    } else if (result.existed) {
      ctx.io.out(`"${title}" is already in the newsroom library as ${result.id}; nothing was added.\n`);
    } else {
      ctx.io.out(`Added "${title}" (${passages.length} passages) to the newsroom library as ${result.id}\n`);
    }
    return ok(0);
  } finally {
    await library.close();
  }
}

async function addSourceRun(args: ParsedArgs, ctx: CliContext, usage: string): Promise<Result<number>> {
  const library = stringFlag(args, 'library');
  const newsroom = stringFlag(args, 'newsroom');
  const [first, second] = args.positional;
  if (newsroom && (first || library)) {
    throw new UsageError('Give either a project and a file, --library and a file, or --newsroom and a file.');
  }
  if (newsroom && stringFlag(args, 'recording') !== undefined) {
    throw new UsageError('--recording keeps the recording in a project: give a project and a file, not --newsroom.');
  }
  if (newsroom) return addToNewsroom(args, ctx, newsroom);
  if (library && first) throw new UsageError('Give either a project and a file, or --library and a file, not both.');
  const file = library ?? second;
  if (!file || (!library && !first)) throw new UsageError(`Usage: factdesk ${usage}`);
  const source = { kind: 'path' as const, path: resolve(ctx.io.cwd, file) };
  const m = meta(args, file);
  const recording = stringFlag(args, 'recording');
  const report = (reply: Result<{ source: SourceView }>): Result<number> => {
    if (!reply.ok) return reply;
    const result = reply.value;
    const rec = result.source.recording;
    if (args.flags.has('json'))
      printJson(ctx.io, {
        source: { id: result.source.id, title: result.source.title, passages: result.source.passageCount },
        ...(rec ? { recording: rec } : {}),
      });
    else {
      ctx.io.out(`Added "${result.source.title}" (${result.source.passageCount} passages) as ${result.source.id}\n`);
      if (rec) ctx.io.out(`Attached the recording ${rec.file} (${rec.mediaType}, ${rec.bytes} bytes)\n`);
    }
    return ok(0);
  };
  if (library && recording !== undefined) {
    throw new UsageError('--recording keeps the recording in a project: give a project and a file, not --library.');
  }
  if (library) return report(await ctx.handlers.addSource({ library: 'personal', file: source, meta: m }));
  return withProject(ctx, first!, { write: true }, async (view) =>
    report(
      await addWithRecording(
        ctx,
        view.projectId,
        () => ctx.handlers.addSource({ projectId: view.projectId, library: 'project', file: source, meta: m }),
        recording,
      ),
    ),
  );
}

export const libraryCommands: CliCommand[] = [
  {
    name: 'add-source',
    usage:
      'add-source <project> <file> | --library <file> | --newsroom <file>  [--type T] [--title T] [--speaker "A; B"] [--date D] [--url U] [--tags "a;b"] [--confidential] [--recording <audio or video>] [--json]',
    summary:
      "Add a transcript, subtitles, document or quote list to a project, your personal library or the newsroom's (with --recording, a transcript and its recording in one step)",
    valueFlags: ['type', 'date', 'speaker', 'title', 'url', 'notes', 'tags', 'library', 'recording', 'newsroom'],
    booleanFlags: ['json', 'confidential'],
    run(args, ctx) {
      return addSourceRun(args, ctx, this.usage);
    },
  },
  {
    name: 'add-url',
    usage: 'add-url <project> <https://...> [--title T] [--json]',
    summary: 'Fetch a web page now, keep a snapshot of it (HTML, text, time, SHA-256) and add its text as a source',
    valueFlags: ['title'],
    booleanFlags: ['json'],
    async run(args, ctx) {
      const [path, url] = args.positional;
      if (!path || !url) throw new UsageError(`Usage: factdesk ${this.usage}`);
      if (!isWebAddress(url)) throw new UsageError('The address must start with https:// or http://.');
      const title = stringFlag(args, 'title');
      return withProject(ctx, path, { write: true }, async (view) => {
        const added = await ctx.handlers.addWebPage({ projectId: view.projectId, url, ...(title ? { title } : {}) });
        if (!added.ok) return added;
        const { source } = added.value;
        const snap = source.snapshot!;
        if (args.flags.has('json')) {
          printJson(ctx.io, {
            source: { id: source.id, title: source.title, passages: source.passageCount, snapshot: snap },
          });
        } else {
          ctx.io.out(
            `Added "${source.title}" (${source.passageCount} passages) as ${source.id}\n` +
              `  from ${snap.finalUrl}, fetched ${snap.fetchedAt}, SHA-256 ${snap.sha256}\n`,
          );
        }
        return ok(0);
      });
    },
  },
  {
    name: 'attach-recording',
    usage: 'attach-recording <project> <source-id> <recording> [--json]',
    summary: 'Keep an interview or broadcast recording (MP3, M4A, MP4, WAV, Ogg, Opus, WebM) beside its transcript',
    valueFlags: [],
    booleanFlags: ['json'],
    async run(args, ctx) {
      const [path, sourceId, file] = args.positional;
      if (!path || !sourceId || !file) throw new UsageError(`Usage: factdesk ${this.usage}`);
      return withProject(ctx, path, { write: true }, async (view) => {
        const attached = await ctx.handlers.attachRecording({
          projectId: view.projectId,
          library: 'project',
          sourceId,
          file: { kind: 'path', path: resolve(ctx.io.cwd, file) },
        });
        if (!attached.ok) return attached;
        const source = attached.value;
        const rec = source.recording!;
        if (args.flags.has('json'))
          printJson(ctx.io, { source: { id: source.id, title: source.title }, recording: rec });
        else
          ctx.io.out(
            `Attached the recording ${rec.file} (${rec.mediaType}, ${rec.bytes} bytes) to "${source.title}"\n`,
          );
        return ok(0);
      });
    },
  },
  {
    name: 'search',
    usage: 'search <project> "<query>" [--json] [--limit N]',
    summary:
      "Search the project's sources, your personal library and the newsroom library (typos and any word order are fine)",
    valueFlags: ['limit'],
    booleanFlags: ['json'],
    async run(args, ctx) {
      const [path, query] = args.positional;
      if (!path || query === undefined) throw new UsageError(`Usage: factdesk ${this.usage}`);
      const limit = Number(stringFlag(args, 'limit') ?? 10);
      if (!Number.isInteger(limit) || limit < 1 || limit > 500)
        throw new UsageError('--limit must be a number from 1 to 500.');
      return withProject(ctx, path, { write: false }, async (view) => {
        const found = await ctx.handlers.searchLibrary({ projectId: view.projectId, query, limit });
        if (!found.ok) return found;
        const { hits, newsroom } = found.value;
        // An unreachable newsroom library is not a failure: the local results come back, with one line saying so.
        if (newsroom?.status === 'offline') {
          ctx.io.err(
            `factdesk: Newsroom library offline, so these are this computer's results only. ${newsroom.message}\n`,
          );
        }
        if (args.flags.has('json')) {
          printJson(ctx.io, {
            results: hits.map((h) => ({
              passageId: h.passageId,
              sourceId: h.sourceId,
              sourceTitle: h.sourceTitle,
              speaker: h.speaker,
              text: h.text,
              pinpoint: h.pinpoint,
              score: h.score,
              library: h.library,
            })),
            newsroom: newsroom?.status ?? null,
          });
        } else if (hits.length === 0) ctx.io.out('Nothing found.\n');
        else {
          const where = (h: (typeof hits)[number]): string => (h.library === 'newsroom' ? ' [newsroom]' : '');
          ctx.io.out(
            `${hits.map((h, i) => `${String(i + 1).padStart(3)}. ${h.sourceTitle}${where(h)}${h.pinpoint ? ` @ ${h.pinpoint}` : ''}${h.speaker ? ` (${h.speaker})` : ''}\n     ${h.text.replace(/\s+/g, ' ')}\n     ${h.passageId}`).join('\n')}\n`,
          );
        }
        return ok(0);
      });
    },
  },
  {
    name: 'attach',
    usage:
      'attach <project> <claim-id> <passage-id or source-id> [--relation supports|contradicts|context] [--pinpoint P] [--note N]',
    summary: 'Tie a passage or a whole source to a claim',
    valueFlags: ['relation', 'pinpoint', 'note'],
    booleanFlags: ['json'],
    async run(args, ctx) {
      const [path, claimId, target] = args.positional;
      if (!path || !claimId || !target) throw new UsageError(`Usage: factdesk ${this.usage}`);
      const relation = stringFlag(args, 'relation') ?? 'supports';
      if (!(LINK_RELATIONS as readonly string[]).includes(relation))
        throw new UsageError(`--relation must be ${LINK_RELATIONS.join(', ')}.`);
      return withProject(ctx, path, { write: true }, async (view) => {
        const listed = await ctx.handlers.listSources({ projectId: view.projectId });
        if (!listed.ok) return listed;
        const sources = listed.value.sources;
        const bySource = sources.find((s) => s.id === target);
        const byPassage = bySource ? undefined : sources.find((s) => target.startsWith(`${s.id}:`));
        const source = bySource ?? byPassage;
        if (!source)
          return fail(
            'not-found',
            `"${target}" is neither a source nor a passage in ${view.title} or your personal library.`,
          );
        const attached = await ctx.handlers.attachSource({
          projectId: view.projectId,
          claimId,
          library: source.library,
          sourceId: source.id,
          passageId: byPassage ? target : null,
          relation: relation as LinkRelation,
          ...(stringFlag(args, 'pinpoint') !== undefined ? { pinpoint: stringFlag(args, 'pinpoint') } : {}),
          ...(stringFlag(args, 'note') !== undefined ? { note: stringFlag(args, 'note') } : {}),
        });
        if (!attached.ok) return attached;
        const next = attached.value;
        const link = next.claims.find((c) => c.id === claimId)?.links.at(-1);
        ctx.io.out(
          `Attached "${source.title}"${link?.pinpoint ? ` at ${link.pinpoint}` : ''} to the claim as ${relation}.\n`,
        );
        return ok(0);
      });
    },
  },
];
