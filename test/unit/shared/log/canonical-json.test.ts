import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../../shared/log/canonical-json';

describe('canonicalJson', () => {
  it('sorts keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}',
    );
    expect(canonicalJson({ b: 1, a: 2 })).toBe(canonicalJson({ a: 2, b: 1 }));
  });

  it('writes strings and numbers as JSON does and drops undefined keys', () => {
    expect(canonicalJson({ s: 'line\n"quote" \u2028 é', n: 1e21, m: -0.5, u: undefined })).toBe(
      '{"m":-0.5,"n":1e+21,"s":"line\\n\\"quote\\" \u2028 é"}',
    );
  });

  it('refuses what could not be read back', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(/not a JSON number/);
    expect(() => canonicalJson([undefined])).toThrow(/undefined/);
    expect(() => canonicalJson({ d: new Date(0) })).toThrow(/plain objects/);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(/function/);
  });
});
