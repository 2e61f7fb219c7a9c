// electron-builder.yml: valid against electron-builder's own schema, and holding the settings Factdesk relies on.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..', '..', '..');
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration(
    config: unknown,
    logger: { isEnabled: boolean; add(key: string, value: unknown): void },
  ): Promise<void>;
};

type Config = Record<string, Record<string, unknown> & unknown[]>;
const config = yaml.load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Config;

describe('electron-builder.yml', () => {
  it('passes electron-builder schema validation', async () => {
    await expect(validateConfiguration(config, { isEnabled: false, add: () => undefined })).resolves.toBeUndefined();
  });

  it('packages the bundles, in an asar, into release/', () => {
    expect(config.productName).toBe('Factdesk');
    expect(config.directories).toMatchObject({ output: 'release' });
    expect(config.files).toEqual(expect.arrayContaining(['dist/**', 'package.json']));
    expect(config.asar).toBe(true);
  });

  it('associates .factdesk project files', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({
        ext: 'factdesk',
        name: 'Factdesk project',
        role: 'Editor',
        mimeType: 'application/x-factdesk+json',
      }),
    ]);
  });

  it('builds AppImage + deb, dmg with the hardened runtime, and a per-machine NSIS installer (needed for the Windows file association)', () => {
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'], category: 'Office' });
    expect(config.mac).toMatchObject({
      target: ['dmg'],
      category: 'public.app-category.productivity',
      hardenedRuntime: true,
    });
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: true });
  });

  it('flips the hardening fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
    });
  });

  it('points at resources that exist', () => {
    for (const file of ['build/icon.png', 'build/entitlements.mac.plist']) {
      expect(() => readFileSync(path.join(root, file))).not.toThrow();
    }
    const png = readFileSync(path.join(root, 'build/icon.png'));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
  });
});

describe('what the bundles load at run time', () => {
  it('is a production dependency, so electron-builder ships it', async () => {
    const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const { EXTERNAL_MODULES } = (await import('../../../scripts/build-node.mjs')) as { EXTERNAL_MODULES: string[] };
    const loaded = EXTERNAL_MODULES.filter((name) => name !== 'electron');
    expect(loaded.length).toBeGreaterThan(0);
    for (const name of loaded) expect(packageJson.dependencies, name).toHaveProperty([name]);
    expect(config.files).not.toContain('!**/node_modules/**');
  });

  it('rebuilds the native LevelDB store under pouchdb for Electron, since the app loads pouchdb', async () => {
    const { EXTERNAL_MODULES } = (await import('../../../scripts/build-node.mjs')) as { EXTERNAL_MODULES: string[] };
    expect(EXTERNAL_MODULES).toContain('pouchdb');
    expect((config as { npmRebuild?: boolean }).npmRebuild).toBe(true);
  });
});
