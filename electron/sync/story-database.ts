// A story's database on the newsroom's CouchDB: its name, its members (the story's team, in _security) and the design
// document whose validate_doc_update refuses what must never be there: anything confidential, and any change to an
// event, a draft version, an activity log entry or a source file (or a piece of one) once written. The server enforces both whatever client writes.
import { fail, ok } from '../../shared/api/result';
import type { Result } from '../../shared/api/result';

/** The database name of a story: CouchDB allows lower-case letters, digits and _$()+-/ after a letter. */
export function storyDatabaseName(projectId: string): string {
  return `factdesk-story-${projectId.toLowerCase().replace(/[^a-z0-9_-]/g, '-')}`;
}

/** The refusal sentence the server sends for a confidential document. */
export const CONFIDENTIAL_REFUSAL = 'Confidential sources and notes stay on the device that holds them.';

/**
 * Runs on the server for every write (CouchDB's JavaScript, kept as text). Immutable types: a change of an event,
 * a sign-off or a draft version is refused unless a server admin makes it.
 */
export const VALIDATE_DOC_UPDATE = `function (newDoc, oldDoc, userCtx) {
  if (newDoc.confidential === true) {
    throw({ forbidden: ${JSON.stringify(CONFIDENTIAL_REFUSAL)} });
  }
  var immutable = ['event', 'signoff', 'draft', 'passage', 'log', 'source-file', 'source-chunk'];
  var admin = userCtx.roles.indexOf('_admin') !== -1;
  if (oldDoc && !oldDoc._deleted && immutable.indexOf(oldDoc.type) !== -1 && !admin) {
    throw({ forbidden: 'Events, draft versions, activity log entries and source files are never changed once written.' });
  }
  if (newDoc.type === 'source-chunk' && newDoc._id !== 'chunk:' + newDoc.sha256) {
    throw({ forbidden: 'A piece of a source file is named by the SHA-256 of its bytes.' });
  }
  if (newDoc.type === 'source-file' && newDoc._id !== 'file:' + newDoc.name) {
    throw({ forbidden: 'A source file is named by its name under sources/.' });
  }
}`;

export const DESIGN_DOC_ID = '_design/factdesk';

/**
 * Replication filters the server runs, so a client pulling the story never reads the pieces of its source files on
 * the story's changes feed, and the pieces' own replication reads nothing else ('factdesk/story', 'factdesk/pieces').
 */
export const STORY_FILTERS = {
  story: "function (doc) { return doc.type !== 'source-chunk'; }",
  pieces: "function (doc) { return doc.type === 'source-chunk'; }",
} as const;
export const STORY_FILTER = 'factdesk/story';
export const PIECES_FILTER = 'factdesk/pieces';

/** A fetch that acts as a server admin; `path` starts with a slash. */
export type AdminFetch = (path: string, init?: RequestInit) => Promise<Response>;

/** A refusal saying what the server answered to a step, or null when it accepted it. */
async function refused(response: Response, what: string): Promise<Result<never, 'io-error'> | null> {
  return response.ok
    ? null
    : fail('io-error', `${what}: the server answered ${response.status} ${await response.text()}`);
}

/**
 * Creates the story's database when it is missing, makes `members` its only members, and puts the guard in place
 * (replacing an older guard). Needs a server admin. A step the server does not accept is an 'io-error' naming the
 * step and the server's answer; what `admin` throws (the server cannot be reached) is the caller's to word.
 */
export async function prepareStoryDatabase(
  admin: AdminFetch,
  db: string,
  members: readonly string[],
): Promise<Result<null, 'io-error'>> {
  const made = await admin(`/${db}`, { method: 'PUT' });
  const notMade = made.status === 412 ? null : await refused(made, `Creating the story database ${db}`);
  if (notMade) return notMade;
  const security = { admins: { names: [], roles: [] }, members: { names: [...members], roles: [] } };
  const notSet = await refused(
    await admin(`/${db}/_security`, { method: 'PUT', body: JSON.stringify(security) }),
    `Setting the members of ${db}`,
  );
  if (notSet) return notSet;
  const existing = await admin(`/${db}/${DESIGN_DOC_ID}`);
  const rev = existing.ok ? ((await existing.json()) as { _rev: string })._rev : undefined;
  const notGuarded = await refused(
    await admin(`/${db}/${DESIGN_DOC_ID}`, {
      method: 'PUT',
      body: JSON.stringify({
        ...(rev ? { _rev: rev } : {}),
        validate_doc_update: VALIDATE_DOC_UPDATE,
        filters: STORY_FILTERS,
      }),
    }),
    `Putting the guard on ${db}`,
  );
  return notGuarded ?? ok(null);
}
