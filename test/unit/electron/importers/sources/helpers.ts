// Shared by the source importer tests: reading fixtures and parsing them through the real parseSource.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSource } from '../../../../../electron/importers/sources/parse-source';
import type {
  ParsedSource,
  ParseSourceInput,
  ParseSourceOptions,
} from '../../../../../electron/importers/sources/types';

export const FIXTURES = join(__dirname, '../../../../fixtures/sources');

export const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(FIXTURES, name)));

/** Parses a fixture (or given bytes) and fails the test with the refusal's sentence if it was refused. */
export async function parsed(
  fileName: string,
  extra: Partial<ParseSourceInput> = {},
  options: ParseSourceOptions = {},
): Promise<ParsedSource> {
  const result = await parseSource({ bytes: extra.bytes ?? fixture(fileName), fileName, ...extra }, options);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** "[pinpoint] speaker: text" lines, the way a reporter reads the passages. */
export function outline(source: ParsedSource): string[] {
  return source.passages.map((p) => `[${p.pinpoint.label}] ${p.speaker ?? '-'}: ${p.text}`);
}
