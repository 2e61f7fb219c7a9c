// Bench: the newsroom library on a real PostgreSQL (started as test/servers does: initdb in a temp folder, 127.0.0.1).
// Loads N passages (default 50,000, which runs in under 3 minutes on a shared 2-core machine;
// NEWSROOM_BENCH_PASSAGES=1000000 for the full size) as quote lists of 10,000 passages each (a newsroom's archive
// exports; every passage keeps its speaker and date), each through COPY in its own transaction, then measures typed
// queries with one or two typos: p95 latency one at a time, recall@10 against a brute-force ranking (brute-force.ts:
// the engine's scorer over every passage of the same library, as the newsroom holds it, that matches a query word),
// and p95 with 20 searchers at once. Targets: load 1,000,000 passages in < 2 min (scaled to N), p95 <= 30 ms, recall@10 >= 0.95, 20 concurrent
// p95 <= 100 ms. Exits 1 when a target is missed.
// Then reference lines, not targets: Factdesk's engine over the same passages in memory (no database), and the
// server's typo look-up alone with 20 searchers at once: what this machine allows a search before any design choice.
// Run: NEWSROOM_BENCH_PASSAGES=1000000 npm run bench -- newsroom
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import pg from 'pg';
import { NewsroomLibrary } from '../../electron/storage/newsroom-library';
import { parseQuery } from '../../shared/search/query';
import { search, warmUp } from '../../shared/search/search';
import { buildIndex } from '../../shared/search/search-index';
import { allowedTypos } from '../../shared/search/similarity';
import type { SearchDoc } from '../../shared/search/search-doc';
import { foldedWordList, isStopWord } from '../../shared/search/words';
import { loadBenchLibrary, seeded } from '../fixtures/search/bench-library';
import { startPostgres, type TestPostgres } from '../servers/support/postgres';
import { bruteForce } from './brute-force';
import { importQuoteList } from './newsroom-quote-list';
import { value as valueOf } from '../unit/result-value';

const SIZE = Number(process.env.NEWSROOM_BENCH_PASSAGES ?? 50_000);
const QUERIES = 100;
const SEARCHERS = 20;
const PER_SEARCHER = 5;
/** Passages per loaded source: one quote list. */
const PER_SOURCE = 10_000;
const TARGETS = { loadMsPerMillion: 120_000, p95Ms: 30, recall: 0.95, concurrentP95Ms: 100 };

/** The bench server's shared buffers: enough for a million passages (about 0.85 GB with their indexes). */
const SHARED_BUFFERS = '1GB';

/** Huge pages free and not promised to a process, from /proc/meminfo (0 where there is none). */
function hugePagesAvailable(): number {
  try {
    const info = readFileSync('/proc/meminfo', 'utf8');
    const field = (name: string): number => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(info)?.[1] ?? 0);
    return field('HugePages_Free') - field('HugePages_Rsvd');
  } catch {
    return 0;
  }
}

/** CPU time so far of the server processes serving the bench user's connections, from /proc (10 ms steps). */
async function serverCpuMs(server: TestPostgres): Promise<number> {
  const pids = (await server.sql(`SELECT pid FROM pg_stat_activity WHERE usename = 'bench'`)).rows.map((r) => r.pid);
  let ticks = 0;
  for (const pid of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      ticks += Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
    } catch {
      // A connection that closed meanwhile.
    }
  }
  return (ticks * 1000) / 100;
}

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

/** Typed queries: the three rarest words of a passage, one or two of them mistyped (swap, drop, replace, double). */
function typedQueries(docs: SearchDoc[], count: number): string[] {
  const random = seeded(0x7e57);
  const df = new Map<string, number>();
  const texts = new Map<string, number>();
  for (const doc of docs) {
    texts.set(doc.text, (texts.get(doc.text) ?? 0) + 1);
    for (const w of new Set(foldedWordList(doc.text))) df.set(w, (df.get(w) ?? 0) + 1);
  }
  const words = (doc: SearchDoc): string[] =>
    [...new Set(foldedWordList(doc.text))].filter((w) => w.length >= 5 && !isStopWord(w) && /^\p{L}+$/u.test(w));
  const typo = (w: string): string => {
    const i = 1 + Math.floor(random() * (w.length - 3));
    const op = Math.floor(random() * 4);
    if (op === 0) return w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
    if (op === 1) return w.slice(0, i) + w.slice(i + 1);
    if (op === 2) return w.slice(0, i) + 'qwertyuiopasdfghjklzxcvbnm'[Math.floor(random() * 26)] + w.slice(i + 1);
    return w.slice(0, i) + w[i] + w.slice(i);
  };
  const eligible = docs.filter((d) => texts.get(d.text) === 1 && words(d).length >= 4);
  const out: string[] = [];
  while (out.length < count) {
    const doc = eligible[Math.floor(random() * eligible.length)] as SearchDoc;
    const all = words(doc);
    const rare = new Set([...all].sort((a, b) => (df.get(a) ?? 0) - (df.get(b) ?? 0)).slice(0, 3));
    const chosen = all.filter((w) => rare.has(w));
    const typos = 1 + (out.length % 2);
    out.push(chosen.map((w, i) => (i < typos ? typo(w) : w)).join(' '));
  }
  return out;
}

