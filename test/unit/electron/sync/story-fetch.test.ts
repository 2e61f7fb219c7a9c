// The story server's fetch and its one sentence for a request that got no answer: which certificate authorities it
// adds to Node's defaults, and how each kind of failure reads (test/servers/story-tls.test.ts connects for real).
import { rootCertificates } from 'node:tls';
import { describe, expect, it } from 'vitest';
import { noAnswer, storyFetch, trustedAuthorities } from '../../../../electron/sync/story-fetch';
import { value } from '../../result-value';

const PEM = '-----BEGIN CERTIFICATE-----\nMIIBnewsroom\n-----END CERTIFICATE-----\n';

function fetchFailed(code: string, message = code): Error {
  return new TypeError('fetch failed', { cause: Object.assign(new Error(message), { code }) });
}

describe('trustedAuthorities', () => {
  it("adds nothing (Node's defaults apply) without a system store or a newsroom CA", () => {
    expect(trustedAuthorities(null, null)).toBeNull();
    expect(trustedAuthorities(null, () => [])).toBeNull();
    expect(
      trustedAuthorities(null, () => {
        throw new Error('the keychain is locked');
      }),
    ).toBeNull();
  });

  it("keeps the public CAs and adds the system's and the newsroom's, once each", () => {
    const list = trustedAuthorities(PEM, () => [PEM, 'system-ca'])!;
    expect(list).toEqual(expect.arrayContaining([...rootCertificates, 'system-ca', PEM]));
    expect(list.filter((c) => c === PEM)).toHaveLength(1);
  });
});

describe('storyFetch', () => {
  it('is the global fetch when nothing is added', async () => {
    expect(value(await storyFetch(null, null))).toBe(globalThis.fetch);
  });
});

describe('noAnswer', () => {
  const host = 'couch.newsroom.example:6984';
  it.each([
    [
      'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
      `The newsroom's story server at ${host} presented a certificate that no certificate authority trusted here vouches for, so Factdesk did not connect: choose the newsroom's CA certificate file in Preferences (Story server), or set FACTDESK_SYNC_CA to it.`,
    ],
    [
      'ERR_TLS_CERT_ALTNAME_INVALID',
      `The newsroom's story server at ${host} presented a certificate for another host name, so Factdesk did not connect: use the host name the certificate names.`,
    ],
    [
      'CERT_HAS_EXPIRED',
      `The newsroom's story server at ${host} presented an expired certificate, so Factdesk did not connect.`,
    ],
  ])('words %s', (code, sentence) => {
    expect(noAnswer(host, fetchFailed(code))).toBe(sentence);
  });

  it('says the server could not be reached, with why', () => {
    expect(noAnswer(host, fetchFailed('ECONNREFUSED', 'connect ECONNREFUSED 10.0.0.5:6984'))).toBe(
      `The newsroom's story server at ${host} could not be reached (fetch failed: connect ECONNREFUSED 10.0.0.5:6984).`,
    );
    expect(noAnswer(host, new Error('no answer'))).toBe(
      `The newsroom's story server at ${host} could not be reached (no answer).`,
    );
  });
});
