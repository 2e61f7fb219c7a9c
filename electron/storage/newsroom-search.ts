// Searching the newsroom library: each typed word is widened on the server to the library's words the engine would
// match it with (typos, prefixes, stems: a pg_trgm and prefix look-up, then the engine's own test here), the passages
// holding them come back as their words (in one round or two: newsroom-candidates.ts), the client picks the page by
// how much of the query they cover, and the engine ranks that page with the library-wide word rarities kept in the
// database, so a hit scores as it would in a local library of the same passages.
import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { SourceType } from '../../shared/model/source';
import { SOURCE_TYPES } from '../../shared/model/source';
import { queryThroughIndexes } from './newsroom-pool';
import type { SearchFilters } from '../../shared/search/columns';
import { toSearchHit, type SearchHit } from '../../shared/search/hits';
import {
  queryTrigramKeys,
  rankWithLibraryStats,
  termWeights,
  type LibraryStats,
} from '../../shared/search/library-stats';
import { combinedScores, wordScorer, type WordScores } from '../../shared/search/score-by-words';
import { RERANK_COUNT } from '../../shared/search/fuse-rerank';
import { laterWorthAsking, planCandidates, planTerms, type CandidatePart, type Variant } from './newsroom-candidates';
import { parseQuery, type QueryTerm } from '../../shared/search/query';
import { MIN_SIM } from '../../shared/search/rank';
import type { SearchDoc } from '../../shared/search/search-doc';
import { allowedTypos, letterMask, matchWord } from '../../shared/search/similarity';

/** A search result from the newsroom library: the Api's SearchHit shape, marked where it lives. */
export type NewsroomHit = SearchHit & { library: 'newsroom' };

/**
 * Passages a search ranks in full (per page), best by their words first, at least: twice the twenty fuse.js
 * re-scores, or twice the results asked for (the app's search box asks for 60). The word-level score matches every
 * candidate word by the engine's own rule, so a passage holding a spelling the typo look-up missed is not left off the
 * page; what it still leaves out (word places, the speaker, phrase checks, fuse.js) moves few passages past twice the
 * head (newsroom bench, ten results asked for: recall@10 0.98).
 */
export const PAGE = 40;
/** Candidates a statement brings at most (a query of common words only could otherwise bring much of the library). */
const MAX_CANDIDATES = 20_000;

