// The newsroom library wired into Factdesk, against a real PostgreSQL (support/postgres.ts): the handlers' search asks
// the project, the personal library and the newsroom library at once and ranks them in one list, each hit marked with
// where it lives; an unreachable server leaves the local results and says 'offline', and the next search after the way
// is open finds the newsroom again by itself. The built `factdesk` command reads FACTDESK_LIBRARY_URL and PGPASSWORD,
// imports with `add-source --newsroom` through COPY, refuses a confidential source before sending anything, and keeps
// passwords out of what it prints.
import { createServer } from 'node:net';
import type { Server } from 'node:net';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/api/handlers';
import type { Handlers } from '../../electron/api/handlers';
import { cliDeps } from '../../electron/cli/context';
import { NewsroomLibrary, newsroomFromEnv } from '../../electron/storage/newsroom-library';
import { searchReplySchema } from '../../shared/api/contract';
import { runBuiltCli } from '../hostile/run-cli';
import { startPostgres } from './support/postgres';
import type { TestPostgres } from './support/postgres';
import { startTcpProxy } from './support/tcp-proxy';
import { value } from '../unit/result-value';

let server: TestPostgres;
let dir: string;
const closers: (() => Promise<unknown>)[] = [];

/** FDR's first inaugural address (1933, public domain), for the newsroom library. */
const INAUGURAL = [
  'Speaker: Franklin D. Roosevelt',
  '',
  'The only thing we have to fear is fear itself, nameless unreasoning unjustified terror.',
  '',
  'Our greatest primary task is to put people to work.',
  '',
  'This nation asks for action, and action now.',
  '',
  'The money changers have fled from their high seats in the temple of our civilization.',
  '',
].join('\n');

/** A reporter's own interview notes, for the project. */
const INTERVIEW = [
  'Speaker: Frances Perkins',
  '',
  'We need action now on old-age pensions, and the states cannot wait for it.',
  '',
  'Social security must cover the farm worker as well as the factory hand.',
  '',
].join('\n');

const reader = (port = server.port): string => `postgres://fd_reader@127.0.0.1:${port}/factdesk`;
const writer = (): string => `postgres://fd_writer@127.0.0.1:${server.port}/factdesk`;

beforeAll(async () => {
  server = await startPostgres();
  await server.sql(`CREATE ROLE fd_admin LOGIN PASSWORD 'admin-secret' CREATEROLE`);
  await server.sql(`GRANT ALL ON DATABASE factdesk TO fd_admin`);
  await server.sql(`GRANT ALL ON SCHEMA public TO fd_admin`);
  const admin = new NewsroomLibrary({
    url: `postgres://fd_admin@127.0.0.1:${server.port}/factdesk`,
    password: 'admin-secret',
  });
  value(await admin.open());
  await admin.close();
  await server.sql(`GRANT factdesk_admin TO fd_admin`);
  await server.sql(`CREATE ROLE fd_reader LOGIN PASSWORD 'reader-secret' IN ROLE factdesk_reader`);
  await server.sql(`CREATE ROLE fd_writer LOGIN PASSWORD 'writer-s3cret/with:odd@chars' IN ROLE factdesk_contributor`);

  dir = await mkdtemp(join(tmpdir(), 'factdesk-newsroom-'));
  await writeFile(join(dir, 'inaugural.txt'), INAUGURAL);
  await writeFile(join(dir, 'perkins.txt'), INTERVIEW);
  const created = await runBuiltCli(['new', 'story', '--title', 'Pensions'], dir);
  expect(created.code, created.err).toBe(0);
  const added = await runBuiltCli(['add-source', 'story', 'perkins.txt', '--type', 'interview'], dir);
  expect(added.code, added.err).toBe(0);
}, 180_000);

