// Handlers for the newsroom library's settings and passages: the connection saved in Preferences (the password kept
// by the secret store, never in the settings file or a reply), a connection test, saving (searches reconnect at once)
// and disconnecting, and attaching a newsroom passage to a claim as a self-contained copy in the project. Each method
// returns a Result; none throws.
import { fail, ok } from '../../shared/api/result';
import type { Result } from '../../shared/api/result';
import type { InputOf } from '../../shared/api/contract';
import { NEWSROOM_SOURCE_LIMIT } from '../../shared/api/newsroom';
import type { NewsroomReplies, NewsroomSettings, NewsroomSettingsView } from '../../shared/api/newsroom';
import type { NewHistoryEntry, SourceLink } from '../../shared/model/claim';
import type { Passage, Source } from '../../shared/model/source';
import { replaceSource } from '../storage/library-store';
import { connectionProblem, settingsUrl, sslFor, testConnection } from '../storage/newsroom-connection';
import { NewsroomLibrary, describeUrl } from '../storage/newsroom-library';
import type { NewsroomConnection } from '../storage/newsroom-library';
import type { SecretStore } from '../storage/secret-store';
import { tiedAlready } from './link-handlers';
import type { HandlerContext } from './handler-context';

type NewsroomMethods = keyof NewsroomReplies;
export type NewsroomApi = { [K in NewsroomMethods]: (input: InputOf<K>) => Promise<Result<NewsroomReplies[K]>> };

/**
 * The newsroom library searches ask: FACTDESK_LIBRARY_URL when it is set (it wins), else the settings saved in
 * Preferences with the secret store's password, else none. Built on first use and again after a save or disconnect.
 */
export class NewsroomLink {
  private pending: Promise<NewsroomLibrary | null> | null = null;

  constructor(
    private readonly ctx: HandlerContext,
    readonly secrets: SecretStore,
    private readonly fromEnv: NewsroomConnection | null,
    private readonly options: { connectTimeoutMs?: number; queryTimeoutMs?: number } = {},
  ) {}

  /** Whether FACTDESK_LIBRARY_URL decides the connection (the Preferences settings are then not used). */
  get environment(): string | null {
    return this.fromEnv ? describeUrl(this.fromEnv.url) : null;
  }

  /** The library searches ask now, or null when none is set up. */
  current(): Promise<NewsroomLibrary | null> {
    return (this.pending ??= this.build());
  }

  private async build(): Promise<NewsroomLibrary | null> {
    if (this.fromEnv) return new NewsroomLibrary(this.fromEnv, this.options);
    const settings = (await this.ctx.settings()).get().newsroom;
    if (!settings) return null;
    const ssl = await sslFor(settings);
    const password = await this.secrets.get();
    return new NewsroomLibrary(
      {
        url: settingsUrl(settings),
        ...(password !== undefined ? { password } : {}),
        // A CA file that cannot be read still asks for a checked certificate: the search then says it is offline.
        ssl: ssl.ok ? ssl.value : { rejectUnauthorized: true },
      },
      this.options,
    );
  }

  /** Closes the current connection; the next search builds it from the settings as they are then. */
  async reconnect(): Promise<void> {
    const old = this.pending;
    this.pending = null;
    const library = await old?.catch(() => null);
    await library?.close();
  }

  async close(): Promise<void> {
    const library = await this.pending?.catch(() => null);
    await library?.close();
  }
}

/** "newsroom:12:3" as its source number and passage number. */
function parsePassageId(passageId: string): { source: string; n: number } | null {
  const m = /^newsroom:(\d+):(\d+)$/.exec(passageId);
  return m?.[1] && m[2] ? { source: m[1], n: Number(m[2]) } : null;
}

