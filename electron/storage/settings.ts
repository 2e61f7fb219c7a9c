// App settings and recent projects, kept in the user data folder (FACTDESK_DATA_DIR overrides it).
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { RecentProject, Theme } from '../../shared/api/views';
import { newsroomSettingsShape } from '../../shared/api/newsroom';
import { DEFAULT_SHARE } from '../../shared/detect/checkworthy/cap';
import { writeFileDurable } from './durable-write';
import { parseJsonSafely } from './project-file';

export const SETTINGS_FILE = 'settings.json';
export const MAX_RECENT = 12;

const settingsSchema = z.looseObject({
  userName: z.string().default(''),
  theme: z.enum(['system', 'light', 'dark']).default('system'),
  /** Share of a draft's sentences whose suggestions are listed (0.01 to 1), or null for every suggestion. */
  suggestionShare: z.number().min(0.01).max(1).nullable().default(DEFAULT_SHARE),
  recent: z.array(z.object({ path: z.string(), title: z.string(), openedAt: z.string() })).default([]),
  /**
   * The newsroom library's connection (Preferences), never with its password: z.object drops any other field, and a
   * block Factdesk cannot read is forgotten rather than the whole file set aside.
   */
  newsroom: z.object(newsroomSettingsShape).nullable().default(null).catch(null),
  /** The newsroom's CA certificate file (PEM) for an https story server it signs itself, or null (Preferences). */
  storyServerCa: z.string().nullable().default(null).catch(null),
});
export type Settings = z.infer<typeof settingsSchema>;

export interface SettingsStore {
  get(): Settings;
  update(change: (s: Settings) => Settings): Promise<Settings>;
  /** A sentence when the settings file could not be read and defaults are in use. */
  readonly problem: string | null;
}

/**
 * Loads settings from `dataDir`. A damaged settings file is set aside (settings.json.damaged-<time>) rather than
 * overwritten, and defaults are used.
 */
export async function openSettings(dataDir: string, now: () => string): Promise<SettingsStore> {
  await fs.mkdir(dataDir, { recursive: true });
  const file = join(dataDir, SETTINGS_FILE);
  let settings: Settings = settingsSchema.parse({});
  let problem: string | null = null;
  const text = await fs.readFile(file, 'utf8').catch(() => null);
  if (text !== null) {
    try {
      settings = settingsSchema.parse(parseJsonSafely(text));
    } catch {
      const aside = `${file}.damaged-${now().replace(/[:.]/g, '-')}`;
      await fs.rename(file, aside).catch(() => undefined);
      problem = `Your settings file could not be read; it was kept as ${aside} and default settings are in use.`;
    }
  }
  let queue: Promise<unknown> = Promise.resolve();
  return {
    problem,
    get: () => settings,
    update(change) {
      settings = settingsSchema.parse(change(settings));
      const snapshot = `${JSON.stringify(settings, null, 2)}\n`;
      const write = queue.then(() => writeFileDurable(file, snapshot));
      queue = write.catch(() => undefined);
      return write.then(() => settings);
    },
  };
}

/** Puts a project at the top of the recent list (pure). */
export function addRecent(recent: RecentProject[], entry: RecentProject): RecentProject[] {
  return [entry, ...recent.filter((r) => r.path !== entry.path)].slice(0, MAX_RECENT);
}

export type { Theme };
