// The appendix as JSON: the appendix model itself, described by appendix.schema.json (JSON Schema 2020-12).
import type { Appendix } from './types';

/** The $id of the JSON Schema the output follows. */
export const APPENDIX_SCHEMA_ID = 'urn:factdesk:schema:appendix:1';

/** Writes the appendix model as indented JSON ending with one newline. */
export function appendixToJson(appendix: Appendix): string {
  return `${JSON.stringify(appendix, null, 2)}\n`;
}
