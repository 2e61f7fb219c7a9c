// Serving dist/renderer for app://factdesk: real files in a temp folder, traversal refused, headers on every reply.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeFor, resolveAppFile, serveAppFile } from '../../../../electron/security/app-files';
import { CONTENT_SECURITY_POLICY } from '../../../../electron/security/csp';

let base = '';
let root = '';

beforeAll(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'factdesk-app-files-'));
  root = path.join(base, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Factdesk</title>');
  await writeFile(path.join(root, 'assets', 'index-abc.js'), 'console.log("Factdesk")');
  await writeFile(path.join(base, 'secret.txt'), 'outside the renderer folder');
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('resolveAppFile', () => {
  it('maps app URLs to files inside the renderer folder', () => {
    expect(resolveAppFile('app://factdesk/index.html', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile('app://factdesk/', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile('app://factdesk/assets/index-abc.js?v=1#x', root)).toBe(
      path.join(root, 'assets', 'index-abc.js'),
    );
  });

  it.each([
    'app://factdesk/../secret.txt',
    'app://factdesk/%2e%2e/secret.txt',
    'app://factdesk/assets/../../secret.txt',
  ])('keeps %s inside the folder (the URL parser stops at its root)', (url) => {
    expect(resolveAppFile(url, root)).toBe(path.join(root, 'secret.txt'));
  });

  it.each([
    'app://factdesk/..%2Fsecret.txt',
    'app://factdesk/assets/..%2F..%2Fsecret.txt',
    'app://factdesk/..%5Csecret.txt',
    'app://factdesk/index.html%00.js',
    'app://factdesk/C:%2FWindows%2Fwin.ini',
    'app://factdesk/%E0%A4%A',
    'app://other/index.html',
    'https://factdesk/index.html',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(url, root)).toBeNull();
  });
});

describe('serveAppFile', () => {
  it('serves a file with its type and the Content-Security-Policy', async () => {
    const reply = await serveAppFile('app://factdesk/index.html', 'GET', root);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(Buffer.from(reply.body).toString('utf8')).toContain('<title>Factdesk</title>');
  });

  it('answers 403 outside the folder, 404 for missing files and folders, 405 for writes, always with the policy', async () => {
    const outside = await serveAppFile('app://factdesk/..%2Fsecret.txt', 'GET', root);
    const missing = await serveAppFile('app://factdesk/nope.js', 'GET', root);
    const folder = await serveAppFile('app://factdesk/assets', 'GET', root);
    const post = await serveAppFile('app://factdesk/index.html', 'POST', root);
    expect([outside.status, missing.status, folder.status, post.status]).toEqual([403, 404, 404, 405]);
    for (const reply of [outside, missing, folder, post]) {
      expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(String(reply.body)).not.toContain('outside the renderer folder');
    }
  });

  it('knows the types Vite emits', () => {
    expect(contentTypeFor('a.js')).toMatch(/^text\/javascript/);
    expect(contentTypeFor('a.CSS')).toMatch(/^text\/css/);
    expect(contentTypeFor('a.woff2')).toBe('font/woff2');
    expect(contentTypeFor('a.unknown')).toBe('application/octet-stream');
  });
});
