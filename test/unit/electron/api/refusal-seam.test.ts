// A refusal found deep in storage (reading project.factdesk) is a value all the way to each door: the handler's
// Result, the HTTP reply and the CLI's stderr and exit code carry the same code and the same sentence.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bindHttp, TOKEN_HEADER } from '../../../../electron/api/bind-http';
import { createHandlers } from '../../../../electron/api/handlers';
import { EXIT_CODES, runCli } from '../../../../electron/cli';
import { cliDeps, cliDoor } from '../../../../electron/cli/context';
import { callValidated, failureOf } from '../../../../electron/api/validated-call';
import type { Api } from '../../../../shared/api/contract';
import type { Result } from '../../../../shared/api/result';
import { wireReplacer, wireReviver } from '../../../../shared/api/wire';
import { handlerDeps, tempDir } from '../storage/helpers';

const NEWER = `${JSON.stringify({ schemaVersion: 999, title: 'From the future' })}\n`;

describe('a storage refusal through the doors', () => {
  it('reaches the handler, the HTTP reply and the CLI exit code as one code and one sentence', async () => {
    const dir = await tempDir('factdesk-seam-');
    const folder = join(dir, 'story');
    await mkdir(folder);
    await writeFile(join(folder, 'project.factdesk'), NEWER);
    const env = { FACTDESK_DATA_DIR: join(dir, '.data') };
    const open = () => createHandlers({ ...cliDeps(env, '1.0.0'), emit: () => {} });

    const handlers = open();
    const direct = await handlers.openProject({ path: folder });
    await handlers.closeAll();
    expect(direct.ok).toBe(false);
    if (direct.ok) return;
    expect(direct.error.code).toBe('newer-schema');
    expect(direct.error.message).toContain(join(folder, 'project.factdesk'));

    const staticDir = join(dir, 'static');
    await mkdir(staticDir);
    const served = open();
    const server = await bindHttp(served, { staticDir });
    let overHttp: Result<unknown>;
    try {
      const res = await fetch(`${server.url}/api/openProject`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: server.token },
        body: JSON.stringify({ path: folder }, wireReplacer),
      });
      overHttp = JSON.parse(await res.text(), wireReviver) as Result<unknown>;
    } finally {
      await server.close();
      await served.closeAll();
    }
    expect(overHttp).toEqual({ ok: false, error: direct.error });

    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (t: string) => out.push(t), err: (t: string) => err.push(t), env, cwd: dir };
    const code = await runCli(['info', folder], io, () => cliDoor(open()));
    expect(code).toBe(EXIT_CODES['newer-schema']);
    expect(code).not.toBe(0);
    expect(err.join('')).toBe(`factdesk: ${direct.error.message}\n`);
    expect(out).toEqual([]);

    expect(await readFile(join(folder, 'project.factdesk'), 'utf8')).toBe(NEWER);
  });
});

describe('what a handler throws', () => {
  it('is a bug, worded the same at every door as an internal problem naming the method', async () => {
    const handlers = createHandlers(handlerDeps(await tempDir('factdesk-seam-')));
    const broken = { ...handlers, getAppInfo: () => Promise.reject(new Error('disk on fire')) } as unknown as Api;
    const viaDoor = await callValidated(broken, 'getAppInfo', {});
    expect(viaDoor).toEqual(failureOf('getAppInfo', new Error('disk on fire')));
    expect(viaDoor.ok ? '' : viaDoor.error.message).toBe(
      'Something unexpected went wrong in Factdesk while running "getAppInfo" (disk on fire). Your last saved work is on disk.',
    );
    await handlers.closeAll();
  });
});
