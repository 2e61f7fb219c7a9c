// The newsroom section of Preferences as a form: the saved settings as text fields, and the fields back as settings
// the Api accepts (or the sentence saying which field is wrong). Pure, tested in Node.
import type { NewsroomSettings, NewsroomSettingsView, NewsroomTls } from '../../../shared/api/newsroom';

export interface NewsroomForm {
  host: string;
  port: string;
  database: string;
  user: string;
  tls: NewsroomTls;
  caFile: string;
  /** Typed here; never filled from anything saved. */
  password: string;
}

export const TLS_CHOICES: Array<{ value: NewsroomTls; label: string; help: string }> = [
  { value: 'off', label: 'Off', help: 'Not encrypted: only on a network you trust.' },
  { value: 'require', label: 'Require', help: 'Encrypted, without checking who answers.' },
  {
    value: 'verify',
    label: 'Verify',
    help: "Encrypted, and the server's certificate checked against a CA certificate.",
  },
];

/** The form for the saved settings (or the defaults: port 5432, database factdesk, TLS required). */
export function formFrom(view: NewsroomSettingsView | null): NewsroomForm {
  const s = view?.settings;
  return {
    host: s?.host ?? '',
    port: String(s?.port ?? 5432),
    database: s?.database ?? 'factdesk',
    user: s?.user ?? '',
    tls: s?.tls ?? 'require',
    caFile: s?.caFile ?? '',
    password: '',
  };
}

export type FormCheck =
  { ok: true; settings: NewsroomSettings } | { ok: false; field: keyof NewsroomForm; message: string };

const WORD = /^[^\s\\/@:]+$/;

/** The settings the form describes, or the first field that is wrong with one sentence. */
export function settingsFrom(form: NewsroomForm): FormCheck {
  const host = form.host.trim();
  if (!host || !/^[A-Za-z0-9.\-:[\]]+$/.test(host)) {
    return {
      ok: false,
      field: 'host',
      message: 'Enter the server: a host name such as db.newsroom.example, or an IP address.',
    };
  }
  const port = Number(form.port.trim());
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    return { ok: false, field: 'port', message: 'Enter the port as a number from 1 to 65535 (PostgreSQL uses 5432).' };
  }
  const database = form.database.trim();
  if (!database || !WORD.test(database)) {
    return { ok: false, field: 'database', message: 'Enter the database name, one word (usually factdesk).' };
  }
  const user = form.user.trim();
  if (!user || !WORD.test(user)) {
    return { ok: false, field: 'user', message: 'Enter your user name on the newsroom server, one word.' };
  }
  const caFile = form.caFile.trim();
  if (form.tls === 'verify' && !caFile) {
    return {
      ok: false,
      field: 'caFile',
      message: 'Enter the path of the CA certificate file that vouches for the server, or choose "Require".',
    };
  }
  return {
    ok: true,
    settings: { host, port, database, user, tls: form.tls, caFile: form.tls === 'verify' ? caFile : null },
  };
}
