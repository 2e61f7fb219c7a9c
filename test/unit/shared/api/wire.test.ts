import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, wireReplacer, wireReviver } from '../../../../shared/api/wire';

describe('the HTTP wire format', () => {
  it('carries bytes inside JSON and back, large ones included', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7) % 256);
    const text = JSON.stringify({ ok: true, value: { index: bytes, n: 1 } }, wireReplacer);
    const back = JSON.parse(text, wireReviver) as { value: { index: Uint8Array; n: number } };
    expect(back.value.index).toBeInstanceOf(Uint8Array);
    expect(Array.from(back.value.index)).toEqual(Array.from(bytes));
    expect(bytesToBase64(new Uint8Array([104, 105]))).toBe(Buffer.from('hi').toString('base64'));
    expect(Array.from(base64ToBytes('aGk='))).toEqual([104, 105]);
  });

  it('leaves ordinary objects that happen to have a $bytes key among others alone', () => {
    const value = JSON.parse('{"$bytes":"aGk=","other":1}', wireReviver);
    expect(value).toEqual({ $bytes: 'aGk=', other: 1 });
  });
});
