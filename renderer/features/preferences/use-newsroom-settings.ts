// The newsroom section's Api calls: load the settings view, test a connection, save (searches reconnect at once) and
// disconnect. Each outcome is one sentence to show; a password typed in the form is sent only with the call it is for.
import { useCallback, useEffect, useState } from 'react';
import type { Api } from '../../../shared/api/contract';
import type { NewsroomSettings, NewsroomSettingsView } from '../../../shared/api/newsroom';

export interface NewsroomOutcome {
  kind: 'ok' | 'error';
  message: string;
}

export interface NewsroomSettingsState {
  view: NewsroomSettingsView | null;
  busy: 'test' | 'save' | 'disconnect' | null;
  outcome: NewsroomOutcome | null;
  test(settings: NewsroomSettings, password: string): Promise<void>;
  save(settings: NewsroomSettings, password: string): Promise<boolean>;
  disconnect(): Promise<void>;
  clearOutcome(): void;
}

export function useNewsroomSettings(api: Api): NewsroomSettingsState {
  const [view, setView] = useState<NewsroomSettingsView | null>(null);
  const [busy, setBusy] = useState<NewsroomSettingsState['busy']>(null);
  const [outcome, setOutcome] = useState<NewsroomOutcome | null>(null);

  useEffect(() => {
    let live = true;
    void api.getNewsroomSettings({}).then((reply) => {
      if (!live) return;
      if (reply.ok) setView(reply.value);
      else setOutcome({ kind: 'error', message: reply.error.message });
    });
    return () => {
      live = false;
    };
  }, [api]);

  const test = useCallback(
    async (settings: NewsroomSettings, password: string) => {
      setBusy('test');
      setOutcome(null);
      const reply = await api.testNewsroomConnection({ settings, ...(password ? { password } : {}) });
      setBusy(null);
      setOutcome(
        reply.ok ? { kind: 'ok', message: reply.value.message } : { kind: 'error', message: reply.error.message },
      );
    },
    [api],
  );

  const save = useCallback(
    async (settings: NewsroomSettings, password: string) => {
      setBusy('save');
      setOutcome(null);
      const keep = password && view?.password.canSave ? { password } : {};
      const reply = await api.saveNewsroomSettings({ settings, ...keep });
      setBusy(null);
      if (!reply.ok) {
        setOutcome({ kind: 'error', message: reply.error.message });
        return false;
      }
      setView(reply.value);
      setOutcome({
        kind: 'ok',
        message: reply.value.environment
          ? 'Saved. FACTDESK_LIBRARY_URL is set, so searches keep using the server it names until it is unset.'
          : `Saved. Searches now ask the newsroom library at ${reply.value.connectedTo ?? 'the server'}.`,
      });
      return true;
    },
    [api, view],
  );

  const disconnect = useCallback(async () => {
    setBusy('disconnect');
    setOutcome(null);
    const reply = await api.disconnectNewsroom({});
    setBusy(null);
    if (!reply.ok) {
      setOutcome({ kind: 'error', message: reply.error.message });
      return;
    }
    setView(reply.value);
    setOutcome({
      kind: 'ok',
      message: 'Disconnected. Searches stay on this computer; the kept password is forgotten.',
    });
  }, [api]);

  return { view, busy, outcome, test, save, disconnect, clearOutcome: () => setOutcome(null) };
}
