// observeApi: the reply is unchanged and the observer sees every call, even when it throws.
import { describe, expect, it } from 'vitest';
import { observeApi } from '../../../../electron/desktop/observe-api';
import { METHOD_NAMES } from '../../../../shared/api/contract';
import type { Api } from '../../../../shared/api/contract';
import { ok } from '../../../../shared/api/result';

describe('observeApi', () => {
  it('reports each call after it finishes and returns the reply unchanged', async () => {
    const api = Object.fromEntries(
      METHOD_NAMES.map((m) => [m, async (input: unknown) => ok({ m, input })]),
    ) as unknown as Api;
    const seen: string[] = [];
    const observed = observeApi(api, (method) => {
      seen.push(method);
      if (method === 'removeRecent') throw new Error('menu refresh failed');
    });
    expect(await observed.closeProject({ projectId: 'p1' })).toEqual(
      ok({ m: 'closeProject', input: { projectId: 'p1' } }),
    );
    expect(await observed.removeRecent({ path: '/stories/vote' })).toMatchObject({ ok: true });
    expect(seen).toEqual(['closeProject', 'removeRecent']);
  });
});
