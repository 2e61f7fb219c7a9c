// Reading project.factdesk: strict UTF-8, JSON, migrations and zod validation. Anything doubtful is refused with a
// sentence naming the file; the file itself is never touched by a refused read.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { fail, ok } from '../../shared/api/result';
import type { Result } from '../../shared/api/result';
import { CURRENT_SCHEMA_VERSION, describeIssues, projectDocSchema } from '../../shared/model/project';
import type { ProjectDoc } from '../../shared/model/project';
import { migrate } from '../../shared/model/migrations';
import { MAX_JSON_NESTING, jsonTooDeepAt } from '../../shared/text/json-nesting';

export const PROJECT_FILE_NAME = 'project.factdesk';

export interface LoadedProject {
  doc: ProjectDoc;
  /** sha256 of the bytes read, to notice later changes by other programs. */
  hash: string;
  bytes: Buffer;
  /** Set when the file was in an older format and was migrated in memory. */
  migratedFrom?: number;
  migrationSteps?: string[];
}

/** sha256 of some bytes, hex. */
export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const POLLUTING_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** JSON.parse that drops keys able to reach an object's prototype, so hand-edited files cannot pollute it. */
export function parseJsonSafely(text: string): unknown {
  return JSON.parse(text, (key, value: unknown) => (POLLUTING_KEYS.has(key) ? undefined : value));
}

/**
 * The first steps of reading any of Factdesk's JSON files: strict UTF-8, a nesting limit, JSON without prototype
 * keys. Each refusal is a Result naming `file`; `what` ends the UTF-8 sentence ("it is not a ... file").
 */
export function parseJsonFile(bytes: Uint8Array, file: string, what: string): Result<unknown> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('corrupt-file', `${file} is not valid UTF-8 text, so ${what}; it was not changed.`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const deepAt = jsonTooDeepAt(text);
  if (deepAt !== null) {
    return fail(
      'invalid-file',
      `${file} nests lists or objects more than ${MAX_JSON_NESTING} levels deep (line ${deepAt.toLocaleString('en-US')}), which no Factdesk file does; it was not read and not changed.`,
    );
  }
  try {
    return ok(parseJsonSafely(text));
  } catch (error) {
    return fail(
      'corrupt-file',
      `${file} is not complete JSON (it may have been cut short or damaged): ${(error as Error).message}.`,
    );
  }
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'a string';
  return `${typeof value} ${JSON.stringify(value)}`.slice(0, 40);
}

/**
 * Turns the bytes of a project file into a validated, current-version document, or a refusal whose sentence names
 * `file` and the problem.
 */
export function decodeProject(bytes: Buffer, file: string): Result<Omit<LoadedProject, 'hash' | 'bytes'>> {
  if (bytes.length === 0) {
    return fail('corrupt-file', `${file} is empty, so there is no project in it to open.`);
  }
  if (bytes.every((b) => b === 0)) {
    return fail(
      'corrupt-file',
      `${file} is filled with zero bytes (this happens when a computer loses power while saving). Restore it from its backups folder.`,
    );
  }
  const read = parseJsonFile(bytes, file, 'it is not a Factdesk project file');
  if (!read.ok) return read;
  const parsed = read.value;
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return fail(
      'invalid-file',
      `${file} does not hold a Factdesk project: it contains ${describeValue(parsed)} instead of a project.`,
    );
  }
  const outcome = migrate(parsed as Record<string, unknown>);
  if (outcome.kind === 'newer') {
    return fail(
      'newer-schema',
      `${file} was saved by a newer version of Factdesk (format ${outcome.version}; this version reads up to format ${CURRENT_SCHEMA_VERSION}). Update Factdesk to open it; the file was not changed.`,
      { version: outcome.version },
    );
  }
  if (outcome.kind === 'unknown-version') {
    return fail(
      'invalid-file',
      `${file} has no valid schemaVersion (${outcome.version === undefined ? 'the field is missing' : `found ${describeValue(outcome.version)}`}), so Factdesk cannot tell how to read it.`,
    );
  }
  const checked = projectDocSchema.safeParse(outcome.doc);
  if (!checked.success) {
    const lines = describeIssues(checked.error);
    return fail(
      'invalid-file',
      `${file} has fields Factdesk cannot read: ${lines.join('; ')}. Fix them by hand or restore a backup; the file was not changed.`,
      { issues: lines },
    );
  }
  return ok(
    outcome.kind === 'migrated'
      ? { doc: checked.data, migratedFrom: outcome.from, migrationSteps: outcome.steps }
      : { doc: checked.data },
  );
}

/** Reads and validates a project file, or a refusal with a sentence naming the file. */
export async function readProjectFile(file: string): Promise<Result<LoadedProject>> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    return ioError(error, file, 'read');
  }
  const decoded = decodeProject(bytes, file);
  return decoded.ok ? ok({ ...decoded.value, bytes, hash: hashBytes(bytes) }) : decoded;
}

/** The sha256 of the file as it is on disk now, or null when it is gone. */
export async function hashFileOnDisk(file: string): Promise<string | null> {
  try {
    return hashBytes(await fs.readFile(file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Serialises a document the way Factdesk stores it: stable two-space JSON with a final newline. */
export function serializeProject(doc: ProjectDoc): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** A Node file error as a refusal with a sentence a reporter understands, naming the file. */
export function ioError(error: unknown, file: string, verb: 'read' | 'save' | 'create'): Result<never> {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return fail('not-found', `${file} does not exist (it may have been moved or deleted).`);
    case 'ENOSPC':
    case 'EDQUOT':
      return fail(
        'disk-full',
        `Could not ${verb} ${file}: the disk is full. Free some space; your changes are kept in memory.`,
      );
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return fail(
        'permission-denied',
        `Could not ${verb} ${file}: Factdesk is not allowed to write there (the folder may be read-only).`,
      );
    case 'EISDIR':
      return fail('invalid-input', `${file} is a folder, not a file.`);
    default:
      return fail('io-error', `Could not ${verb} ${file}: ${(error as Error).message}`);
  }
}
