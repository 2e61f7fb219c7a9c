// Searching the newsroom library: each typed word is widened on the server to the library's words the engine would
// match it with (typos, prefixes, stems: a pg_trgm and prefix look-up, then the engine's own test here), the passages
// holding them come back best first by how much of the query they cover, and the engine ranks that page with the
// library-wide word rarities kept in the database, so a hit scores as it would in a local library of the same passages.
import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { SourceType } from '../../shared/model/source';
import { SOURCE_TYPES } from '../../shared/model/source';
import type { SearchFilters } from '../../shared/search/columns';
import { toSearchHit, type SearchHit } from '../../shared/search/hits';
import {
  queryTrigramKeys,
  rankWithLibraryStats,
  termWeights,
  type LibraryStats,
} from '../../shared/search/library-stats';
import { parseQuery, type QueryTerm } from '../../shared/search/query';
import { MIN_SIM } from '../../shared/search/rank';
import type { SearchDoc } from '../../shared/search/search-doc';
import { allowedTypos, letterMask, matchWord } from '../../shared/search/similarity';

/** A search result from the newsroom library: the Api's SearchHit shape, marked where it lives. */
export type NewsroomHit = SearchHit & { library: 'newsroom' };

/** Passages a search brings back to rank (per page), best covering first. */
export const PAGE = 120;
/**
 * Passages the server reads at most to find a page, counted from the library's word counts: the rarest words of the
 * query are read first, and a word so common that it would pass this only adds to passages found by rarer ones.
 */
export const CANDIDATE_POSTINGS = 2000;
/** Query words whose pairs make candidates (a pasted paragraph's rarest words). */
const PAIR_TERMS = 5;
/** Passages a query word's words may be in, at most, for its pairs with other words to make candidates. */
const PAIR_POSTINGS = 20_000;
/** Similarity levels per word in the server's cover score at most (the engine's exact score is computed here after). */
const LEVELS = 8;

interface Row {
  source_id: string;
  n: number;
  pinpoint: string;
  speaker: string | null;
  date: string | null;
  tags: string[];
  text: string;
  title: string;
  type: string;
  stags: string[];
}

/** A library word the engine matches a query word with, how well, and in how many passages it is. */
interface Variant {
  word: string;
  sim: number;
  passages: number;
}

/** The same statement text always gets the same name, so each connection prepares it once. */
function prepared(text: string, values: unknown[]): pg.QueryConfig {
  return { name: `fd_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`, text, values };
}

/** The prefix every word the engine may match `t` with by prefix or stem starts with ('' for none). */
function prefixOf(t: QueryTerm): string {
  if (t.text.length >= 4 && t.stem.length >= 3) return t.stem.endsWith('y') ? t.stem.slice(0, -1) : t.stem;
  return t.partial || t.text.length >= 4 ? t.text : '';
}

// One statement: for each query word the library's words near it (pg_trgm, GIN) and those starting with its prefix
// (B-tree), each word's own branch so the planner sees its value and uses the indexes; then the passages holding each
// of the query's trigram keys, and the library's totals.
function expandSql(terms: number): string {
  const branches: string[] = [];
  for (let i = 0; i < terms; i++) {
    const [term, pre, fuzzy] = [`$${3 * i + 2}`, `$${3 * i + 3}`, `$${3 * i + 4}`];
    branches.push(
      `SELECT 0 AS kind, ${i}::bigint AS a, word, passages::bigint AS b FROM factdesk_word WHERE word = ${term}::text`,
      `SELECT 0, ${i}, word, passages FROM factdesk_words_near(${term}::text) WHERE ${fuzzy}::boolean`,
      `SELECT 0, ${i}, word, passages FROM factdesk_word
       WHERE ${pre}::text <> '' AND word ~>=~ ${pre}::text AND word ~<~ (${pre}::text || chr(1114111))`,
    );
  }
  branches.push(
    'SELECT 1, key, NULL, passages FROM factdesk_trigram WHERE key = ANY($1::integer[])',
    'SELECT 2, passages, NULL, trigrams FROM factdesk_stats',
  );
  return branches.join('\n  UNION ALL ');
}