/** What the timed part needs of the library: its size, the load, the queries and their reference rankings. */
interface Prepared {
  passages: number;
  loaded: number;
  loadMs: number;
  queries: string[];
  others: string[];
  /** Per query, the brute force's ten best as the newsroom's passage ids. */
  truths: string[][];
  /** Factdesk's own engine over the same passages in this process's memory: latencies (sorted) and CPU a search. */
  engine: { latencies: number[]; cpuMs: number };
}

/**
 * The engine a local library searches with, over the same passages held in memory (no database, no network), timed on
 * the one-at-a-time queries: what ranking a million passages as Factdesk ranks costs on this machine by itself.
 */
function timeEngine(index: ReturnType<typeof buildIndex>, queries: readonly string[]): Prepared['engine'] {
  warmUp(index);
  const latencies: number[] = [];
  let cpuMs = 0;
  for (const query of queries) {
    const cpu = process.cpuUsage();
    const t = performance.now();
    search(index, query, { limit: 10 });
    latencies.push(performance.now() - t);
    const used = process.cpuUsage(cpu);
    cpuMs += (used.user + used.system) / 1000;
  }
  return { latencies: latencies.sort((a, b) => a - b), cpuMs: cpuMs / Math.max(1, queries.length) };
}

/**
 * The first thing a newsroom search asks the server, alone: each typed word's library words by pg_trgm (the schema's
 * `factdesk_words_near`, which the search's look-up calls for every word a typo may be in), `searchers` at once, each
 * for its own queries one after another. Latencies, sorted.
 */
async function timeTypoLookUp(port: number, queries: readonly string[], searchers: number): Promise<number[]> {
  const pool = new pg.Pool({
    host: '127.0.0.1',
    port,
    user: 'bench',
    password: 'bench-secret',
    database: 'factdesk',
    max: searchers,
  });
  try {
    const statement = (query: string): pg.QueryConfig => {
      const words = parseQuery(query, {})
        .terms.filter((t) => !t.stop && allowedTypos(t.text.length) > 0)
        .map((t) => t.text);
      return {
        text: words.map((_, i) => `SELECT word FROM factdesk_words_near($${i + 1}::text)`).join(' UNION ALL '),
        values: words,
      };
    };
    const typed = queries.filter((q) => statement(q).text !== '');
    if (typed.length === 0) throw new Error('None of the bench queries has a word a typo may be in.');
    const nth = (i: number): string => typed[i % typed.length] as string;
    await Promise.all(Array.from({ length: searchers }, (_, s) => pool.query(statement(nth(s)))));
    const latencies: number[] = [];
    await Promise.all(
      Array.from({ length: searchers }, async (_, s) => {
        for (let i = 0; i < PER_SEARCHER; i++) {
          const t = performance.now();
          await pool.query(statement(nth(s * PER_SEARCHER + i)));
          latencies.push(performance.now() - t);
        }
      }),
    );
    return latencies.sort((a, b) => a - b);
  } finally {
    await pool.end();
  }
}

/**
 * Makes the library, loads it through `writer`, ranks the queries by brute force and times Factdesk's engine over the
 * same passages (timeEngine, while they are here). Only the small result outlives it: the million passages and the
 * reference index are garbage before any newsroom search is timed (the app's process holds neither, and collecting
 * them would otherwise fall on the searches).
 */
