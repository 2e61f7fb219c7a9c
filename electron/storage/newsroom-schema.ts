// The newsroom library's schema on PostgreSQL, versioned: each migration runs once, in order, in one transaction with
// the version row (table factdesk_schema), on connect. A database set up by a newer Factdesk is refused.
// Roles: factdesk_reader (search), factdesk_contributor (also add sources), factdesk_admin (also remove sources);
// newsroom users are made members of one of them (README, "Newsroom set-up"). Row-level security: everybody with a
// role reads; only contributors and admins insert; only admins delete. A confidential source never gets in (CHECK
// and policy). Passages and words are guarded by grants alone (COPY cannot load a table with row-level security).
import type pg from 'pg';
import { FactdeskError } from '../../shared/api/result';

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
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Brings the database to SCHEMA_VERSION in one transaction (an advisory lock keeps two apps from doing it at once).
 * Refuses a database from a newer Factdesk, and says so when the user may read but not set up the library.
 */
export async function migrate(client: pg.ClientBase, where: string): Promise<number> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock(7412300915)');
    const exists = await client.query<{ t: string | null }>("SELECT to_regclass('factdesk_schema')::text AS t");
    if (!exists.rows[0]?.t) await client.query('CREATE TABLE factdesk_schema (version integer NOT NULL)');
    const row = await client.query<{ version: number }>('SELECT version FROM factdesk_schema');
    const version = row.rows[0]?.version ?? 0;
    if (version > SCHEMA_VERSION) {
      throw new FactdeskError(
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
    return SCHEMA_VERSION;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    if ((error as { code?: string }).code === '42501') {
      throw new FactdeskError(
        'permission-denied',
        `The newsroom library at ${where} is not set up yet, and this user may not set it up: ask the newsroom's administrator to connect once with an admin account.`,
      );
    }
    throw error;
  }
}