/** The library's words for each of `terms`, filtered by the engine's own rule, and the library's statistics. */
async function expand(
  pool: pg.Pool,
  terms: QueryTerm[],
  trigramKeys: number[],
): Promise<{ variants: Variant[][]; stats: LibraryStats }> {
  const values: unknown[] = [trigramKeys];
  for (const t of terms)
    values.push(t.text, t.phrase >= 0 ? '' : prefixOf(t), t.phrase < 0 && allowedTypos(t.text.length) > 0);
  const result = await pool.query<{ kind: number; a: string; word: string | null; b: string }>(
    prepared(expandSql(terms.length), values),
  );
  const seen = terms.map(() => new Set<string>());
  const variants: Variant[][] = terms.map(() => []);
  const trigramPassages = new Map<number, number>();
  let passages = 0;
  let trigrams = 0;
  const typed = terms.map((t) => ({ text: t.text, stem: t.stem, partial: t.partial, mask: letterMask(t.text) }));
  for (const row of result.rows) {
    if (row.kind === 1) trigramPassages.set(Number(row.a), Number(row.b));
    else if (row.kind === 2) {
      passages = Number(row.a);
      trigrams = Number(row.b);
    } else if (row.word !== null && !seen[Number(row.a)]?.has(row.word)) {
      const i = Number(row.a);
      seen[i]?.add(row.word);
      const term = terms[i] as QueryTerm;
      // A phrase's words match only as typed (its last one also as a prefix while the phrase is open).
      const sim =
        term.phrase >= 0
          ? row.word === term.text || (term.partial && row.word.startsWith(term.text))
            ? 1
            : 0
          : matchWord(typed[i] as (typeof typed)[number], row.word, letterMask(row.word)).sim;
      if (sim >= MIN_SIM) variants[i]?.push({ word: row.word, sim, passages: Number(row.b) });
    }
  }
  return {
    variants,
    stats: { passages, averageTrigrams: passages ? trigrams / passages : 1, trigramPassages },
  };
}

/**
 * Which passages are candidates: those holding one of the rarest words (the rarest first, until CANDIDATE_POSTINGS
 * passages; at least the rarest one), and those holding words of two different query words, which the GIN index
 * finds without reading the passages that hold only one common word.
 */
function candidateSql(variants: Variant[][], param: (v: unknown) => string): string {
  const all = variants.flat().sort((a, b) => a.passages - b.passages);
  const rare: string[] = [];
  let read = 0;
  for (const v of all) {
    if (rare.length > 0 && read + v.passages > CANDIDATE_POSTINGS) break;
    rare.push(v.word);
    read += v.passages;
  }
  const parts = [`p.terms && ${param([...new Set(rare)])}::text[]`];
  // Pairs among the (at most PAIR_TERMS) rarest query words whose words are in at most PAIR_POSTINGS passages (two
  // common words that often go together, "nuclear weapons", would bring thousands), and every query word at once.
  const ranked = variants
    .filter((list) => list.length > 0)
    .map((list) => ({ words: list.map((v) => v.word), passages: list.reduce((sum, v) => sum + v.passages, 0) }))
    .sort((a, b) => a.passages - b.passages)
    .slice(0, PAIR_TERMS);
  if (ranked.length < 2) return `(${parts.join(' OR ')})`;
  // Each word's condition gets its parameter when first used (an unused parameter has no type for the server).
  const sql: string[] = [];
  const holds = (i: number): string =>
    (sql[i] ??= `p.terms && ${param((ranked[i] as (typeof ranked)[number]).words)}::text[]`);
  for (let i = 0; i < ranked.length; i++) {
    for (let j = i + 1; j < ranked.length; j++) {
      const [a, b] = [ranked[i] as (typeof ranked)[number], ranked[j] as (typeof ranked)[number]];
      if (a.passages <= PAIR_POSTINGS && b.passages <= PAIR_POSTINGS) parts.push(`(${holds(i)} AND ${holds(j)})`);
    }
  }
  if (ranked.length > 2) parts.push(`(${ranked.map((_, i) => holds(i)).join(' AND ')})`);
  return `(${parts.join(' OR ')})`;
}