async function prepare(writer: NewsroomLibrary, server: TestPostgres): Promise<Prepared> {
  const library = loadBenchLibrary(SIZE);
  const docs = library.docs;
  console.log(`library: ${docs.length.toLocaleString('en')} passages, ${library.origin}`);
  const bySource = new Map<string, SearchDoc[]>();
  for (let i = 0; i < docs.length; i += PER_SOURCE)
    bySource.set(`list-${i / PER_SOURCE + 1}`, docs.slice(i, i + PER_SOURCE));

  // Load: every source in its own transaction, its passages through COPY.
  const newsroomIdOf = new Map<string, string>();
  let loaded = 0;
  let start = performance.now();
  for (const [sourceId, passages] of bySource) {
    const { id, existed } = await importQuoteList(writer, `Archive quote list ${sourceId}`, passages);
    if (existed) continue;
    passages.forEach((d, n) => newsroomIdOf.set(d.id, `${id}:${n}`));
    loaded += passages.length;
    if (loaded % 100_000 === 0) process.stderr.write(`  loaded ${loaded.toLocaleString('en')}\n`);
  }
  const loadMs = performance.now() - start;
  await server.sql('ANALYZE');

  // The brute-force reference, over the passages as the newsroom library holds them (each quote list's title).
  start = performance.now();
  const titles = new Map([...bySource].flatMap(([sourceId, list]) => list.map((d) => [d, sourceId] as const)));
  const index = buildIndex(
    docs.map((d) => ({
      ...d,
      sourceTitle: `Archive quote list ${titles.get(d)}`,
      sourceType: 'quote-list' as const,
    })),
  );
  const brute = bruteForce(index);
  console.log(
    `reference index over ${docs.length.toLocaleString('en')} passages built in ${Math.round(performance.now() - start)} ms`,
  );
  // The searchers at once type other queries than the one-at-a-time pass, so no typed word's library words are
  // known from it (the search keeps them while the library stays the same).
  const all = typedQueries(docs, QUERIES * 2);
  const queries = all.slice(0, QUERIES);
  const truths = queries.map((query) => brute(query, 10).map((r) => newsroomIdOf.get(r.doc.id) ?? r.doc.id));
  const engine = timeEngine(index, queries);
  return { passages: docs.length, loaded, loadMs, queries, others: all.slice(QUERIES), truths, engine };
}

