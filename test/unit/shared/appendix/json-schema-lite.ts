// A small JSON Schema (2020-12) checker for the keywords appendix.schema.json uses, so the test can prove the JSON
// export follows its schema without another package. Unknown keywords fail loudly rather than pass silently.
type Schema = Record<string, unknown>;

const KNOWN = new Set([
  '$schema',
  '$id',
  '$defs',
  'title',
  'description',
  'type',
  'const',
  'enum',
  'properties',
  'required',
  'additionalProperties',
  'items',
  '$ref',
  'anyOf',
  'minimum',
  'maximum',
  'minLength',
  'pattern',
]);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeMatches(expected: string, actual: string): boolean {
  return expected === actual || (expected === 'number' && actual === 'integer');
}

/** Returns the problems found, as "path: what" lines; empty when the value is valid. */
export function validateJsonSchema(root: Schema, value: unknown): string[] {
  return validateAgainst(root, root, value, '$');
}

function validateAgainst(root: Schema, start: Schema, value: unknown, at: string): string[] {
  const errors: string[] = [];
  const resolve = (ref: string): Schema => {
    const m = /^#\/\$defs\/(.+)$/.exec(ref);
    const defs = root.$defs as Record<string, Schema> | undefined;
    const found = m ? defs?.[m[1]!] : undefined;
    if (!found) throw new Error(`Unknown $ref ${ref}`);
    return found;
  };
  const check = (schema: Schema, v: unknown, path: string): void => {
    for (const key of Object.keys(schema))
      if (!KNOWN.has(key)) throw new Error(`Keyword ${key} is not supported at ${path}`);
    if (typeof schema.$ref === 'string') check(resolve(schema.$ref), v, path);
    if (schema.type !== undefined) {
      const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
      if (!types.some((t) => typeMatches(t, typeOf(v))))
        errors.push(`${path}: expected ${types.join('|')}, got ${typeOf(v)}`);
    }
    if ('const' in schema && v !== schema.const) errors.push(`${path}: expected ${JSON.stringify(schema.const)}`);
    if (Array.isArray(schema.enum) && !schema.enum.includes(v))
      errors.push(`${path}: ${JSON.stringify(v)} not in enum`);
    if (typeof v === 'number') {
      if (typeof schema.minimum === 'number' && v < schema.minimum) errors.push(`${path}: below ${schema.minimum}`);
      if (typeof schema.maximum === 'number' && v > schema.maximum) errors.push(`${path}: above ${schema.maximum}`);
    }
    if (typeof v === 'string') {
      if (typeof schema.minLength === 'number' && [...v].length < schema.minLength) errors.push(`${path}: too short`);
      if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(v))
        errors.push(`${path}: does not match ${schema.pattern}`);
    }
    if (Array.isArray(schema.anyOf)) {
      const ok = (schema.anyOf as Schema[]).some((sub) => validateAgainst(root, sub, v, path).length === 0);
      if (!ok) errors.push(`${path}: matches none of anyOf`);
    }
    if (typeOf(v) === 'object') {
      const obj = v as Record<string, unknown>;
      const props = (schema.properties ?? {}) as Record<string, Schema>;
      for (const req of (schema.required ?? []) as string[]) if (!(req in obj)) errors.push(`${path}: missing ${req}`);
      for (const [k, val] of Object.entries(obj)) {
        if (props[k]) check(props[k], val, `${path}.${k}`);
        else if (schema.additionalProperties === false) errors.push(`${path}: unexpected property ${k}`);
      }
    }
    if (Array.isArray(v) && schema.items) v.forEach((item, i) => check(schema.items as Schema, item, `${path}[${i}]`));
  };
  check(start, value, at);
  return errors;
}
