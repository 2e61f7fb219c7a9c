// The newsroom form of Preferences as data: defaults, and each wrong field named with one sentence before anything is
// sent; the CA file is kept only with TLS "Verify".
import { describe, expect, it } from 'vitest';
import { formFrom, settingsFrom } from '../../../../../renderer/features/preferences/newsroom-form';

describe('newsroom-form', () => {
  it('starts from port 5432, database factdesk and TLS required, with no password', () => {
    expect(formFrom(null)).toEqual({
      host: '',
      port: '5432',
      database: 'factdesk',
      user: '',
      tls: 'require',
      caFile: '',
      password: '',
    });
  });

  it('names the first wrong field', () => {
    const good = { ...formFrom(null), host: 'db.newsroom.example', user: 'ana' };
    expect(settingsFrom({ ...good, host: 'db news' })).toMatchObject({ ok: false, field: 'host' });
    expect(settingsFrom({ ...good, port: '70000' })).toMatchObject({ ok: false, field: 'port' });
    expect(settingsFrom({ ...good, database: '' })).toMatchObject({ ok: false, field: 'database' });
    expect(settingsFrom({ ...good, user: 'ana@x' })).toMatchObject({ ok: false, field: 'user' });
    expect(settingsFrom({ ...good, tls: 'verify' })).toMatchObject({ ok: false, field: 'caFile' });
  });

  it('gives the settings, with the CA file only for Verify', () => {
    const form = { ...formFrom(null), host: ' db.newsroom.example ', user: 'ana', caFile: '/ca.pem', password: 'x' };
    expect(settingsFrom(form)).toEqual({
      ok: true,
      settings: {
        host: 'db.newsroom.example',
        port: 5432,
        database: 'factdesk',
        user: 'ana',
        tls: 'require',
        caFile: null,
      },
    });
    expect(settingsFrom({ ...form, tls: 'verify' })).toMatchObject({ ok: true, settings: { caFile: '/ca.pem' } });
  });
});