async function main(): Promise<void> {
  // Set up as deploy/compose.yml sets up a newsroom's server: shared buffers that hold the library, in huge pages where
  // the machine reserves them (vm.nr_hugepages; README, Newsroom set-up).
  const hugeBefore = hugePagesAvailable();
  const server = await startPostgres({ settings: [`shared_buffers=${SHARED_BUFFERS}`, 'huge_pages=try'] });
  const huge = hugeBefore > hugePagesAvailable();
  console.log(
    huge
      ? `PostgreSQL's shared buffers (${SHARED_BUFFERS}) are in huge pages`
      : `PostgreSQL's shared buffers (${SHARED_BUFFERS}) are in 4 kB pages: this machine has not reserved enough huge pages for them (vm.nr_hugepages; 1 GB needs about 530), so each new connection pays a page fault for every 4 kB of the library it first reads (README, Newsroom set-up, says how to reserve them)`,
  );
  const libraries: NewsroomLibrary[] = [];
  try {
    await server.sql(`CREATE ROLE bench LOGIN PASSWORD 'bench-secret' CREATEROLE`);
    await server.sql(`GRANT ALL ON DATABASE factdesk TO bench`);
    await server.sql(`GRANT ALL ON SCHEMA public TO bench`);
    const url = `postgres://bench@127.0.0.1:${server.port}/factdesk`;
    const open = (max: number): NewsroomLibrary => {
      const lib = new NewsroomLibrary({ url, password: 'bench-secret' }, { max, queryTimeoutMs: 600_000 });
      libraries.push(lib);
      return lib;
    };
    const writer = open(2);
    valueOf(await writer.open());
    const { passages, loaded, loadMs, queries, others, truths, engine } = await prepare(writer, server);
    (globalThis as { gc?: () => void }).gc?.();
    const loadTarget = (TARGETS.loadMsPerMillion * passages) / 1_000_000;
    const reader = open(4);
    valueOf(await reader.search('warm up query'));

    const latencies: number[] = [];
    let recallSum = 0;
    let recallCount = 0;
    // CPU the searches cost, on the server (the bench user's connections) and in this process (the client's part).
    const serverBefore = await serverCpuMs(server);
    let clientMs = 0;
    for (const [q, query] of queries.entries()) {
      const t = performance.now();
      const cpu = process.cpuUsage();
      const hits = valueOf(await reader.search(query, { limit: 10 }));
      const used = process.cpuUsage(cpu);
      clientMs += (used.user + used.system) / 1000;
      latencies.push(performance.now() - t);
      const truth = truths[q] ?? [];
      if (truth.length === 0) continue;
      const found = new Set(hits.map((h) => h.passageId));
      recallSum += truth.filter((id) => found.has(id)).length / truth.length;
      recallCount++;
    }
    const serverMs = (await serverCpuMs(server)) - serverBefore;
    latencies.sort((a, b) => a - b);
    const recall = recallCount ? recallSum / recallCount : 0;
    console.log(
      `CPU a search takes, one at a time (mean): ${(serverMs / queries.length).toFixed(1)} ms on the server, ${(clientMs / queries.length).toFixed(1)} ms in the client (this process, its garbage collector included)`,
    );

    // 20 searchers at once, each typing its own queries one after another.
    const shared = open(SEARCHERS);
    await Promise.all(Array.from({ length: SEARCHERS }, async () => valueOf(await shared.search('warm up query'))));
    const concurrent: number[] = [];
    await Promise.all(
      Array.from({ length: SEARCHERS }, async (_, s) => {
        for (let i = 0; i < PER_SEARCHER; i++) {
          const query = others[(s * PER_SEARCHER + i) % others.length] as string;
          const t = performance.now();
          valueOf(await shared.search(query, { limit: 10 }));
          concurrent.push(performance.now() - t);
        }
      }),
    );
    concurrent.sort((a, b) => a - b);
    const lookUp = await timeTypoLookUp(server.port, others, SEARCHERS);

    const rows: [string, string, string, boolean][] = [
      [
        `load ${passages.toLocaleString('en')} passages (${Math.ceil(passages / PER_SOURCE)} quote lists, COPY)`,
        `${(loadMs / 1000).toFixed(1)} s`,
        `< ${(loadTarget / 1000).toFixed(1)} s (2 min per million)`,
        loadMs < loadTarget && loaded === passages,
      ],
      [
        `typed query, 1-2 typos, one at a time (${QUERIES}): p50 / p95`,
        `${percentile(latencies, 0.5).toFixed(1)} / ${percentile(latencies, 0.95).toFixed(1)} ms`,
        `p95 <= ${TARGETS.p95Ms} ms`,
        percentile(latencies, 0.95) <= TARGETS.p95Ms,
      ],
      [
        `recall@10 against the brute-force ranking (${recallCount} queries)`,
        recall.toFixed(3),
        `>= ${TARGETS.recall}`,
        recall >= TARGETS.recall,
      ],
      [
        `${SEARCHERS} searchers at once (${concurrent.length} queries): p50 / p95`,
        `${percentile(concurrent, 0.5).toFixed(1)} / ${percentile(concurrent, 0.95).toFixed(1)} ms`,
        `p95 <= ${TARGETS.concurrentP95Ms} ms`,
        percentile(concurrent, 0.95) <= TARGETS.concurrentP95Ms,
      ],
    ];
    const width = [0, 1, 2].map((c) => Math.max(...rows.map((r) => String(r[c]).length)));
    console.log('');
    for (const [what, measured, target, met] of rows) {
      console.log(
        `${what.padEnd(width[0] as number)}  ${measured.padStart(width[1] as number)}  ${target.padEnd(width[2] as number)}  ${met ? 'met' : 'MISSED'}`,
      );
    }
    // What no design that keeps the typo look-up and the engine's ranking can do without, on this machine.
    console.log('');
    console.log('Reference, not targets:');
    console.log(
      `  Factdesk's engine, the same passages in this process's memory (no database), one at a time: p50 / p95 ${percentile(engine.latencies, 0.5).toFixed(1)} / ${percentile(engine.latencies, 0.95).toFixed(1)} ms, ${engine.cpuMs.toFixed(1)} ms of CPU a search`,
    );
    console.log(
      `  the typo look-up alone (pg_trgm: each typed word's library words), ${SEARCHERS} at once: p50 / p95 ${percentile(lookUp, 0.5).toFixed(1)} / ${percentile(lookUp, 0.95).toFixed(1)} ms`,
    );
    console.log(
      `  ${SEARCHERS} searches at once within ${TARGETS.concurrentP95Ms} ms on ${availableParallelism()} cores allow about ${((TARGETS.concurrentP95Ms * availableParallelism()) / SEARCHERS).toFixed(0)} ms of CPU a search, server and client together`,
    );
    process.exitCode = rows.every((r) => r[3]) ? 0 : 1;
  } finally {
    for (const lib of libraries) await lib.close();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
