// The "Newsroom library" section of Preferences: the server, port, database, user name and TLS of the newsroom's
// shared library, a password field (kept by the system keyring in the desktop app, never in the settings file), a
// connection test that says as whom and in which role, Save (searches reconnect at once) and Disconnect.
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useApi } from '../../app/ApiProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Icon } from '../../components/Icon';
import { TLS_CHOICES, formFrom, settingsFrom } from './newsroom-form';
import type { NewsroomForm } from './newsroom-form';
import { useNewsroomSettings } from './use-newsroom-settings';

/**
 * A region named "Newsroom library", with its own form and its own buttons (Disconnect, Test connection, Save
 * connection) at the foot of the section: they act on the connection at once, apart from the Preferences footer.
 */
export function NewsroomSection() {
  const api = useApi();
  const state = useNewsroomSettings(api);
  const { view, busy, outcome } = state;
  const [form, setForm] = useState<NewsroomForm | null>(null);
  const [invalid, setInvalid] = useState<{ field: keyof NewsroomForm; message: string } | null>(null);
  const id = useId();
  const fields = form ?? formFrom(view);
  const set = (patch: Partial<NewsroomForm>) => {
    setForm({ ...fields, ...patch });
    setInvalid(null);
    state.clearOutcome();
  };

  const checked = () => {
    const check = settingsFrom(fields);
    if (!check.ok) {
      setInvalid({ field: check.field, message: check.message });
      document.getElementById(`${id}-${check.field}`)?.focus();
      return null;
    }
    return check.settings;
  };

  async function save(event: FormEvent) {
    event.preventDefault();
    const settings = checked();
    if (!settings) return;
    if (await state.save(settings, fields.password)) setForm({ ...fields, password: '' });
  }

  const field = (name: keyof NewsroomForm, label: string, extra: { type?: string; inputMode?: 'numeric' } = {}) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input
        id={`${id}-${name}`}
        type={extra.type ?? 'text'}
        inputMode={extra.inputMode}
        value={fields[name]}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={invalid?.field === name ? true : undefined}
        aria-describedby={invalid?.field === name ? `${id}-invalid` : undefined}
        onChange={(e) => set({ [name]: e.target.value })}
      />
    </div>
  );

  const password = view?.password;
  return (
    <section className="prefs-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="prefs-section-title">
        Newsroom library
      </h3>
      <p className="field-help">
        The newsroom&apos;s shared quote library on its PostgreSQL server: searched beside your own sources.
      </p>
      {view?.environment && (
        <div className="banner banner-info" role="note">
          <Icon name="alert" className="banner-icon" />
          <p className="banner-text">
            FACTDESK_LIBRARY_URL is set ({view.environment}): it wins over the settings here until it is unset.
          </p>
        </div>
      )}
      <form className="prefs-newsroom" onSubmit={(e) => void save(e)} noValidate aria-label="Newsroom connection">
        <div className="prefs-grid">
          {field('host', 'Server')}
          {field('port', 'Port', { inputMode: 'numeric' })}
          {field('database', 'Database')}
          {field('user', 'User name')}
        </div>
        <fieldset className="field fieldset">
          <legend>TLS</legend>
          <div className="radio-row">
            {TLS_CHOICES.map((t) => (
              <label key={t.value} className="radio" title={t.help}>
                <input
                  type="radio"
                  name={`${id}-tls`}
                  value={t.value}
                  checked={fields.tls === t.value}
                  onChange={() => set({ tls: t.value })}
                />
                {t.label}
              </label>
            ))}
          </div>
          <p className="field-help">{TLS_CHOICES.find((t) => t.value === fields.tls)?.help}</p>
        </fieldset>
        {fields.tls === 'verify' && (
          <div className="field">
            <label htmlFor={`${id}-caFile`}>CA certificate file</label>
            <input
              id={`${id}-caFile`}
              value={fields.caFile}
              autoComplete="off"
              spellCheck={false}
              placeholder="/path/to/newsroom-ca.crt"
              aria-invalid={invalid?.field === 'caFile' ? true : undefined}
              aria-describedby={`${id}-ca-help${invalid?.field === 'caFile' ? ` ${id}-invalid` : ''}`}
              onChange={(e) => set({ caFile: e.target.value })}
            />
            <p id={`${id}-ca-help`} className="field-help">
              The newsroom&apos;s CA certificate (PEM) that vouches for the server.
            </p>
          </div>
        )}
        <div className="field">
          <label htmlFor={`${id}-password`}>Password</label>
          <input
            id={`${id}-password`}
            type="password"
            value={fields.password}
            autoComplete="off"
            placeholder={
              !password?.saved ? '' : password.canSave ? 'Kept (type to replace it)' : 'From the environment'
            }
            aria-describedby={`${id}-password-help`}
            onChange={(e) => set({ password: e.target.value })}
          />
          <p id={`${id}-password-help`} className="field-help">
            {password?.note ?? ''}
          </p>
        </div>
        {password?.warning && (
          <div className="banner banner-warning" role="note">
            <Icon name="alert" className="banner-icon" />
            <p className="banner-text">{password.warning}</p>
          </div>
        )}
        {invalid && (
          <p id={`${id}-invalid`} className="field-error" role="alert">
            {invalid.message}
          </p>
        )}
        {outcome?.kind === 'ok' && (
          <p className="banner banner-ok prefs-outcome" role="status">
            {outcome.message}
          </p>
        )}
        <ErrorAlert message={outcome?.kind === 'error' ? outcome.message : null} />
        <div className="dialog-actions prefs-newsroom-actions">
          {view?.settings && (
            <button
              type="button"
              className="button"
              disabled={busy !== null}
              onClick={() => {
                setForm(null);
                void state.disconnect();
              }}
            >
              Disconnect
            </button>
          )}
          <span className="prefs-spacer" />
          <button
            type="button"
            className="button"
            disabled={busy !== null}
            onClick={() => {
              const settings = checked();
              if (settings) void state.test(settings, fields.password);
            }}
          >
            {busy === 'test' ? 'Testing...' : 'Test connection'}
          </button>
          <button type="submit" className="button" disabled={busy !== null}>
            {busy === 'save' ? 'Saving...' : 'Save connection'}
          </button>
        </div>
      </form>
    </section>
  );
}
