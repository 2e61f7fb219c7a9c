// Applies the user's theme preference to <html data-theme>, following the system setting when it is 'system'.
import { useEffect, useState } from 'react';
import type { Theme } from '../../shared/api/views';

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** Resolves a preference to the theme to draw. */
export function resolveTheme(preference: Theme, systemDark: boolean): 'light' | 'dark' {
  if (preference === 'system') return systemDark ? 'dark' : 'light';
  return preference;
}

/** Keeps data-theme on the document element in step with the preference and, for 'system', the OS setting. */
export function useTheme(preference: Theme): 'light' | 'dark' {
  const [systemDark, setSystemDark] = useState(() => window.matchMedia(DARK_QUERY).matches);
  useEffect(() => {
    const query = window.matchMedia(DARK_QUERY);
    const onChange = (event: MediaQueryListEvent) => setSystemDark(event.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  const theme = resolveTheme(preference, systemDark);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return theme;
}
