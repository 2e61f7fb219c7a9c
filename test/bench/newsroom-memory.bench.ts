// Bench: the app's memory against the size of the newsroom library. A real PostgreSQL (as test/servers starts it)
// holds two newsroom libraries, one of 1,000 passages and one of NEWSROOM_MEMORY_PASSAGES (1,000,000 unless set),
// each loaded through the library's own import (COPY, one transaction per 10,000-passage quote list). For each, a
// fresh Node process plays the main process (the app's or the harness's side): the real handlers with the newsroom
// connection, a project with a draft, then 300 typed searches through searchLibrary; it reports its RSS and heap after
// a garbage collection (--expose-gc). The search asks the server for one page of candidates, so the app holds the
// same amount whatever the library's size. Target: after the searches, RSS and heap against the big library are at
// most 10% + 20 MB above those against 1,000 passages. Exits 1 when missed.
// Run: npm run bench -- newsroom-memory   (NEWSROOM_MEMORY_PASSAGES=50000 for a quick run)
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandlers } from '../../electron/api/handlers';
import { NewsroomLibrary } from '../../electron/storage/newsroom-library';
import type { SearchDoc } from '../../shared/search/search-doc';
import { foldedWordList, isStopWord } from '../../shared/search/words';
import { loadBenchLibrary, seeded } from '../fixtures/search/bench-library';
import { startPostgres } from '../servers/support/postgres';
import { value as valueOf } from '../unit/result-value';
import { importQuoteList } from './newsroom-quote-list';

const BIG = Number(process.env.NEWSROOM_MEMORY_PASSAGES ?? 1_000_000);
const SMALL = 1_000;
const SEARCHES = 300;
const PER_SOURCE = 10_000;
/** The allowed growth from the small library to the big one: 10% and 20 MB. */
const MARGIN = { share: 0.1, bytes: 20 * 1024 * 1024 };
const MB = 1024 * 1024;

interface Measure {
  rssBefore: number;
  heapBefore: number;
  rss: number;
  heap: number;
  external: number;
  newsroomHits: number;
}

/** Queries typed as a reporter would: two or three words of a passage, the first one mistyped now and then. */
function queries(docs: SearchDoc[], count: number): string[] {
  const random = seeded(0x3e3);
  const out: string[] = [];
  while (out.length < count) {
    const doc = docs[Math.floor(random() * docs.length)] as SearchDoc;
    const words = foldedWordList(doc.text).filter((w) => w.length >= 5 && !isStopWord(w) && /^\p{L}+$/u.test(w));
    if (words.length < 3) continue;
    const picked = words.slice(0, 2 + (out.length % 2));
    if (out.length % 3 === 0) {
      const w = picked[0] as string;
      picked[0] = w.slice(0, 2) + w[3] + w[2] + w.slice(4);
    }
    out.push(picked.join(' '));
  }
  return out;
}

/** The child: the handlers against `url`, a project, SEARCHES searches; prints its memory as one JSON line. */
async function measure(url: string, password: string): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  const dir = await mkdtemp(join(tmpdir(), 'factdesk-memory-'));
  let n = 0;
  const handlers = createHandlers({
    now: () => new Date().toISOString(),
    newId: () => `id-${++n}`,
    dataDir: join(dir, 'data'),
    homeDir: dir,
    documentsDir: join(dir, 'Documents'),
    appVersion: 'bench',
    capabilities: { transport: 'http', nativeDialogs: false, showInFolder: false },
    identity: { user: 'bench', host: 'bench', pid: process.pid },
    newsroom: { url, password },
    emit: () => undefined,
  });
  try {
    const created = await handlers.createProject({ folder: join(dir, 'story'), title: 'Memory' });
    if (!created.ok) throw new Error(created.error.message);
    const { projectId } = created.value;
    await handlers.setDraftText({ projectId, text: 'The council said the bridge would reopen in the autumn.' });
    const typed = queries(loadBenchLibrary(SMALL).docs, SEARCHES);
    // Warm up: the connection pool, the schema check and the local index exist before the first measure.
    for (const q of typed.slice(0, 10)) await handlers.searchLibrary({ projectId, query: q });
    gc();
    const before = process.memoryUsage();
    let newsroomHits = 0;
    for (const query of typed) {
      const reply = await handlers.searchLibrary({ projectId, query, limit: 20 });
      if (!reply.ok) throw new Error(reply.error.message);
      if (reply.value.newsroom?.status !== 'online')
        throw new Error(`newsroom offline: ${reply.value.newsroom?.message}`);
      newsroomHits += reply.value.hits.filter((h) => h.library === 'newsroom').length;
    }
    gc();
    await new Promise((r) => setTimeout(r, 100));
    gc();
    const after = process.memoryUsage();
    const result: Measure = {
      rssBefore: before.rss,
      heapBefore: before.heapUsed,
      rss: after.rss,
      heap: after.heapUsed,
      external: after.external,
      newsroomHits,
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await handlers.closeAll();
    await rm(dir, { recursive: true, force: true });
  }
}