/** A passage as the search reads it, with its source's title, type and tags. */
export interface PassageRow {
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

/** A passage row (with its source's title, type and tags) as the engine reads it; the hit is marked newsroom later. */
export function passageDoc(r: PassageRow): SearchDoc {
  return {
    id: `newsroom:${r.source_id}:${r.n}`,
    sourceId: `newsroom:${r.source_id}`,
    sourceTitle: r.title,
    sourceType: ((SOURCE_TYPES as readonly string[]).includes(r.type) ? r.type : 'document') as SourceType,
    speaker: r.speaker,
    date: r.date,
    text: r.text,
    tags: [...new Set([...r.tags, ...r.stags])],
    // The engine knows project and personal libraries.
    library: 'personal',
    pinpoint: r.pinpoint,
  };
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
  // (Named here too: with every typed word known already, this branch comes first and names the columns.)
  branches.push(
    'SELECT 1 AS kind, key::bigint AS a, NULL::text AS word, passages::bigint AS b FROM factdesk_trigram WHERE key = ANY($1::integer[])',
    'SELECT 2, passages, NULL, trigrams FROM factdesk_stats',
  );
  return branches.join('\n  UNION ALL ');
}

/** A typed word's library words as a search found them, with the library's totals they were read under. */
interface Expansion {
  variants: Variant[];
  passages: number;
  trigrams: number;
  at: number;
}

/**
 * Typed words' library words, per server (pool): while a reporter types, each keystroke's search asks again for the
 * words already typed. Kept while the library's totals stay the same (an import or a removal changes them, and the
 * cache is dropped) and for EXPANSION_MS at most; EXPANSIONS words per server.
 */
const expansions = new WeakMap<pg.Pool, Map<string, Expansion>>();
const EXPANSIONS = 500;
const EXPANSION_MS = 60_000;

const expansionKey = (t: QueryTerm): string =>
  `${t.text}\u0000${t.phrase >= 0 ? 'phrase' : ''}\u0000${t.partial ? 'partial' : ''}`;

/** The library's words for each of `terms`, filtered by the engine's own rule, and the library's statistics. */
async function expand(
  pool: pg.Pool,
  terms: QueryTerm[],
  trigramKeys: number[],
  now = Date.now(),
): Promise<{ variants: Variant[][]; stats: LibraryStats }> {
  let cache = expansions.get(pool);
  if (!cache) {
    cache = new Map();
    expansions.set(pool, cache);
  }
  const cached = terms.map((t) => {
    const hit = cache.get(expansionKey(t));
    return hit && now - hit.at <= EXPANSION_MS ? hit : undefined;
  });
  const asked = terms.filter((_, i) => cached[i] === undefined);
  const values: unknown[] = [trigramKeys];
  for (const t of asked)
    values.push(t.text, t.phrase >= 0 ? '' : prefixOf(t), t.phrase < 0 && allowedTypos(t.text.length) > 0);
  const result = await pool.query<{ kind: number; a: string; word: string | null; b: string }>(
    prepared(expandSql(asked.length), values),
  );
  const seen = asked.map(() => new Set<string>());
  const found: Variant[][] = asked.map(() => []);
  const trigramPassages = new Map<number, number>();
  let passages = 0;
  let trigrams = 0;
  const typed = asked.map((t) => ({ text: t.text, stem: t.stem, partial: t.partial, mask: letterMask(t.text) }));
  for (const row of result.rows) {
    if (row.kind === 1) trigramPassages.set(Number(row.a), Number(row.b));
    else if (row.kind === 2) {
      passages = Number(row.a);
      trigrams = Number(row.b);
    } else if (row.word !== null && !seen[Number(row.a)]?.has(row.word)) {
      const i = Number(row.a);
      seen[i]?.add(row.word);
      const term = asked[i] as QueryTerm;
      // A phrase's words match only as typed (its last one also as a prefix while the phrase is open).
      const sim =
        term.phrase >= 0
          ? row.word === term.text || (term.partial && row.word.startsWith(term.text))
            ? 1
            : 0
          : matchWord(typed[i] as (typeof typed)[number], row.word, letterMask(row.word)).sim;
      if (sim >= MIN_SIM) found[i]?.push({ word: row.word, sim, passages: Number(row.b) });
    }
  }
  // Words kept from another state of the library are asked for again.
  if (cached.some((c) => c !== undefined && (c.passages !== passages || c.trigrams !== trigrams))) {
    cache.clear();
    return expand(pool, terms, trigramKeys, now);
  }
  if (cache.size + asked.length > EXPANSIONS) cache.clear();
  asked.forEach((t, i) => cache.set(expansionKey(t), { variants: found[i] ?? [], passages, trigrams, at: now }));
  let next = 0;
  return {
    variants: terms.map((_, i) => cached[i]?.variants ?? found[next++] ?? []),
    stats: { passages, averageTrigrams: passages ? trigrams / passages : 1, trigramPassages },
  };
}

/** A candidate's row: its words as one string (folded words hold no spaces: far cheaper to read than an array). */
interface CandidateRow {
  source_id: string;
  n: number;
  trigrams: number;
  terms: string;
}

/** One statement for candidate parts under `conditions` (filters and phrases), every value a parameter. */
function partsSql(
  parts: readonly CandidatePart[],
  conditions: (param: (v: unknown) => string) => string[],
): pg.QueryConfig {
  const values: unknown[] = [];
  const param = (v: unknown): string => {
    values.push(v);
    return `$${values.length}`;
  };
  // Each spelling list once (a pair shares its words' lists with the passages holding every word).
  const lists = new Map<string[], string>();
  const holds = (list: string[]): string => {
    let sql = lists.get(list);
    if (!sql) {
      sql = `p.terms && ${param(list)}::text[]`;
      lists.set(list, sql);
    }
    return sql;
  };
  const where = (part: CandidatePart): string => part.lists.map(holds).join(' AND ');
  const also = conditions(param)
    .map((c) => ` AND ${c}`)
    .join('');
  const from = 'FROM factdesk_passage p JOIN factdesk_source s ON s.id = p.source_id';
  const columns = 'p.source_id, p.n, p.trigrams, p.terms';
  const whole = parts.filter((p) => p.shortest === null);
  const selects = parts
    .filter((p) => p.shortest !== null)
    .map(
      (p) =>
        `(SELECT ${columns} ${from} WHERE ${where(p)}${also} ORDER BY p.trigrams, p.source_id, p.n LIMIT ${param(p.shortest)})`,
    );
  // The whole parts in one scan of the words' index (one bitmap for all of them).
  if (whole.length)
    selects.unshift(
      `(SELECT ${columns} ${from} WHERE (${whole.map((p) => `(${where(p)})`).join(' OR ')})${also} LIMIT ${param(MAX_CANDIDATES)})`,
    );
  return prepared(
    `SELECT source_id, n, trigrams, array_to_string(terms, ' ') AS terms FROM (${selects.join(' UNION ALL ')}) c`,
    values,
  );
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
 * One page of the newsroom's passages for a typed query (`page` 0, 1, ...: as far as the passages it scores reach),
 * ranked by the local engine with the library's own word rarities, so the scores compare with local results. Every
 * value reaches the server as a query parameter. Three or four statements: the words, the candidates (one round or
 * two, newsroom-candidates.ts), the page's passages.
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

  const weights = termWeights(parsed.terms, stats);
  const plan = planCandidates(
    planTerms(parsed.terms, weights, (t) => variants[wanted.indexOf(t)] ?? []),
    stats.passages,
  );
  if (plan.first.length === 0) return [];
  const conditions = (param: (v: unknown) => string): string[] => {
    const out = filterSql(parsed.filters, param);
    for (const phrase of parsed.phrases) {
      const whole = phrase.open ? phrase.words.slice(0, -1) : phrase.words;
      if (whole.length) out.push(`p.terms @> ${param(whole)}::text[]`);
    }
    return out;
  };
  const sims = parsed.terms.map((t) => {
    const i = wanted.indexOf(t);
    return new Map<string, number>(i >= 0 ? (variants[i] ?? []).map((v) => [v.word, v.sim]) : [[t.text, 1]]);
  });
  // The candidates by their words alone: the engine's word-level score picks the page here, on the client (on the
  // server it would compare arrays once per word, level and passage).
  const candidates: CandidateRow[] = [];
  const taken = new Set<string>();
  const scorer = wordScorer(parsed.terms, sims, stats);
  const scored: WordScores[] = [];
  const score = async (parts: CandidatePart[]): Promise<Float64Array> => {
    const found = await queryThroughIndexes<CandidateRow>(pool, partsSql(parts, conditions));
    // A passage of two parts, or of both rounds, comes once.
    const fresh = found.rows.filter((r) => {
      const key = `${r.source_id}:${r.n}`;
      if (taken.has(key)) return false;
      taken.add(key);
      return true;
    });
    candidates.push(...fresh);
    scored.push(scorer(fresh.map((r) => ({ words: r.terms ?? '', trigrams: r.trigrams }))));
    return combinedScores(scored);
  };
  let scores = await score(plan.first);
  // The best twenty are what fuse.js re-scores (nothing below them reaches the ten shown), or the results asked for.
  // A first round under phrases or filters may hold passages the engine then leaves out (a phrase's words apart, a
  // speaker matched inside a word): every later part is asked for.
  const pageSize = Math.max(PAGE, limit * 2);
  const head = Math.max(RERANK_COUNT, limit, (options.page ?? 0) > 0 ? ((options.page ?? 0) + 1) * pageSize : 0);
  const narrowed =
    parsed.phrases.length > 0 ||
    Object.values(parsed.filters).some((v) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0));
  const later = narrowed ? plan.later : laterWorthAsking(plan.later, scores, head);
  if (later.length) scores = await score(later);
  const order = candidates
    .map((r, i) => ({ r, score: scores[i] as number }))
    .filter((c) => c.score >= 0)
    .sort(
      (a, b) =>
        b.score - a.score ||
        a.r.trigrams - b.r.trigrams ||
        Number(a.r.source_id) - Number(b.r.source_id) ||
        a.r.n - b.r.n,
    );
  const page = order.slice((options.page ?? 0) * pageSize, ((options.page ?? 0) + 1) * pageSize);
  if (page.length === 0) return [];
  const result = await pool.query<PassageRow>(
    prepared(
      `SELECT p.source_id, p.n, p.pinpoint, p.speaker, p.date, p.tags, p.text, s.title, s.type, s.tags AS stags
       FROM unnest($1::bigint[], $2::integer[]) AS k(source_id, n)
       JOIN factdesk_passage p ON p.source_id = k.source_id AND p.n = k.n JOIN factdesk_source s ON s.id = p.source_id`,
      [page.map((c) => c.r.source_id), page.map((c) => c.r.n)],
    ),
  );
  const rows = result.rows.sort((a, b) => Number(a.source_id) - Number(b.source_id) || a.n - b.n);
  const docs = rows.map(passageDoc);
  return rankWithLibraryStats(docs, query, stats, { limit, filters: options.filters ?? {} }).map((r) => ({
    ...toSearchHit(r),
    library: 'newsroom' as const,
  }));
}
