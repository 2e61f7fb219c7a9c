import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256, sha256Bytes, utf8Bytes } from '../../../../shared/log/sha256';

const node = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');

describe('sha256', () => {
  it('gives the FIPS 180-4 test vectors', () => {
    expect(sha256('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    expect(sha256('a'.repeat(1_000_000))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  it('agrees with Node on every padding boundary and on any Unicode', () => {
    for (let n = 50; n < 130; n++) expect(sha256('x'.repeat(n))).toBe(node('x'.repeat(n)));
    for (const s of ['Zoë Ölander', '東京', 'مرحبا', '🎉 emoji', 'e\u0301 NFD', '\u{10FFFF}'])
      expect(sha256(s)).toBe(node(s));
  });

  it('encodes UTF-8 as TextEncoder does, lone surrogates included', () => {
    for (const s of ['a\uD800b', '\uDC00', 'é😀'])
      expect(Array.from(utf8Bytes(s))).toEqual(Array.from(new TextEncoder().encode(s)));
    expect(sha256Bytes(new Uint8Array([0xff, 0x00]))).toBe(
      createHash('sha256')
        .update(Buffer.from([0xff, 0x00]))
        .digest('hex'),
    );
  });
});
