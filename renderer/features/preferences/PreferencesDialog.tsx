// Preferences: the user's name (written into claim histories), the theme, the story server's CA certificate file, and
// the newsroom library's connection (its own form and buttons inside its section, NewsroomSection). One footer for
// the window: Close, and Save for the name, the theme and the CA file.
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { Theme } from '../../../shared/api/views';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NewsroomSection } from './NewsroomSection';

export interface PreferencesDialogProps {
  userName: string;
  theme: Theme;
  /** The story server's CA certificate file saved so far, or null. */
  storyServerCa: string | null;
  onSave: (patch: { userName?: string; theme?: Theme; storyServerCa?: string | null }) => Promise<string | null>;
  onClose: () => void;
}

const THEMES: Array<{ value: Theme; label: string }> = [
  { value: 'system', label: 'Same as the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/**
 * The window scrolls between its title and its footer. "General" holds the name and theme, which the footer's Save
 * applies at once (Enter in the name does the same); the newsroom library's section tests, saves and disconnects its
 * connection with its own buttons, inside the section. Close (or Escape) leaves without saving the name and theme.
 */
export function PreferencesDialog({ userName, theme, storyServerCa, onSave, onClose }: PreferencesDialogProps) {
  const [name, setName] = useState(userName);
  const [choice, setChoice] = useState<Theme>(theme);
  const [caFile, setCaFile] = useState(storyServerCa ?? '');
  const [error, setError] = useState<string | null>(null);
  // Only the CA file is checked on the way in: a refusal from saving is about it, and is shown beside it.
  const [saveError, setSaveError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) {
      setError('Enter your name: it is shown next to every change you make to a claim.');
      return;
    }
    setError(null);
    setBusy(true);
    const problem = await onSave({ userName: name.trim(), theme: choice, storyServerCa: caFile.trim() || null });
    setBusy(false);
    setSaveError(problem);
    if (!problem) onClose();
  }

  return (
    <Dialog title="Preferences" onClose={onClose} className="dialog-wide dialog-prefs">
      <div className="prefs-body">
        <section className="prefs-section" aria-labelledby={`${id}-general`}>
          <h3 id={`${id}-general`} className="prefs-section-title">
            General
          </h3>
          <form
            id={`${id}-form`}
            className="prefs-general"
            onSubmit={(e) => void submit(e)}
            noValidate
            aria-labelledby={`${id}-general`}
          >
            <div className="field">
              <label htmlFor="pref-name">Your name</label>
              <input
                id="pref-name"
                data-autofocus
                value={name}
                maxLength={120}
                autoComplete="name"
                onChange={(e) => setName(e.target.value)}
                aria-describedby="pref-name-help"
              />
              <p id="pref-name-help" className="field-help">
                Shown in claim histories, so editors know who checked what.
              </p>
            </div>
            <fieldset className="field fieldset">
              <legend>Theme</legend>
              <div className="radio-row">
                {THEMES.map((t) => (
                  <label key={t.value} className="radio">
                    <input
                      type="radio"
                      name="theme"
                      value={t.value}
                      checked={choice === t.value}
                      onChange={() => setChoice(t.value)}
                    />
                    {t.label}
                  </label>
                ))}
              </div>
            </fieldset>
            <ErrorAlert message={error} />
          </form>
        </section>
        <section className="prefs-section" aria-labelledby={`${id}-story`}>
          <h3 id={`${id}-story`} className="prefs-section-title">
            Story server
          </h3>
          <p className="field-help">
            Where shared stories sync. Its https certificate is checked against the public certificate authorities and
            the ones this computer trusts.
          </p>
          <div className="field">
            <label htmlFor={`${id}-story-ca`}>Newsroom CA certificate file</label>
            <input
              id={`${id}-story-ca`}
              form={`${id}-form`}
              value={caFile}
              autoComplete="off"
              spellCheck={false}
              placeholder="/path/to/newsroom-ca.crt"
              aria-invalid={saveError ? true : undefined}
              aria-describedby={`${id}-story-ca-help`}
              onChange={(e) => setCaFile(e.target.value)}
            />
            <p id={`${id}-story-ca-help`} className="field-help">
              Only when the newsroom signs the server&apos;s certificate itself and this computer does not trust it yet:
              the CA certificate (PEM) your IT team gave you. Leave empty otherwise.
            </p>
          </div>
          <ErrorAlert message={saveError} />
        </section>
        <NewsroomSection />
      </div>
      <div className="dialog-actions prefs-footer">
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
        <button type="submit" form={`${id}-form`} className="button button-primary" disabled={busy}>
          {busy ? 'Saving...' : 'Save'}
        </button>
      </div>
    </Dialog>
  );
}
