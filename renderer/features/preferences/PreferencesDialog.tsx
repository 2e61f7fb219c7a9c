// Preferences: the user's name (written into claim histories), the theme, and the newsroom library's connection
// (its own form, NewsroomSection).
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Theme } from '../../../shared/api/views';
import { Dialog, FormActions } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NewsroomSection } from './NewsroomSection';

export interface PreferencesDialogProps {
  userName: string;
  theme: Theme;
  onSave: (patch: { userName?: string; theme?: Theme }) => Promise<string | null>;
  onClose: () => void;
}

const THEMES: Array<{ value: Theme; label: string }> = [
  { value: 'system', label: 'Same as the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** A small form; Save applies both fields at once. */
export function PreferencesDialog({ userName, theme, onSave, onClose }: PreferencesDialogProps) {
  const [name, setName] = useState(userName);
  const [choice, setChoice] = useState<Theme>(theme);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) {
      setError('Enter your name: it is shown next to every change you make to a claim.');
      return;
    }
    setBusy(true);
    const problem = await onSave({ userName: name.trim(), theme: choice });
    setBusy(false);
    if (problem) setError(problem);
    else onClose();
  }

  return (
    <Dialog title="Preferences" onClose={onClose} className="dialog-wide">
      <form className="dialog-body" onSubmit={(e) => void submit(e)} noValidate>
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
        <FormActions onCancel={onClose} submitLabel="Save" disabled={busy} />
      </form>
      <div className="dialog-body prefs-more">
        <NewsroomSection />
      </div>
    </Dialog>
  );
}
