// The appendix as JSON: the appendix model itself, described by appendix.schema.json (JSON Schema 2020-12).
import { APPENDIX_FORMAT_VERSION, type Appendix } from './types';

/** The $id of the JSON Schema the output follows: its version is the format's (APPENDIX_FORMAT_VERSION). */
export const APPENDIX_SCHEMA_ID = `urn:factdesk:schema:appendix:${APPENDIX_FORMAT_VERSION}`;

/** The format version of a schema Factdesk wrote (any version), from its text; null for any other file. */
export function factdeskSchemaVersion(text: string): number | null {
  try {
    const parsed: unknown = JSON.parse(text);
    const id = parsed !== null && typeof parsed === 'object' ? (parsed as { $id?: unknown }).$id : undefined;
    const match = typeof id === 'string' ? /^urn:factdesk:schema:appendix:(\d{1,6})$/.exec(id) : null;
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** Writes the appendix model as indented JSON ending with one newline. */
export function appendixToJson(appendix: Appendix): string {
  return `${JSON.stringify(appendix, null, 2)}\n`;
}
