// The newsroom library's schema on PostgreSQL, versioned: each migration runs once, in order, in one transaction with
// the version row (table factdesk_schema), on connect. A database set up by a newer Factdesk is refused.
// Roles: factdesk_reader (search), factdesk_contributor (also add sources), factdesk_admin (also remove sources);
// newsroom users are made members of one of them (README, "Newsroom set-up"). Row-level security: everybody with a
// role reads; only contributors and admins insert; only admins delete. A confidential source never gets in (CHECK
// and policy). Passages, words, trigram counts and totals are guarded by grants alone (COPY cannot load a table with
// row-level security).
import type pg from 'pg';
import { fail, ok } from '../../shared/api/result';
import type { Result } from '../../shared/api/result';

export const MIGRATIONS: string[] = [
  // 1: sources, passages, the word list that corrects typos, roles and policies.
  `
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
  CREATE TABLE factdesk_source (
    id bigserial PRIMARY KEY,
    content_hash text NOT NULL UNIQUE,
    title text NOT NULL,
    type text NOT NULL,
    speakers text[] NOT NULL DEFAULT '{}',
    date text,
    url text,
    tags text[] NOT NULL DEFAULT '{}',
    confidential boolean NOT NULL DEFAULT false CHECK (confidential = false),
    passage_count integer NOT NULL DEFAULT 0,
    added_by text NOT NULL DEFAULT current_user,
    added_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE TABLE factdesk_passage (
    source_id bigint NOT NULL REFERENCES factdesk_source(id) ON DELETE CASCADE,
    n integer NOT NULL,
    pinpoint text NOT NULL DEFAULT '',
    speaker text,
    date text,
    tags text[] NOT NULL DEFAULT '{}',
    text text NOT NULL,
    words tsvector GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED,
    PRIMARY KEY (source_id, n)
  );
  CREATE INDEX factdesk_passage_words ON factdesk_passage USING gin (words);
  CREATE INDEX factdesk_passage_speaker ON factdesk_passage USING gin (lower(speaker) gin_trgm_ops);
  CREATE TABLE factdesk_word (
    word text PRIMARY KEY,
    passages integer NOT NULL DEFAULT 0
  );
  CREATE INDEX factdesk_word_trgm ON factdesk_word USING gist (word gist_trgm_ops);
  DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'factdesk_reader') THEN CREATE ROLE factdesk_reader NOLOGIN; END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'factdesk_contributor') THEN CREATE ROLE factdesk_contributor NOLOGIN; END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'factdesk_admin') THEN CREATE ROLE factdesk_admin NOLOGIN; END IF;
  END $$;
  GRANT factdesk_reader TO factdesk_contributor;
  GRANT factdesk_contributor TO factdesk_admin;
  GRANT SELECT ON factdesk_source, factdesk_passage, factdesk_word, factdesk_schema TO factdesk_reader;
  GRANT INSERT, UPDATE ON factdesk_source, factdesk_passage, factdesk_word TO factdesk_contributor;
  GRANT USAGE ON SEQUENCE factdesk_source_id_seq TO factdesk_contributor;
  GRANT DELETE ON factdesk_source, factdesk_passage TO factdesk_admin;
  ALTER TABLE factdesk_source ENABLE ROW LEVEL SECURITY;
  CREATE POLICY read_all ON factdesk_source FOR SELECT TO factdesk_reader USING (true);
  CREATE POLICY add ON factdesk_source FOR INSERT TO factdesk_contributor WITH CHECK (confidential = false);
  CREATE POLICY own ON factdesk_source FOR UPDATE TO factdesk_contributor USING (added_by = current_user)
    WITH CHECK (confidential = false);
  CREATE POLICY remove ON factdesk_source FOR DELETE TO factdesk_admin USING (true);
  `,
  // 2: each passage's words as Factdesk's engine folds them (text, speaker, title, tags) with a GIN index, the
  // library-wide counts the engine ranks by (passages per word and per trigram key, passages and trigrams in all),
  // kept by every import inside its transaction and by a trigger when sources are removed, and a way for
  // contributors to merge the GIN index's pending entries after an import (queries would otherwise read them all).
  `
  CREATE FUNCTION factdesk_trigram_keys(word text) RETURNS SETOF integer LANGUAGE sql IMMUTABLE STRICT AS $fn$
    SELECT CASE WHEN a < 128 AND b < 128 AND c < 128 THEN (a << 14) | (b << 7) | c
      ELSE 2097152 + ((((a::bigint * 73856093) & 4294967295) # ((b::bigint * 19349663) & 4294967295)
                      # ((c::bigint * 83492791) & 4294967295)) % 1071644672)::integer END
    FROM (SELECT ascii(substr(' ' || word || ' ', i, 1)) AS a, ascii(substr(' ' || word || ' ', i + 1, 1)) AS b,
                 ascii(substr(' ' || word || ' ', i + 2, 1)) AS c
          FROM generate_series(1, length(word)) AS i) t
  $fn$;
  ALTER TABLE factdesk_passage ADD COLUMN terms text[] NOT NULL DEFAULT '{}',
    ADD COLUMN trigrams integer NOT NULL DEFAULT 0;
  -- Passages from schema 1: their words as PostgreSQL splits them, which is close to Factdesk's folding.
  UPDATE factdesk_passage p SET terms = ARRAY(
    SELECT DISTINCT u.lexeme FROM factdesk_source s,
      unnest(to_tsvector('simple', concat_ws(' ', p.text, p.speaker, s.title, array_to_string(p.tags || s.tags, ' ')))) u
    WHERE s.id = p.source_id);
  UPDATE factdesk_passage p SET trigrams = (SELECT count(DISTINCT k) FROM unnest(p.terms) w, factdesk_trigram_keys(w) k);
  DROP INDEX factdesk_passage_words;
  ALTER TABLE factdesk_passage DROP COLUMN words;
  CREATE INDEX factdesk_passage_terms ON factdesk_passage USING gin (terms);
  DELETE FROM factdesk_word;
  INSERT INTO factdesk_word (word, passages) SELECT w, count(*) FROM factdesk_passage, unnest(terms) w GROUP BY w;
  DROP INDEX factdesk_word_trgm;
  CREATE INDEX factdesk_word_trgm ON factdesk_word USING gin (word gin_trgm_ops) WITH (fastupdate = off);
  CREATE INDEX factdesk_word_prefix ON factdesk_word (word text_pattern_ops);
  -- Every import updates the counts of the words and keys it holds: room on each page keeps those updates in place.
  ALTER TABLE factdesk_word SET (fillfactor = 50);
  CREATE TABLE factdesk_trigram (key integer PRIMARY KEY, passages integer NOT NULL DEFAULT 0) WITH (fillfactor = 50);
  INSERT INTO factdesk_trigram (key, passages)
    SELECT k, count(*) FROM factdesk_passage p,
      LATERAL (SELECT DISTINCT k FROM unnest(p.terms) w, factdesk_trigram_keys(w) k) x GROUP BY k;
  CREATE TABLE factdesk_stats (
    one boolean PRIMARY KEY DEFAULT true CHECK (one),
    passages bigint NOT NULL DEFAULT 0,
    trigrams bigint NOT NULL DEFAULT 0
  );
  INSERT INTO factdesk_stats (passages, trigrams) SELECT count(*), coalesce(sum(trigrams), 0) FROM factdesk_passage;
  CREATE FUNCTION factdesk_forget_passages() RETURNS trigger LANGUAGE plpgsql AS $fn$
  BEGIN
    UPDATE factdesk_word w SET passages = w.passages - g.n
      FROM (SELECT t, count(*) AS n FROM gone, unnest(gone.terms) t GROUP BY t) g WHERE w.word = g.t;
    UPDATE factdesk_trigram k SET passages = k.passages - g.n
      FROM (SELECT x.key, count(*) AS n FROM gone,
              LATERAL (SELECT DISTINCT key FROM unnest(gone.terms) t, factdesk_trigram_keys(t) key) x GROUP BY x.key) g
      WHERE k.key = g.key;
    UPDATE factdesk_stats SET passages = passages - (SELECT count(*) FROM gone),
      trigrams = trigrams - (SELECT coalesce(sum(trigrams), 0) FROM gone);
    RETURN NULL;
  END $fn$;
  CREATE TRIGGER factdesk_passage_gone AFTER DELETE ON factdesk_passage REFERENCING OLD TABLE AS gone
    FOR EACH STATEMENT EXECUTE FUNCTION factdesk_forget_passages();
  -- The library's words near a typed word by trigrams: a candidate typo match (Factdesk then applies its own test).
  -- Through the GIN index always: on a list of a few thousand words the planner would read every word instead.
  CREATE FUNCTION factdesk_words_near(term text) RETURNS TABLE (word text, passages integer) LANGUAGE sql STABLE
    SET enable_seqscan = off SET pg_trgm.similarity_threshold = 0.2
    AS $fn$ SELECT w.word, w.passages FROM factdesk_word w WHERE w.word % term $fn$;
  CREATE FUNCTION factdesk_merge_pending() RETURNS bigint LANGUAGE sql SECURITY DEFINER SET search_path FROM CURRENT
    AS $fn$ SELECT gin_clean_pending_list('factdesk_passage_terms'::regclass) $fn$;
  REVOKE ALL ON FUNCTION factdesk_merge_pending() FROM PUBLIC;
  GRANT EXECUTE ON FUNCTION factdesk_merge_pending() TO factdesk_contributor;
  GRANT SELECT ON factdesk_trigram, factdesk_stats TO factdesk_reader;
  GRANT INSERT, UPDATE ON factdesk_trigram, factdesk_stats TO factdesk_contributor;
  `,
  // 3: no trigram index on the speaker. A search's speaker: filter only narrows passages the words' GIN index
  // found, so it never used one, and every imported passage paid for it.
  `
  DROP INDEX IF EXISTS factdesk_passage_speaker;
  `,
  // 4: words near a typed word from trigram similarity 0.15 (was 0.2). Short words with two typos share few trigrams
  // with the word meant ("teorrr" and "terror" 0.17, "vaults" and "values" 0.17) though Factdesk's own test accepts
  // them; at 0.2 the newsroom never offered them and missed what a local library finds (recall@10 on a million
  // passages 0.924 at 0.2, 0.966 at 0.15, in the same run of `npm run bench -- newsroom`).
  `
  CREATE OR REPLACE FUNCTION factdesk_words_near(term text) RETURNS TABLE (word text, passages integer) LANGUAGE sql STABLE
    SET enable_seqscan = off SET pg_trgm.similarity_threshold = 0.15
    AS $fn$ SELECT w.word, w.passages FROM factdesk_word w WHERE w.word % term $fn$;
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Brings the database to SCHEMA_VERSION in one transaction (an advisory lock keeps two apps from doing it at once).
 * Refuses a database from a newer Factdesk, and says so when the user may read but not set up the library; what else
 * the driver throws (a lost connection) reaches the caller, which words it (newsroom-library.ts).
 */
export async function migrate(
  client: pg.ClientBase,
  where: string,
): Promise<Result<number, 'newer-schema' | 'permission-denied'>> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock(7412300915)');
    const exists = await client.query<{ t: string | null }>("SELECT to_regclass('factdesk_schema')::text AS t");
    if (!exists.rows[0]?.t) await client.query('CREATE TABLE factdesk_schema (version integer NOT NULL)');
    const row = await client.query<{ version: number }>('SELECT version FROM factdesk_schema');
    const version = row.rows[0]?.version ?? 0;
    if (version > SCHEMA_VERSION) {
      await client.query('ROLLBACK').catch(() => undefined);
      return fail(
        'newer-schema',
        `The newsroom library at ${where} was set up by a newer Factdesk (schema version ${version}; this Factdesk knows up to ${SCHEMA_VERSION}): update Factdesk to use it.`,
      );
    }
    for (let v = version; v < SCHEMA_VERSION; v++) {
      await client.query(MIGRATIONS[v] as string);
    }
    if (version < SCHEMA_VERSION) {
      if (row.rowCount === 0) await client.query('INSERT INTO factdesk_schema (version) VALUES ($1)', [SCHEMA_VERSION]);
      else await client.query('UPDATE factdesk_schema SET version = $1', [SCHEMA_VERSION]);
    }
    await client.query('COMMIT');
    return ok(SCHEMA_VERSION);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    if ((error as { code?: string }).code === '42501') {
      return fail(
        'permission-denied',
        `The newsroom library at ${where} is not set up yet, and this user may not set it up: ask the newsroom's administrator to connect once with an admin account.`,
      );
    }
    throw error;
  }
}
