// Application facts from the main side: version, preferences (name, theme), recent projects and capabilities.
import { useCallback, useEffect, useState } from 'react';
import type { Api, InputOf } from '../../shared/api/contract';
import type { AppInfo } from '../../shared/api/views';

export interface AppInfoState {
  info: AppInfo | null;
  /** Why the app facts could not be read (shown instead of the app). */
  loadError: string | null;
  refresh(): Promise<void>;
  /** Saves preferences; resolves to the error sentence, or null on success. */
  updatePreferences(patch: InputOf<'updatePreferences'>): Promise<string | null>;
  removeRecent(path: string): Promise<string | null>;
}

/** Loads AppInfo once and keeps it current after preference and recent-list changes. */
export function useAppInfo(api: Api): AppInfoState {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    const result = await api.getAppInfo({});
    if (result.ok) {
      setInfo(result.value);
      setLoadError(null);
    } else setLoadError(result.error.message);
  }, [api]);

  useEffect(() => {
    let live = true;
    void api.getAppInfo({}).then((result) => {
      if (!live) return;
      if (result.ok) setInfo(result.value);
      else setLoadError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [api]);

  const updatePreferences = useCallback(
    async (patch: InputOf<'updatePreferences'>) => {
      const result = await api.updatePreferences(patch);
      if (!result.ok) return result.error.message;
      setInfo(result.value);
      return null;
    },
    [api],
  );

  const removeRecent = useCallback(
    async (path: string) => {
      const result = await api.removeRecent({ path });
      if (!result.ok) return result.error.message;
      setInfo(result.value);
      return null;
    },
    [api],
  );

  return { info, loadError, refresh, updatePreferences, removeRecent };
}