export function newsroomMethods(ctx: HandlerContext, link: NewsroomLink): NewsroomApi {
  const secrets = link.secrets;

  async function view(): Promise<NewsroomSettingsView> {
    const info = await secrets.info();
    const library = await link.current();
    return {
      settings: (await ctx.settings()).get().newsroom ?? null,
      environment: link.environment,
      password: { saved: (await secrets.get()) !== undefined, ...info },
      connectedTo: library?.where ?? null,
    };
  }

  /** Tells every open project's search to ask again (the renderer reloads its search mode on libraryChanged). */
  function announce(): void {
    for (const projectId of ctx.sessions.keys()) ctx.deps.emit('libraryChanged', { projectId });
  }

  /**
   * Runs a step and answers its Result (the newsroom library answers its refusals as values); what is still thrown
   * (a bug) is answered as one sentence without any secret.
   */
  async function guarded<T>(secret: string | undefined, step: () => Promise<Result<T>>): Promise<Result<T>> {
    try {
      return await step();
    } catch (error) {
      const text = connectionProblem(error, 'the newsroom library', null, [secret]);
      return fail('internal', `Something unexpected went wrong with the newsroom library: ${text}`);
    }
  }

  return {
    getNewsroomSettings: () => guarded(undefined, async () => ok(await view())),

    testNewsroomConnection: ({ settings, password }) =>
      guarded(password, async () => testConnection(settings, password ?? (await secrets.get()))),

    saveNewsroomSettings: ({ settings, password }) =>
      guarded(password, async () => {
        const ssl = await sslFor(settings);
        if (!ssl.ok) return ssl;
        if (password !== undefined) {
          const kept = await secrets.set(password);
          if (!kept.ok) return kept;
        }
        const store = await ctx.settings();
        const saved: NewsroomSettings = { ...settings, caFile: settings.tls === 'verify' ? settings.caFile : null };
        await store.update((s) => ({ ...s, newsroom: saved }));
        await link.reconnect();
        announce();
        return ok(await view());
      }),

    disconnectNewsroom: () =>
      guarded(undefined, async () => {
        const store = await ctx.settings();
        await store.update((s) => ({ ...s, newsroom: null }));
        const cleared = await secrets.clear();
        if (!cleared.ok) return cleared;
        await link.reconnect();
        announce();
        return ok(await view());
      }),

    getNewsroomSource: ({ sourceId }) =>
      guarded(undefined, async () => {
        const library = await link.current();
        if (!library) {
          return fail('not-found', 'No newsroom library is connected, so its source cannot be opened.');
        }
        const read = await library.source(sourceId.slice('newsroom:'.length), NEWSROOM_SOURCE_LIMIT);
        if (!read.ok) return read;
        const found = read.value;
        if (!found) return fail('not-found', `That source is no longer in the newsroom library at ${library.where}.`);
        const { contentHash: _hash, tags: _tags, ...source } = found.source;
        void _hash;
        void _tags;
        return ok({
          source,
          passages: found.passages.map((p) => ({
            passageId: `${found.source.id}:${p.n}`,
            pinpoint: p.pinpoint,
            speaker: p.speaker,
            date: p.date,
            text: p.text,
          })),
        });
      }),

    attachNewsroomPassage: ({ projectId, claimId, passageId, relation, pinpoint, note }) =>
      guarded(undefined, async () => {
        const opened = ctx.session(projectId);
        if (!opened.ok) return opened;
        const session = opened.value;
        if (session.readOnly) {
          return fail('read-only', 'This project is open read-only, so nothing can be attached to its claims.');
        }
        if (!session.doc.claims.some((c) => c.id === claimId)) {
          return fail('not-found', 'That claim no longer exists in this project.');
        }
        const where = parsePassageId(passageId);
        const library = await link.current();
        if (!where || !library) {
          return fail(
            'not-found',
            'No newsroom library is connected, so its passage cannot be attached: set one up in Preferences.',
          );
        }
        const read = await library.passage(where.source, where.n);
        if (!read.ok) return read;
        const found = read.value;
        if (!found) {
          return fail('not-found', `That passage is no longer in the newsroom library at ${library.where}.`);
        }
        const by = await ctx.userName();
        const now = ctx.deps.now();
        const { source: theirs, passage: p } = found;
        // One copy per newsroom source and content: a second passage of it joins the copy made for the first.
        const existing = session.doc.sources.find(
          (s) => s.fromNewsroom?.id === theirs.id && s.fromNewsroom.contentHash === theirs.contentHash,
        );
        const source: Source = existing ?? {
          id: ctx.deps.newId(),
          type: theirs.type,
          title: theirs.title,
          speakers: theirs.speakers,
          date: theirs.date,
          url: theirs.url,
          notes: '',
          confidential: false,
          tags: theirs.tags,
          originalFile: null,
          textFile: null,
          contentHash: theirs.contentHash,
          addedAt: now,
          addedBy: by,
          passageCount: theirs.passageCount,
          fromNewsroom: { id: theirs.id, contentHash: theirs.contentHash, server: library.where },
        };
        const passage: Passage = {
          id: `${source.id}:${p.n}`,
          sourceId: source.id,
          index: p.n,
          text: p.text,
          speaker: p.speaker,
          pinpoint: { label: p.pinpoint },
          start: 0,
          end: p.text.length,
          date: p.date,
          tags: p.tags,
        };
        const link_: SourceLink = {
          id: ctx.deps.newId(),
          sourceId: source.id,
          passageId: passage.id,
          relation,
          pinpoint: pinpoint ?? p.pinpoint,
          note: note ?? '',
          quotedText: p.text,
          addedAt: now,
          addedBy: by,
        };
        const applied = session.update((doc) => {
          const target = doc.claims.find((c) => c.id === claimId);
          const refused = target ? tiedAlready(target, link_, `${source.title} (newsroom library)`) : null;
          if (refused) return refused;
          const sources = existing ? doc.sources : replaceSource(doc.sources, source);
          const passages = doc.passages.some((x) => x.id === passage.id) ? doc.passages : [...doc.passages, passage];
          return ok({
            ...doc,
            sources,
            passages,
            claims: doc.claims.map((claim) =>
              claim.id !== claimId
                ? claim
                : {
                    ...claim,
                    links: [...claim.links, link_],
                    updatedAt: now,
                    updatedBy: by,
                    history: [
                      ...claim.history,
                      {
                        at: now,
                        by,
                        action: 'linked',
                        field: 'sources',
                        from: null,
                        to: `${relation}: ${source.title} (newsroom library)${link_.pinpoint ? ` (${link_.pinpoint})` : ''}`,
                      } satisfies NewHistoryEntry,
                    ],
                  },
            ),
          });
        });
        if (!applied.ok) return applied;
        const recorded = await ctx.record(
          projectId,
          'claim.linked',
          { relation, source: source.title, library: 'newsroom', newsroomSource: theirs.id },
          claimId,
        );
        if (!recorded.ok) return recorded;
        ctx.deps.emit('libraryChanged', { projectId });
        return ctx.changed(projectId);
      }),
  };
}