/** SQL conditions for the filters, their values added through `param`. */
function filterSql(filters: SearchFilters, param: (v: unknown) => string): string[] {
  const out: string[] = [];
  if (filters.speaker) {
    for (const word of filters.speaker.toLowerCase().split(/\s+/).filter(Boolean)) {
      out.push(`lower(p.speaker) LIKE ${param(`%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}`);
    }
  }
  if (filters.sourceType) {
    const types = Array.isArray(filters.sourceType) ? filters.sourceType : [filters.sourceType];
    out.push(`s.type = ANY(${param(types)}::text[])`);
  }
  for (const tag of filters.tags ?? []) {
    out.push(
      `EXISTS (SELECT 1 FROM unnest(p.tags || s.tags) t WHERE lower(t) LIKE ${param(`${tag.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`)})`,
    );
  }
  if (filters.from) out.push(`p.date >= ${param(filters.from)}`);
  if (filters.to) out.push(`left(p.date, ${param(filters.to.length)}) <= ${param(filters.to)}`);
  // in:project and in:personal leave the newsroom out.
  if (filters.library) out.push('false');
  return out;
}

/**
 * One page of the newsroom's passages for a typed query (`page` 0, 1, ...), ranked by the local engine with the
 * library's own word rarities, so the scores compare with local results. Every value reaches the server as a query
 * parameter. Two statements: the words, then the passages.
 */
export async function searchNewsroom(
  pool: pg.Pool,
  query: string,
  options: { limit?: number; page?: number; filters?: SearchFilters } = {},
): Promise<NewsroomHit[]> {
  const limit = Math.max(1, Math.min(200, options.limit ?? 20));
  const parsed = parseQuery(query, options.filters ?? {});
  const wanted = parsed.terms.filter((t) => !t.stop || t.phrase >= 0);
  const typed = parsed.terms.reduce((sum, t) => sum + t.text.length, 0);
  if (wanted.length === 0 || typed < 2) return [];
  const { variants, stats } = await expand(pool, wanted, queryTrigramKeys(parsed.terms));
  if (variants.every((list) => list.length === 0)) return [];

  const values: unknown[] = [];
  const param = (v: unknown): string => {
    values.push(v);
    return `$${values.length}`;
  };
  // How much of the query a passage covers: each word's weight times its best variant's similarity there.
  const weights = termWeights(wanted, stats);
  const cover = variants
    .map((list, i) => {
      const weight = weights[i] as number;
      // Each distinct similarity is a level, best first (the last level takes the rest, at its best similarity).
      const sims = [...new Set(list.map((v) => v.sim))].sort((a, b) => b - a);
      const floors = sims.length > LEVELS ? [...sims.slice(0, LEVELS - 1), sims[sims.length - 1] as number] : sims;
      const levels = floors.map((floor, l) => {
        const above = l === 0 ? Infinity : (floors[l - 1] as number);
        const words = list.filter((v) => v.sim >= floor && v.sim < above);
        const best = Math.max(...words.map((v) => v.sim));
        return `WHEN p.terms && ${param(words.map((v) => v.word))}::text[] THEN ${param(weight * best)}::float8`;
      });
      return levels.length ? `(CASE ${levels.join(' ')} ELSE 0 END)` : '';
    })
    .filter(Boolean)
    .join(' + ');
  const conditions = [candidateSql(variants, param), ...filterSql(parsed.filters, param)];
  for (const phrase of parsed.phrases) {
    const whole = phrase.open ? phrase.words.slice(0, -1) : phrase.words;
    if (whole.length) conditions.push(`p.terms @> ${param(whole)}::text[]`);
  }
  const pageSize = Math.max(PAGE, limit * 3);
  const sql = `SELECT p.source_id, p.n, p.pinpoint, p.speaker, p.date, p.tags, p.text, s.title, s.type, s.tags AS stags
    FROM factdesk_passage p JOIN factdesk_source s ON s.id = p.source_id
    WHERE ${conditions.join(' AND ')}
    ORDER BY ${cover || '0'} DESC, p.trigrams, p.source_id, p.n LIMIT ${param(pageSize)} OFFSET ${param((options.page ?? 0) * pageSize)}`;
  const result = await pool.query<Row>(prepared(sql, values));
  const rows = result.rows.sort((a, b) => Number(a.source_id) - Number(b.source_id) || a.n - b.n);
  const docs: SearchDoc[] = rows.map((r) => ({
    id: `newsroom:${r.source_id}:${r.n}`,
    sourceId: `newsroom:${r.source_id}`,
    sourceTitle: r.title,
    sourceType: ((SOURCE_TYPES as readonly string[]).includes(r.type) ? r.type : 'document') as SourceType,
    speaker: r.speaker,
    date: r.date,
    text: r.text,
    tags: [...new Set([...r.tags, ...r.stags])],
    // The engine knows project and personal; the hit is marked newsroom below.
    library: 'personal',
    pinpoint: r.pinpoint,
  }));
  return rankWithLibraryStats(docs, query, stats, { limit, filters: options.filters ?? {} }).map((r) => ({
    ...toSearchHit(r),
    library: 'newsroom' as const,
  }));
}
