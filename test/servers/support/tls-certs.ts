// Certificates for a PostgreSQL with TLS, made with openssl in a temp folder: a newsroom's own CA, a server
// certificate it signs for 127.0.0.1 (and localhost), and a second, unrelated CA that vouches for nothing here.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface TestCerts {
  /** The CA that signed the server's certificate (PEM). */
  ca: string;
  /** Another CA, which did not. */
  wrongCa: string;
  serverCert: string;
  serverKey: string;
}

function openssl(args: string[], cwd: string): void {
  execFileSync('openssl', args, { cwd, stdio: 'pipe' });
}

/** Makes the two CAs and the server's certificate and key in `folder`/tls. */
export function makeCerts(folder: string): TestCerts {
  const dir = join(folder, 'tls');
  mkdirSync(dir, { recursive: true });
  const ca = (name: string): void =>
    openssl(
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-subj',
        `/CN=${name}`,
        '-keyout',
        `${name}.key`,
        '-out',
        `${name}.crt`,
        '-addext',
        'basicConstraints=critical,CA:TRUE',
        '-addext',
        'keyUsage=critical,keyCertSign,cRLSign',
      ],
      dir,
    );
  ca('newsroom-ca');
  ca('other-ca');
  openssl(
    ['req', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=127.0.0.1', '-keyout', 'server.key', '-out', 'server.csr'],
    dir,
  );
  writeFileSync(join(dir, 'server.ext'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n');
  openssl(
    [
      'x509',
      '-req',
      '-in',
      'server.csr',
      '-CA',
      'newsroom-ca.crt',
      '-CAkey',
      'newsroom-ca.key',
      '-CAcreateserial',
      '-days',
      '2',
      '-out',
      'server.crt',
      '-extfile',
      'server.ext',
    ],
    dir,
  );
  return {
    ca: join(dir, 'newsroom-ca.crt'),
    wrongCa: join(dir, 'other-ca.crt'),
    serverCert: join(dir, 'server.crt'),
    serverKey: join(dir, 'server.key'),
  };
}
