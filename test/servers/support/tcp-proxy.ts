// A TCP proxy between one client and the CouchDB-protocol server: cut() drops every open connection and refuses new
// ones (as when a train enters a tunnel), restore() lets connections through again.
import { createConnection, createServer, type Socket } from 'node:net';

export interface TcpProxy {
  readonly port: number;
  readonly url: string;
  cut(): void;
  restore(): void;
  close(): Promise<void>;
}

/**
 * Joins a client's connection to the server at `targetPort`, both ways; `sockets` holds the two while they are open
 * (so a proxy can drop them all), and either side closing or failing drops both.
 */
export function pipeThrough(client: Socket, targetPort: number, targetHost: string, sockets: Set<Socket>): void {
  const upstream = createConnection({ port: targetPort, host: targetHost });
  sockets.add(client).add(upstream);
  const drop = () => {
    client.destroy();
    upstream.destroy();
    sockets.delete(client);
    sockets.delete(upstream);
  };
  client.on('error', drop).on('close', drop);
  upstream.on('error', drop).on('close', drop);
  client.pipe(upstream);
  upstream.pipe(client);
}

export async function startTcpProxy(targetPort: number, targetHost = '127.0.0.1'): Promise<TcpProxy> {
  let open = true;
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    if (!open) {
      client.destroy();
      return;
    }
    pipeThrough(client, targetPort, targetHost, sockets);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  const cutAll = () => {
    for (const socket of sockets) socket.destroy();
    sockets.clear();
  };
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    cut: () => {
      open = false;
      cutAll();
    },
    restore: () => {
      open = true;
    },
    close: async () => {
      open = false;
      cutAll();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