afterAll(async () => {
  for (const close of closers) await close();
  await server?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('factdesk add-source --newsroom', () => {
  it('imports through COPY with progress on stderr, and a second run adds nothing', async () => {
    const env = { FACTDESK_LIBRARY_URL: writer(), PGPASSWORD: 'writer-s3cret/with:odd@chars' };
    const args = ['add-source', '--newsroom', 'inaugural.txt', '--type', 'speech', '--title', 'First inaugural'];
    const first = await runBuiltCli(args, dir, env);
    expect(first.code, first.err).toBe(0);
    expect(first.out).toMatch(/^Added "First inaugural" \(4 passages\) to the newsroom library as newsroom:\d+\n$/);
    expect(first.err).toContain('Sending 4 passages of "First inaugural" to the newsroom library at 127.0.0.1:');
    expect(first.err).toContain('4 of 4 passages sent');
    expect(first.err).not.toContain('s3cret');
    const rows = await server.sql(
      `SELECT s.type, s.speakers, count(p.*)::int AS n, s.added_by FROM factdesk_source s
       JOIN factdesk_passage p ON p.source_id = s.id WHERE s.title = 'First inaugural' GROUP BY s.id`,
    );
    expect(rows.rows).toEqual([{ type: 'speech', speakers: ['Franklin D. Roosevelt'], n: 4, added_by: 'fd_writer' }]);

    const again = await runBuiltCli(args, dir, env);
    expect(again.code, again.err).toBe(0);
    expect(again.out).toMatch(/is already in the newsroom library as newsroom:\d+; nothing was added/);
    expect((await server.sql(`SELECT count(*)::int AS n FROM factdesk_source`)).rows[0].n).toBe(1);
  });

  it('refuses a confidential source with a sentence before anything is read or sent', async () => {
    // A listener in the server's place counts every connection the command opens.
    let connections = 0;
    const watch: Server = createServer((socket) => {
      connections++;
      socket.destroy();
    });
    await new Promise<void>((r) => watch.listen(0, '127.0.0.1', () => r()));
    closers.push(() => new Promise<void>((r) => watch.close(() => r())));
    const port = (watch.address() as { port: number }).port;
    const run = await runBuiltCli(['add-source', '--newsroom', 'perkins.txt', '--confidential'], dir, {
      FACTDESK_LIBRARY_URL: `postgres://fd_writer@127.0.0.1:${port}/factdesk`,
      PGPASSWORD: 'writer-s3cret/with:odd@chars',
    });
    expect(run.code).toBe(1);
    expect(run.err).toBe(
      'factdesk: perkins.txt is marked confidential, and a confidential source never goes to the newsroom library: nothing was sent. Add it to a project or your personal library instead.\n',
    );
    expect(run.out).toBe('');
    expect(connections).toBe(0);
  });

  it('says what to set when no newsroom library is configured', async () => {
    const run = await runBuiltCli(['add-source', '--newsroom', 'inaugural.txt'], dir, { FACTDESK_LIBRARY_URL: '' });
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^factdesk: No newsroom library is set up on this computer: set FACTDESK_LIBRARY_URL/);
  });

  it('keeps a wrong password out of its refusal, from the URL or from PGPASSWORD', async () => {
    const inUrl = await runBuiltCli(['add-source', '--newsroom', 'inaugural.txt'], dir, {
      FACTDESK_LIBRARY_URL: `postgres://fd_writer:wrong-pass-4417@127.0.0.1:${server.port}/factdesk`,
      PGPASSWORD: '',
    });
    expect(inUrl.code).toBe(1);
    expect(inUrl.err).toContain('did not accept the user name or password');
    expect(inUrl.err + inUrl.out).not.toContain('wrong-pass-4417');
    const fromEnv = await runBuiltCli(['search', 'story', 'fear itself'], dir, {
      FACTDESK_LIBRARY_URL: reader(),
      PGPASSWORD: 'not-it-9902',
    });
    expect(fromEnv.code).toBe(0);
    expect(fromEnv.err).toMatch(/^factdesk: Newsroom library offline, .*did not accept the user name or password/);
    expect(fromEnv.err + fromEnv.out).not.toContain('not-it-9902');
  });
});

describe('factdesk search with a newsroom library', () => {
  it('ranks the project and the newsroom library in one list, each result marked where it lives', async () => {
    const env = { FACTDESK_LIBRARY_URL: reader(), PGPASSWORD: 'reader-secret' };
    const run = await runBuiltCli(['search', 'story', 'acton now', '--json'], dir, env);
    expect(run.code, run.err).toBe(0);
    const reply = JSON.parse(run.out) as { results: { library: string; text: string }[]; newsroom: string };
    expect(reply.newsroom).toBe('online');
    expect(new Set(reply.results.map((r) => r.library))).toEqual(new Set(['project', 'newsroom']));
    expect(reply.results.find((r) => r.library === 'newsroom')?.text).toBe(
      'This nation asks for action, and action now.',
    );
    const text = await runBuiltCli(['search', 'story', 'fera itslef'], dir, env);
    expect(text.out).toMatch(/^ {2}1\. First inaugural \[newsroom\] @ ¶ 1 \(Franklin D\. Roosevelt\)/);
    // Without FACTDESK_LIBRARY_URL nothing changes: the project alone, no newsroom field set.
    const local = await runBuiltCli(['search', 'story', 'acton now', '--json'], dir, { FACTDESK_LIBRARY_URL: '' });
    const alone = JSON.parse(local.out) as { results: { library: string }[]; newsroom: null };
    expect(alone.newsroom).toBeNull();
    expect(alone.results.map((r) => r.library)).toEqual(['project']);
  });
});

describe("the handlers' search with the newsroom library behind a connection that breaks", () => {
  let handlers: Handlers;
  let projectId: string;

  it('answers from every library, then locally with "offline" when cut, then from the newsroom again', async () => {
    const proxy = await startTcpProxy(server.port);
    closers.push(() => proxy.close());
    const dataDir = join(dir, '.handlers-data');
    await mkdir(dataDir, { recursive: true });
    const env = { FACTDESK_DATA_DIR: dataDir, FACTDESK_LIBRARY_URL: reader(proxy.port), PGPASSWORD: 'reader-secret' };
    expect(newsroomFromEnv(env)).toEqual({ url: reader(proxy.port), password: 'reader-secret' });
    handlers = createHandlers({ ...cliDeps(env, '1.0.0'), emit: () => undefined });
    closers.push(() => handlers.closeAll());
    projectId = value(await handlers.openProject({ path: join(dir, 'story') })).projectId;

    const index = value(await handlers.getSearchIndex({ projectId }));
    expect(index.newsroom).toBe(`127.0.0.1:${proxy.port}/factdesk`);

    const online = value(await handlers.searchLibrary({ projectId, query: 'action now' }));
    expect(searchReplySchema.parse(online)).toEqual(online);
    expect(online.newsroom).toEqual({ status: 'online', message: null });
    expect(online.hits.map((h) => h.library).sort()).toEqual(['newsroom', 'project']);
    expect([...online.hits].sort((a, b) => b.score - a.score)).toEqual(online.hits);

    proxy.cut();
    const cut = value(await handlers.searchLibrary({ projectId, query: 'action now' }));
    expect(cut.hits.map((h) => h.library)).toEqual(['project']);
    expect(cut.newsroom?.status).toBe('offline');
    expect(cut.newsroom?.message).toMatch(/^The newsroom library at 127\.0\.0\.1:\d+\/factdesk cannot be reached/);
    expect(cut.newsroom?.message).not.toContain('reader-secret');

    proxy.restore();
    const back = value(await handlers.searchLibrary({ projectId, query: 'action now' }));
    expect(back.newsroom).toEqual({ status: 'online', message: null });
    expect(back.hits.find((h) => h.library === 'newsroom')?.text).toBe('This nation asks for action, and action now.');
  });

  it('keeps the local results when the server itself is gone, and finds it again once it is back', async () => {
    await server.kill();
    const gone = value(await handlers.searchLibrary({ projectId, query: 'social security' }));
    expect(gone.hits[0]?.library).toBe('project');
    expect(gone.newsroom?.status).toBe('offline');
    await server.start();
    const back = value(await handlers.searchLibrary({ projectId, query: 'money changers temple' }));
    expect(back.newsroom?.status).toBe('online');
    expect(back.hits[0]).toMatchObject({ library: 'newsroom', sourceTitle: 'First inaugural', pinpoint: '¶ 4' });
  });
});
