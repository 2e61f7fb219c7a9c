// TLS in front of the CouchDB-protocol server, as a newsroom serves its story server over https (CouchDB's own [ssl]
// listener or a reverse proxy): connections are accepted with `cert` and `key` and passed on to the plain port.
import { readFileSync } from 'node:fs';
import type { Socket } from 'node:net';
import { createServer } from 'node:tls';
import { pipeThrough } from './tcp-proxy';

export interface TlsProxy {
  /** https://127.0.0.1:<port>, without a slash at the end. */
  readonly url: string;
  close(): Promise<void>;
}

export async function startTlsProxy(targetPort: number, cert: string, key: string): Promise<TlsProxy> {
  const sockets = new Set<Socket>();
  const server = createServer({ cert: readFileSync(cert), key: readFileSync(key) }, (client) => {
    pipeThrough(client, targetPort, '127.0.0.1', sockets);
  });
  // A client that refuses the certificate ends its handshake; that is the test's point, not an error here.
  server.on('tlsClientError', () => undefined);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `https://127.0.0.1:${port}`,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
