// Reading a newsroom's CA certificate file, for the newsroom library and the story server alike: its text, or a
// sentence naming the file and what is wrong with it.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCaCertificate } from '../../../../electron/security/ca-certificate';

const PEM = '-----BEGIN CERTIFICATE-----\nMIIBnewsroom\n-----END CERTIFICATE-----\n';
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'factdesk-ca-'));
  await writeFile(join(dir, 'ca.pem'), PEM);
  await writeFile(join(dir, 'notes.txt'), 'not a certificate\n');
});

afterAll(() => rm(dir, { recursive: true, force: true }));

describe('readCaCertificate', () => {
  it('gives the text of a PEM certificate', async () => {
    expect(await readCaCertificate(join(dir, 'ca.pem'))).toEqual({ ok: true, value: PEM });
  });

  it('names a missing file, and whose CA it was to be', async () => {
    const missing = join(dir, 'missing.pem');
    expect(await readCaCertificate(missing)).toEqual({
      ok: false,
      error: {
        code: 'invalid-file',
        message: `The CA certificate file ${missing} cannot be read (there is no such file).`,
      },
    });
    expect(await readCaCertificate(missing, `${missing} (FACTDESK_SYNC_CA)`, "story server's ")).toEqual({
      ok: false,
      error: {
        code: 'invalid-file',
        message: `The story server's CA certificate file ${missing} (FACTDESK_SYNC_CA) cannot be read (there is no such file).`,
      },
    });
  });

  it('names a file that holds no certificate', async () => {
    const notes = join(dir, 'notes.txt');
    expect(await readCaCertificate(notes)).toEqual({
      ok: false,
      error: {
        code: 'invalid-file',
        message: `${notes} is not a CA certificate in PEM form (a text file starting with -----BEGIN CERTIFICATE-----).`,
      },
    });
  });
});