/** Loads `docs` into the newsroom library at `url` through its import, 10,000 passages per source. */
async function load(url: string, password: string, docs: SearchDoc[], label: string): Promise<number> {
  const library = new NewsroomLibrary({ url, password }, { max: 2, queryTimeoutMs: 600_000 });
  const start = performance.now();
  try {
    valueOf(await library.open());
    for (let i = 0; i < docs.length; i += PER_SOURCE) {
      await importQuoteList(library, `${label} quote list ${i / PER_SOURCE + 1}`, docs.slice(i, i + PER_SOURCE));
      if ((i + PER_SOURCE) % 200_000 === 0)
        process.stderr.write(`  ${label}: loaded ${(i + PER_SOURCE).toLocaleString('en')}\n`);
    }
  } finally {
    await library.close();
  }
  return performance.now() - start;
}

function child(url: string, password: string): Measure {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--expose-gc', process.argv[1] as string, '--measure', url],
    { env: { ...process.env, BENCH_NEWSROOM_PASSWORD: password }, encoding: 'utf8', maxBuffer: 10 * MB },
  );
  if (run.status !== 0) throw new Error(`the measuring process failed: ${run.stderr}`);
  const line = run.stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(line) as Measure;
}

async function main(): Promise<void> {
  const server = await startPostgres();
  let failed = false;
  try {
    await server.sql(`CREATE ROLE bench LOGIN PASSWORD 'bench-secret' CREATEROLE`);
    // The big library in a database of its own, owned by the bench account (so its public schema is too).
    await server.sql(`CREATE DATABASE factdesk_big OWNER bench`);
    await server.sql(`GRANT ALL ON DATABASE factdesk TO bench`);
    await server.sql(`GRANT ALL ON SCHEMA public TO bench`);
    const smallUrl = `postgres://bench@127.0.0.1:${server.port}/factdesk`;
    const bigUrl = `postgres://bench@127.0.0.1:${server.port}/factdesk_big`;

    const library = loadBenchLibrary(BIG);
    console.log(`library: ${library.docs.length.toLocaleString('en')} passages, ${library.origin}`);
    const smallMs = await load(smallUrl, 'bench-secret', library.docs.slice(0, SMALL), 'small');
    const bigMs = await load(bigUrl, 'bench-secret', library.docs, 'big');
    await server.sql('ANALYZE');
    console.log(
      `loaded ${SMALL.toLocaleString('en')} passages in ${Math.round(smallMs)} ms and ${library.docs.length.toLocaleString('en')} in ${(bigMs / 1000).toFixed(1)} s`,
    );

    const small = child(smallUrl, 'bench-secret');
    const large = child(bigUrl, 'bench-secret');
    const row = (name: string, m: Measure) =>
      `| ${[
        name.padEnd(22),
        (m.rssBefore / MB).toFixed(1).padStart(10),
        (m.rss / MB).toFixed(1).padStart(9),
        (m.heapBefore / MB).toFixed(1).padStart(11),
        (m.heap / MB).toFixed(1).padStart(10),
        String(m.newsroomHits).padStart(13),
      ].join(' | ')} |`;
    console.log(`\n${SEARCHES} searches through searchLibrary, memory after a garbage collection (MB):`);
    console.log('| newsroom library       | RSS before | RSS after | heap before | heap after | newsroom hits |');
    console.log('|------------------------|-----------:|----------:|------------:|-----------:|--------------:|');
    console.log(row(`${SMALL.toLocaleString('en')} passages`, small));
    console.log(row(`${library.docs.length.toLocaleString('en')} passages`, large));
    const limit = (base: number) => base * (1 + MARGIN.share) + MARGIN.bytes;
    const checks = [
      { name: 'RSS after', small: small.rss, big: large.rss },
      { name: 'heap after', small: small.heap, big: large.heap },
    ];
    console.log('');
    for (const c of checks) {
      const ok = c.big <= limit(c.small);
      if (!ok) failed = true;
      console.log(
        `${ok ? 'ok  ' : 'MISS'} ${c.name}: ${(c.big / MB).toFixed(1)} MB with the big library, limit ${(limit(c.small) / MB).toFixed(1)} MB (${(c.small / MB).toFixed(1)} MB + 10% + 20 MB)`,
      );
    }
    if (small.newsroomHits === 0 || large.newsroomHits === 0) {
      failed = true;
      console.log('MISS the searches found no newsroom passages, so nothing was measured');
    }
  } finally {
    await server.stop();
  }
  process.exit(failed ? 1 : 0);
}

if (process.argv[2] === '--measure') {
  measure(process.argv[3] as string, process.env.BENCH_NEWSROOM_PASSWORD ?? '').then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
      process.exit(1);
    },
  );
} else {
  void main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
