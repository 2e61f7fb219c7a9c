// A newsroom library ready for a reader: an admin account (fd_admin) loads one source through the library's own
// import, and a reader account (fd_reader / reader-secret) in the factdesk_reader role is made to search it. Used by
// the newsroom tests that start from a library with something in it.
import { NewsroomLibrary } from '../../../electron/storage/newsroom-library';
import type { NewsroomSourceMeta } from '../../../electron/storage/newsroom-library';
import { value } from '../../unit/result-value';
import type { TestPostgres } from './postgres';

/** The reader account the seeded library is searched with. */
export const READER = { user: 'fd_reader', password: 'reader-secret' };

/**
 * Loads `meta` with one passage per paragraph of `paragraphs` (pinpoints ¶ 1, ¶ 2, ...) and makes the reader; `ssl`
 * for a server that takes only TLS.
 */
export async function seedNewsroom(
  server: TestPostgres,
  meta: NewsroomSourceMeta,
  paragraphs: readonly string[],
  options: { ssl?: boolean } = {},
): Promise<void> {
  await server.sql(`CREATE ROLE fd_admin LOGIN PASSWORD 'admin-secret' CREATEROLE`);
  await server.sql(`GRANT ALL ON DATABASE factdesk TO fd_admin`);
  await server.sql(`GRANT ALL ON SCHEMA public TO fd_admin`);
  const admin = new NewsroomLibrary({
    url: `postgres://fd_admin@127.0.0.1:${server.port}/factdesk${options.ssl ? '?sslmode=no-verify' : ''}`,
    password: 'admin-secret',
  });
  value(await admin.open());
  await server.sql(`GRANT factdesk_admin TO fd_admin`);
  try {
    value(
      await admin.importSource(
        meta,
        paragraphs.map((text, i) => ({ text, pinpoint: `¶ ${i + 1}`, speaker: null, date: null, tags: [] })),
      ),
    );
  } finally {
    await admin.close();
  }
  await server.sql(`CREATE ROLE ${READER.user} LOGIN PASSWORD '${READER.password}' IN ROLE factdesk_reader`);
}
