// The newsroom search's two rounds against a real PostgreSQL: two common words' passages together are too many to
// ask for at once, so a search asks for them in a second round, and only when the first round's passages leave room
// for them among the best twenty. Either way it ranks as the engine ranks the whole library.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { passageDoc, searchNewsroom } from '../../electron/storage/newsroom-search';
import { FIRST_PAIR } from '../../electron/storage/newsroom-candidates';
import { queryThroughIndexes } from '../../electron/storage/newsroom-pool';
import { parseQuery } from '../../shared/search/query';
import { runQuery } from '../../shared/search/search';
import { buildIndex, type SearchIndex } from '../../shared/search/search-index';
import { generated } from '../fixtures/search/bench-library';
import { startPostgres, type TestPostgres } from './support/postgres';
import { READER, seedNewsroom } from './support/newsroom-seed';

let server: TestPostgres;
let pool: pg.Pool;
let index: SearchIndex;
/** Connections each search took from the pool: one per statement. */
let statements = 0;
/** The candidate statements the searches sent (each passage's words for the scorer), as the server got them. */
const candidateStatements: pg.QueryConfig[] = [];
const watched = new WeakSet<pg.PoolClient>();

const PASSAGES = 3000;
/** Passages holding "harbour", and "lantern": 1,300 each, 300 both. */
const HARBOUR = [0, 1300];
const LANTERN = [1000, 2300];

beforeAll(async () => {
  server = await startPostgres();
  const texts = generated(PASSAGES).docs.map((d) => d.text.split(' ').slice(0, 12).join(' '));
  const paragraphs = texts.map((text, i) => {
    const words = [text];
    if (i >= (HARBOUR[0] as number) && i < (HARBOUR[1] as number)) words.push('harbour');
    if (i >= (LANTERN[0] as number) && i < (LANTERN[1] as number)) words.push('lantern');
    // A rare word alone, and with one common word.
    if (i === 2500 || i === 2501) words.push('quillon');
    if (i === 1100) words.push('quillon');
    // A rare word with both common ones, in thirty passages.
    if (i >= 1200 && i < 1230) words.push('corvette');
    return words.join(' ');
  });
  await seedNewsroom(
    server,
    { title: 'Harbour log', type: 'document', speakers: [], date: null, url: null, tags: [], confidential: false },
    paragraphs,
  );
  pool = new pg.Pool({ connectionString: server.urlFor(READER.user, READER.password) });
  pool.on('acquire', (client) => {
    statements++;
    if (watched.has(client)) return;
    watched.add(client);
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as { query: unknown }).query = (...args: unknown[]) => {
      const config = args[0] as pg.QueryConfig;
      if (typeof config === 'object' && config.text.includes('array_to_string')) candidateStatements.push(config);
      return query(...args);
    };
  });
  index = buildIndex(
    (
      await server.sql(
        `SELECT p.source_id, p.n, p.pinpoint, p.speaker, p.date, p.tags, p.text, s.title, s.type, s.tags AS stags
           FROM factdesk_passage p JOIN factdesk_source s ON s.id = p.source_id ORDER BY p.source_id, p.n`,
      )
    ).rows.map(passageDoc),
  );
}, 180_000);

afterAll(async () => {
  await pool?.end();
  await server?.stop();
});

/** A node of PostgreSQL's EXPLAIN (FORMAT JSON) plan. */
interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

/** Every node of a plan. */
const nodes = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodes)];

/** The engine's ten best over the whole library, and the newsroom's, with the statements the search took. */
async function both(query: string): Promise<{ reference: string[]; hits: string[]; statements: number }> {
  const reference = runQuery(index, parseQuery(query, {}), 10, index.docs.length).map((r) => r.doc.id);
  // Once so that every typed word's spellings are known (the search keeps them): then one statement reads the
  // library's counts, and the rest are the candidates' rounds and the page.
  await searchNewsroom(pool, query, { limit: 10 });
  statements = 0;
  const hits = (await searchNewsroom(pool, query, { limit: 10 })).map((h) => h.passageId);
  return { reference, hits, statements };
}

describe('newsroom search in two rounds', () => {
  it('expects the two common words together in more passages than the first round asks for', () => {
    const [h, l] = [HARBOUR[1]! - HARBOUR[0]!, LANTERN[1]! - LANTERN[0]!];
    expect((h * l) / PASSAGES).toBeGreaterThan(FIRST_PAIR);
  });

  it('asks for the common pair when the first round finds too few passages, and ranks as the engine does', async () => {
    const { reference, hits, statements: taken } = await both('quilon harbour lantern');
    expect(reference).toHaveLength(10);
    expect(hits).toEqual(reference);
    // The library's counts, the first round, the second, the page.
    expect(taken).toBe(4);
  });

  it('leaves the common pair out when the first round’s passages outrank all it could hold', async () => {
    const { reference, hits, statements: taken } = await both('corvete harbour lantern');
    expect(hits).toEqual(reference);
    expect(taken).toBe(3);
  });

  it('reads the candidates through the words’ index, never passage by passage, in a library just imported', async () => {
    // One source of 3,000 passages, analysed and never vacuumed: PostgreSQL's planner, counting each test of a
    // passage's words against a list as one cheap step, would rather read every passage through the primary key's
    // index (in the order of the join with the source) and test each.
    candidateStatements.length = 0;
    // (A word being typed, "com", widens to every library word that starts so: long lists.)
    for (const query of ['quilon harbour lantern', 'governmnet com']) await both(query);
    const sent = [...candidateStatements];
    expect(sent.length).toBeGreaterThan(0);
    for (const statement of sent) {
      const explained = await queryThroughIndexes<{ 'QUERY PLAN': unknown }>(pool, {
        text: `EXPLAIN (FORMAT JSON) ${statement.text}`,
        values: statement.values ?? [],
      });
      const [top] = explained.rows[0]?.['QUERY PLAN'] as [{ Plan: PlanNode; JIT?: unknown }];
      const passageReads = nodes(top.Plan)
        .filter((n) => n['Relation Name'] === 'factdesk_passage' || n['Index Name']?.startsWith('factdesk_passage'))
        .map((n) => `${n['Node Type']} ${n['Index Name'] ?? ''}`.trim());
      expect(passageReads.length).toBeGreaterThan(0);
      expect(
        passageReads.filter((r) => r !== 'Bitmap Index Scan factdesk_passage_terms' && r !== 'Bitmap Heap Scan'),
      ).toEqual([]);
      // Priced out of the plan, those readings would push its cost past JIT's threshold: no JIT either.
      expect(top.JIT).toBeUndefined();
    }
  });

  it('asks for every later part under a filter, whose first round the engine may still thin', async () => {
    const { reference, hits, statements: taken } = await both('corvete harbour lantern type:document');
    expect(hits).toEqual(reference);
    expect(taken).toBe(4);
  });
});
