// The newsroom library against a real PostgreSQL (started per file by support/postgres.ts): schema on connect,
// import through COPY, typo-tolerant search with phrases and filters ranked as the engine ranks the whole library
// (with the library-wide counts the import and a removal keep), roles and row-level security, confidential
// sources refused by the server, a newer schema refused, passwords kept out of messages, a killed import.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, createServer } from 'node:net';
import type { Server, Socket } from 'node:net';
import pg from 'pg';
import { NewsroomLibrary, redact } from '../../electron/storage/newsroom-library';
import type { NewsroomPassage, NewsroomSourceMeta } from '../../electron/storage/newsroom-library';
import { MIGRATIONS, SCHEMA_VERSION } from '../../electron/storage/newsroom-schema';
import { passageDoc, searchNewsroom } from '../../electron/storage/newsroom-search';
import { parseQuery } from '../../shared/search/query';
import { runQuery } from '../../shared/search/search';
import type { SearchDoc } from '../../shared/search/search-doc';
import { buildIndex } from '../../shared/search/search-index';
import { generated } from '../fixtures/search/bench-library';
import { value } from '../unit/result-value';
import { startPostgres } from './support/postgres';
import type { TestPostgres } from './support/postgres';

let server: TestPostgres;
const libraries: NewsroomLibrary[] = [];
const open = (user: string, password: string): NewsroomLibrary => {
  const lib = new NewsroomLibrary({ url: server.urlFor(user, '').replace(':@', '@'), password });
  libraries.push(lib);
  return lib;
};

const meta = (title: string, extra: Partial<NewsroomSourceMeta> = {}): NewsroomSourceMeta => ({
  title,
  type: 'speech',
  speakers: ['Frances Perkins'],
  date: '1933-03-04',
  url: null,
  tags: ['labor'],
  confidential: false,
  ...extra,
});

const speech: NewsroomPassage[] = [
  'The only thing we have to fear is fear itself, nameless unreasoning unjustified terror.',
  'Our greatest primary task is to put people to work.',
  'This nation asks for action, and action now.',
  'The money changers have fled from their high seats in the temple of our civilization.',
].map((text, i) => ({ text, pinpoint: `¶ ${i + 1}`, speaker: null, date: null, tags: [] }));

const passage = (text: string): NewsroomPassage => ({ text, pinpoint: '¶ 1', speaker: null, date: null, tags: [] });

/** Every passage of the library as the search sees it (the engine ranks them with no cap on its candidates). */
const everything = async (): Promise<SearchDoc[]> =>
  (
    await server.sql(
      `SELECT p.source_id, p.n, p.pinpoint, p.speaker, p.date, p.tags, p.text, s.title, s.type, s.tags AS stags
         FROM factdesk_passage p JOIN factdesk_source s ON s.id = p.source_id ORDER BY p.source_id, p.n`,
    )
  ).rows.map(passageDoc);

beforeAll(async () => {
  server = await startPostgres();
  await server.sql(`CREATE ROLE fd_admin LOGIN PASSWORD 'admin-secret' CREATEROLE`);
  await server.sql(`GRANT ALL ON DATABASE factdesk TO fd_admin`);
  await server.sql(`GRANT ALL ON SCHEMA public TO fd_admin`);
  // The admin sets the library up (the schema on connect), then the newsroom roles exist.
  const admin = open('fd_admin', 'admin-secret');
  value(await admin.open());
  await server.sql(`GRANT factdesk_admin TO fd_admin`);
  await server.sql(`CREATE ROLE fd_reader LOGIN PASSWORD 'reader-secret' IN ROLE factdesk_reader`);
  await server.sql(`CREATE ROLE fd_writer LOGIN PASSWORD 'writer-secret' IN ROLE factdesk_contributor`);
}, 180_000);

afterAll(async () => {
  for (const lib of libraries) await lib.close();
  await server?.stop();
});

