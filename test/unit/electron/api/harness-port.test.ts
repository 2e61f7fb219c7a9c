// The harness's port: FACTDESK_PORT checked, and a port already taken answered with what to do, not a bare EADDRINUSE.
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { bindHttp } from '../../../../electron/api/bind-http';
import { listenFailure, requestedPort } from '../../../../electron/api/harness-port';
import { createHandlers } from '../../../../electron/api/handlers';
import { handlerDeps, tempDir } from '../storage/helpers';

describe('the harness port', () => {
  it('reads FACTDESK_PORT and refuses what is not a port', () => {
    expect(requestedPort(undefined)).toEqual({ ok: true, value: 0 });
    expect(requestedPort(' ')).toEqual({ ok: true, value: 0 });
    expect(requestedPort('8123')).toEqual({ ok: true, value: 8123 });
    expect(requestedPort('80a')).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-input',
        message: 'FACTDESK_PORT is "80a", which is not a port number between 0 and 65535.',
      },
    });
  });

  it('says what to do when another program holds the port', async () => {
    const other = createServer();
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const port = (other.address() as AddressInfo).port;
    const dir = await tempDir('factdesk-port-');
    const handlers = createHandlers(handlerDeps(dir));
    try {
      const error = await bindHttp(handlers, { staticDir: dir, port, log: () => undefined }).then(
        () => null,
        (e: unknown) => e,
      );
      const sentence = listenFailure(port, error);
      expect(sentence).toContain(`already uses 127.0.0.1:${port}`);
      expect(sentence).toContain('FACTDESK_PORT');
      expect(sentence).not.toContain('EADDRINUSE');
    } finally {
      other.close();
      await handlers.closeAll();
    }
  });
});
