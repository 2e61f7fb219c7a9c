// Ordered, pure migrations of the project document. Each takes the document at version N and returns version N+1.
// A file whose schemaVersion is above CURRENT_SCHEMA_VERSION is refused, never migrated down.
import { headOf } from '../log/log-head';
import type { NewHistoryEntry } from './claim';
import { CURRENT_SCHEMA_VERSION } from './project';

type Json = Record<string, unknown>;

export interface Migration {
  from: number;
  to: number;
  describe: string;
  run(doc: Json): Json;
}

const CONTEXT = 32;

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Version 1 kept a single draft string and claims as bare offsets; version 2 keeps draft versions and anchors. */
const v1ToV2: Migration = {
  from: 1,
  to: 2,
  describe: 'Draft versions and text-quote anchors',
  run(doc) {
    const text = typeof doc.draftText === 'string' ? doc.draftText : '';
    const createdAt = typeof doc.createdAt === 'string' ? doc.createdAt : new Date(0).toISOString();
    const hasDraft = text.length > 0;
    const draftId = 'draft-1';
    const claims = asArray(doc.claims).map((raw, i) => {
      const c = (raw ?? {}) as Json;
      const start = Math.max(0, Math.min(text.length, Number(c.start) || 0));
      const end = Math.max(start, Math.min(text.length, Number(c.end) || start));
      const by = typeof c.createdBy === 'string' ? c.createdBy : 'Unknown';
      return {
        id: typeof c.id === 'string' && c.id ? c.id : `claim-${i + 1}`,
        anchor: {
          draftId,
          exact: text.slice(start, end),
          prefix: text.slice(Math.max(0, start - CONTEXT), start),
          suffix: text.slice(end, end + CONTEXT),
          start,
          end,
          state: 'exact',
        },
        kind: typeof c.kind === 'string' ? c.kind : 'other',
        status: typeof c.status === 'string' ? c.status : 'unchecked',
        assignee: null,
        notes: typeof c.notes === 'string' ? c.notes : '',
        createdAt,
        createdBy: by,
        updatedAt: createdAt,
        updatedBy: by,
        history: [
          {
            at: createdAt,
            by,
            action: 'migrated',
            field: 'schemaVersion',
            from: '1',
            to: '2',
          } satisfies NewHistoryEntry,
        ],
      };
    });
    const { draftText: _drop, ...rest } = doc;
    void _drop;
    return {
      ...rest,
      schemaVersion: 2,
      updatedAt: typeof doc.updatedAt === 'string' ? doc.updatedAt : createdAt,
      drafts: hasDraft
        ? [{ id: draftId, number: 1, text, importedAt: createdAt, importedBy: 'Unknown', origin: 'paste' }]
        : [],
      currentDraftId: hasDraft ? draftId : null,
      claims,
    };
  },
};

/** Version 3 records the activity log's head (entry count and last hash) in the project file. */
const v2ToV3: Migration = {
  from: 2,
  to: 3,
  describe: "The activity log's head in the project file",
  run(doc) {
    return { ...doc, schemaVersion: 3, logHead: headOf(asArray(doc.activityLog)) };
  },
};

export const MIGRATIONS: readonly Migration[] = [v1ToV2, v2ToV3];

export type MigrationOutcome =
  | { kind: 'current'; doc: Json }
  | { kind: 'migrated'; doc: Json; from: number; steps: string[] }
  | { kind: 'newer'; version: number }
  | { kind: 'unknown-version'; version: unknown };

/** Brings a parsed document up to the current schema version, or says why it cannot. */
export function migrate(doc: Json, migrations: readonly Migration[] = MIGRATIONS): MigrationOutcome {
  const version = doc.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { kind: 'unknown-version', version };
  }
  if (version > CURRENT_SCHEMA_VERSION) return { kind: 'newer', version };
  if (version === CURRENT_SCHEMA_VERSION) return { kind: 'current', doc };
  let current = doc;
  let at = version;
  const steps: string[] = [];
  while (at < CURRENT_SCHEMA_VERSION) {
    const step = migrations.find((m) => m.from === at);
    if (!step) return { kind: 'unknown-version', version };
    current = step.run(current);
    steps.push(step.describe);
    at = step.to;
  }
  return { kind: 'migrated', doc: current, from: version, steps };
}