describe('the newsroom library on PostgreSQL', () => {
  it('applies its schema once, on connect, and records the version', async () => {
    const v = await server.sql('SELECT version FROM factdesk_schema');
    expect(v.rows).toEqual([{ version: SCHEMA_VERSION }]);
    value(await open('fd_reader', 'reader-secret').open());
    expect((await server.sql('SELECT count(*)::int AS n FROM factdesk_schema')).rows[0].n).toBe(1);
  });

  it('imports through COPY with progress and finds words with typos, phrases and filters', async () => {
    const writer = open('fd_writer', 'writer-secret');
    const progress: number[] = [];
    const added = value(
      await writer.importSource(meta('First inaugural address'), speech, (done) => progress.push(done)),
    );
    expect(added.existed).toBe(false);
    expect(progress.at(-1)).toBe(4);
    const again = await writer.importSource(meta('First inaugural address'), speech);
    expect(again).toEqual({ ok: true, value: { id: added.id, existed: true } });

    const reader = open('fd_reader', 'reader-secret');
    const search = async (query: string) => value(await reader.search(query));
    const typo = await search('fera itslef');
    expect(typo[0]?.text).toMatch(/fear itself/);
    expect(typo[0]?.library).toBe('newsroom');
    // Two typos in a short word leave few trigrams in common with the word meant (0.17 for these), yet the engine
    // matches them, and so must the newsroom.
    expect((await search('teorrr'))[0]?.pinpoint).toBe('¶ 1');
    const phrase = await search('"action now"');
    expect(phrase.map((r) => r.pinpoint)).toEqual(['¶ 3']);
    expect(await search('"now action"')).toEqual([]);
    expect((await search('temple speaker:perkins type:speech from:1933 to:1933'))[0]?.pinpoint).toBe('¶ 4');
    expect(await search('temple type:interview')).toEqual([]);
    expect(await search('temple to:1932')).toEqual([]);
    // ("people" is within two typos of "temple" and comes second, as it does in a local library.)
    expect((await search('temple tag:lab'))[0]?.pinpoint).toBe('¶ 4');
    expect(await search('temple tag:sports')).toEqual([]);
  });

  it('ranks as the engine does over the whole library, with counts the import and a removal keep', async () => {
    const writer = open('fd_writer', 'writer-secret');
    const docs = generated(400).docs;
    for (const [i, part] of [docs.slice(0, 200), docs.slice(200)].entries()) {
      value(
        await writer.importSource(
          meta(`Archive list ${i + 1}`, { speakers: [], tags: [] }),
          part.map((d) => ({ text: d.text, pinpoint: d.pinpoint, speaker: d.speaker, date: d.date, tags: d.tags })),
        ),
      );
    }
    const index = buildIndex(await everything());
    const reader = open('fd_reader', 'reader-secret');
    for (const query of ['goverment spendng', 'nucelar weapons', 'americn people freedm', 'economic recovry']) {
      const reference = runQuery(index, parseQuery(query, {}), 5, index.docs.length).map((r) => r.doc.id);
      const hits = value(await reader.search(query, { limit: 5 })).map((h) => h.passageId);
      expect(reference, query).toHaveLength(5);
      expect(hits, query).toEqual(reference);
    }

    // The counts the ranking reads: passages per word and in all, kept by the import and by a removal.
    const counts = async (): Promise<unknown> =>
      (
        await server.sql(
          `SELECT (SELECT passages FROM factdesk_stats) = (SELECT count(*) FROM factdesk_passage) AS passages,
                  (SELECT trigrams FROM factdesk_stats) = (SELECT sum(trigrams) FROM factdesk_passage) AS trigrams,
                  (SELECT bool_and(w.passages = (SELECT count(*) FROM factdesk_passage p WHERE p.terms @> ARRAY[w.word]))
                   FROM factdesk_word w) AS words`,
        )
      ).rows[0];
    expect(await counts()).toEqual({ passages: true, trigrams: true, words: true });
    const admin = new pg.Client({ connectionString: server.urlFor('fd_admin', 'admin-secret') });
    await admin.connect();
    await admin.query(`DELETE FROM factdesk_source WHERE title = 'Archive list 2'`);
    await admin.end();
    expect(await counts()).toEqual({ passages: true, trigrams: true, words: true });
  });

  it('scores the shortest passages of a spelling too common to score them all, wherever they were imported', async () => {
    const writer = open('fd_writer', 'writer-secret');
    // Words that share no trigram with the typed word, so passages differ in length only.
    const plain = (text: string): string =>
      text
        .split(' ')
        .filter((w) => !/fe|err|rre|ret|ett|tti|tin|ing|ng\b/i.test(w))
        .join(' ');
    const texts = generated(2100).docs.map((d) => plain(d.text));
    // More passages hold the typed word's best spelling than a search scores of them; the shortest, which the
    // engine ranks first, come last in the library.
    value(
      await writer.importSource(
        meta('Long speeches', { speakers: [], tags: [] }),
        texts.slice(0, 2080).map((t, i) => passage(`${t} ${texts[i + 1] ?? ''} ferreting`)),
      ),
    );
    value(
      await writer.importSource(
        meta('Short notes', { speakers: [], tags: [] }),
        texts.slice(2080).map((t) => passage(`Ferreting ${t.split(' ').slice(0, 2).join(' ')}`)),
      ),
    );
    const index = buildIndex(await everything());
    const reader = open('fd_reader', 'reader-secret');
    const reference = runQuery(index, parseQuery('ferretting', {}), 8, index.docs.length).map((r) => r.doc.id);
    const short = new Set(index.docs.filter((d) => d.sourceTitle === 'Short notes').map((d) => d.id));
    expect(reference.filter((id) => short.has(id))).toHaveLength(8);
    expect(value(await reader.search('ferretting', { limit: 8 })).map((h) => h.passageId)).toEqual(reference);
  });

  it('brings a library set up by the first schema up to date, its passages still found with typos', async () => {
    await server.sql('CREATE DATABASE factdesk_v1 OWNER fd_admin');
    const url = server.urlFor('fd_admin', 'admin-secret').replace(/\/factdesk$/, '/factdesk_v1');
    const direct = new pg.Client({ connectionString: url });
    await direct.connect();
    try {
      await direct.query('BEGIN');
      await direct.query('CREATE TABLE factdesk_schema (version integer NOT NULL)');
      await direct.query(MIGRATIONS[0] as string);
      await direct.query('INSERT INTO factdesk_schema (version) VALUES (1)');
      await direct.query(
        `INSERT INTO factdesk_source (content_hash, title, type, passage_count) VALUES ('h1', 'Fireside chat', 'speech', 2)`,
      );
      await direct.query(
        `INSERT INTO factdesk_passage (source_id, n, text) SELECT id, 0, 'The banks will reopen on Monday.'
         FROM factdesk_source UNION ALL SELECT id, 1, 'Confidence and courage are the essentials.' FROM factdesk_source`,
      );
      await direct.query('COMMIT');
    } finally {
      await direct.end();
    }
    const upgraded = new NewsroomLibrary({ url: url.replace(/:[^:@/]*@/, '@'), password: 'admin-secret' });
    libraries.push(upgraded);
    expect(value(await upgraded.search('confidnce couarge'))[0]?.text).toMatch(/^Confidence and courage/);
    const check = new pg.Client({ connectionString: url });
    await check.connect();
    try {
      const counts = await check.query(
        `SELECT (SELECT version FROM factdesk_schema) AS version, (SELECT passages::int FROM factdesk_stats) AS passages,
                (SELECT passages FROM factdesk_word WHERE word = 'confidence') AS confidence`,
      );
      expect(counts.rows[0]).toEqual({ version: SCHEMA_VERSION, passages: 2, confidence: 1 });
    } finally {
      await check.end();
    }
  });

  it('asks again only for the words not typed before, until an import changes the library', async () => {
    const writer = open('fd_writer', 'writer-secret');
    value(await writer.importSource(meta('Quill notes'), [passage('The quillfeather archive opened in spring.')]));
    const pool = new pg.Pool({ connectionString: server.urlFor('fd_reader', 'reader-secret') });
    // The typed words each search's first statement asks the server about (each word's text, prefix and typo flag).
    const asked: string[][] = [];
    const query = pool.query.bind(pool) as (config: pg.QueryConfig) => Promise<pg.QueryResult>;
    pool.query = ((config: pg.QueryConfig) => {
      if (config.text.includes('factdesk_stats'))
        asked.push((config.values ?? []).slice(1).filter((_, i) => i % 3 === 0) as string[]);
      return query(config);
    }) as typeof pool.query;
    try {
      await searchNewsroom(pool, 'quillfeather arch');
      const typed = await searchNewsroom(pool, 'quillfeather archive');
      expect(asked).toEqual([['quillfeather', 'arch'], ['archive']]);
      expect(typed[0]?.text).toBe('The quillfeather archive opened in spring.');
      // Another source brings a new spelling of a word already typed: the words are asked for again.
      value(
        await writer.importSource(meta('More quill notes'), [passage('Two quillfeathers were kept in the archive.')]),
      );
      const after = await searchNewsroom(pool, 'quillfeather archive');
      expect(asked.slice(2).flat()).toEqual(expect.arrayContaining(['quillfeather', 'archive']));
      expect(after.slice(0, 2).map((h) => h.text)).toContain('Two quillfeathers were kept in the archive.');
    } finally {
      await pool.end();
    }
  });

  it('lets a reader search but not write, and never takes a confidential source', async () => {
    const reader = open('fd_reader', 'reader-secret');
    expect(await reader.importSource(meta('Reader try'), speech)).toMatchObject({
      ok: false,
      error: { code: 'permission-denied' },
    });
    const writer = open('fd_writer', 'writer-secret');
    expect(await writer.importSource(meta('Leak', { confidential: true }), speech)).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringMatching(/confidential/) },
    });
    // The server refuses it too, even from a client that skips the app's check.
    const direct = new pg.Client({ connectionString: server.urlFor('fd_writer', 'writer-secret') });
    await direct.connect();
    await expect(
      direct.query(
        `INSERT INTO factdesk_source (content_hash, title, type, confidential) VALUES ('x', 'Leak', 'memo', true)`,
      ),
    ).rejects.toThrow();
    await direct.end();
    expect(
      (await server.sql(`SELECT count(*)::int AS n FROM factdesk_source WHERE title IN ('Reader try', 'Leak')`)).rows[0]
        .n,
    ).toBe(0);
  });

  it('keeps the password out of every error message', async () => {
    const wrong = open('fd_reader', 'not-the-password-7731');
    const refused = await wrong.search('fear');
    expect(refused).toMatchObject({ ok: false, error: { code: 'permission-denied' } });
    const message = refused.ok ? '' : refused.error.message;
    expect(message).toMatch(/did not accept/);
    expect(message).not.toContain('not-the-password-7731');
    expect(redact('postgres://a:hunter2@h/db failed', [])).toBe('postgres://a:***@h/db failed');
  });

  it('refuses a database set up by a newer Factdesk', async () => {
    await server.sql('UPDATE factdesk_schema SET version = $1', [SCHEMA_VERSION + 1]);
    try {
      const fresh = open('fd_reader', 'reader-secret');
      expect(await fresh.open()).toMatchObject({
        ok: false,
        error: { code: 'newer-schema', message: expect.stringMatching(/set up by a newer Factdesk/) },
      });
    } finally {
      await server.sql('UPDATE factdesk_schema SET version = $1', [SCHEMA_VERSION]);
    }
  });

  it('leaves nothing of an import the server died during, and the same import then succeeds', async () => {
    const big: NewsroomPassage[] = Array.from({ length: 60_000 }, (_, i) => ({
      text: `Hearing record line ${i} about the harbour bridge tolls and ferry subsidies.`,
      pinpoint: `line ${i + 1}`,
      speaker: 'Clerk',
      date: null,
      tags: [],
    }));
    const writer = open('fd_writer', 'writer-secret');
    let killed: Promise<void> | null = null;
    const attempt = writer.importSource(meta('Harbour hearing'), big, (done) => {
      if (done >= 10_000 && !killed) killed = server.kill();
    });
    expect(await attempt).toMatchObject({ ok: false, error: { code: 'io-error' } });
    await killed;
    await server.start();
    expect(
      (await server.sql(`SELECT count(*)::int AS n FROM factdesk_source WHERE title = 'Harbour hearing'`)).rows[0].n,
    ).toBe(0);
    expect(
      (await server.sql(`SELECT count(*)::int AS n FROM factdesk_passage WHERE speaker = 'Clerk'`)).rows[0].n,
    ).toBe(0);
    const done = value(await writer.importSource(meta('Harbour hearing'), big));
    expect(done.existed).toBe(false);
    expect(
      (await server.sql(`SELECT count(*)::int AS n FROM factdesk_passage WHERE speaker = 'Clerk'`)).rows[0].n,
    ).toBe(60_000);
    expect(value(await writer.search('harbur bridge tols'))[0]?.sourceTitle).toBe('Harbour hearing');
  });

  it('reports a cut connection, then searches again by itself once the way is open', async () => {
    const sockets = new Set<Socket>();
    let passing = true;
    const proxy: Server = createServer((inbound) => {
      if (!passing) return inbound.destroy();
      const outbound = connect(server.port, '127.0.0.1');
      sockets.add(inbound).add(outbound);
      inbound.pipe(outbound).pipe(inbound);
      const drop = (): void => {
        inbound.destroy();
        outbound.destroy();
      };
      inbound.on('error', drop).on('close', drop);
      outbound.on('error', drop).on('close', drop);
    });
    await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', () => r()));
    const port = (proxy.address() as { port: number }).port;
    try {
      const url = server.urlFor('fd_reader', '').replace(':@', '@').replace(`:${server.port}/`, `:${port}/`);
      const lib = new NewsroomLibrary({ url, password: 'reader-secret' }, { connectTimeoutMs: 1000 });
      libraries.push(lib);
      expect(value(await lib.search('money changers'))[0]?.pinpoint).toBe('¶ 4');
      passing = false;
      for (const socket of sockets) socket.destroy();
      const cut = await lib.search('money changers');
      expect(cut).toMatchObject({ ok: false, error: { code: 'io-error' } });
      expect(cut.ok ? '' : cut.error.message).not.toContain('reader-secret');
      passing = true;
      expect(value(await lib.search('money changers'))[0]?.pinpoint).toBe('¶ 4');
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((r) => proxy.close(() => r()));
    }
  });

  it('reports a search the server died during, and answers again once it is back', async () => {
    const reader = open('fd_reader', 'reader-secret');
    expect(value(await reader.search('temple'))[0]?.pinpoint).toBe('¶ 4');
    const during = reader.search('money changers temple civilization');
    const killed = server.kill();
    const outcome = await during;
    await killed;
    // Either the answer came first, or the search failed with a sentence, never a crash.
    if (!outcome.ok) expect(outcome.error).toMatchObject({ code: 'io-error' });
    await server.start();
    expect(value(await reader.search('temple'))[0]?.pinpoint).toBe('¶ 4');
  });
});
