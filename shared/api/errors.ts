// The error codes Factdesk replies with. Each comes with a sentence written where it is raised.

export const ERROR_CODES = [
  'invalid-input',
  'not-found',
  'not-a-project',
  'project-exists',
  'project-not-open',
  'project-locked',
  'read-only',
  'lock-stale',
  'corrupt-file',
  'invalid-file',
  'newer-schema',
  'external-change',
  'disk-full',
  'permission-denied',
  'io-error',
  'file-exists',
  'no-draft',
  'needs-encoding',
  'no-native-dialog',
  'cancelled',
  'untrusted-sender',
  'unknown-method',
  'internal',
  // Shared stories: the story server refused the name and password, could not be reached, needs an admin to
  // prepare the story's database, the project is not shared, or it is and what was asked would undo the story's sync
  // (restoring a backup).
  'sign-in-refused',
  'server-unreachable',
  'needs-server-admin',
  'not-shared',
  'shared-story',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
