// The newsroom search's two rounds against a real PostgreSQL: two common words' passages together are too many to
// ask for at once, so a search asks for them in a second round, and only when the first round's passages leave room
// for them among the best twenty. Either way it ranks as the engine ranks the whole library.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { passageDoc, searchNewsroom } from '../../electron/storage/newsroom-search';
import { FIRST_PAIR } from '../../electron/storage/newsroom-candidates';
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
  pool.on('acquire', () => statements++);
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

  it('asks for every later part under a filter, whose first round the engine may still thin', async () => {
    const { reference, hits, statements: taken } = await both('corvete harbour lantern type:document');
    expect(hits).toEqual(reference);
    expect(taken).toBe(4);
  });
});
