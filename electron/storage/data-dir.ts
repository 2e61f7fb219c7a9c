// Where Factdesk keeps settings and recent projects: FACTDESK_DATA_DIR when set, otherwise the platform's usual
// per-user application folder (the same one Electron's app.getPath('userData') gives for "Factdesk").
import { homedir } from 'node:os';
import { join } from 'node:path';

/** The user data folder for this platform and environment. */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (env.FACTDESK_DATA_DIR) return env.FACTDESK_DATA_DIR;
  const home = homedir();
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Factdesk');
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Factdesk');
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Factdesk');
}
