// Saving Preferences: the user's name, theme, suggestion share and the story server's CA certificate file. A CA file
// is read before anything is saved: one that cannot be read, or holds no PEM certificate, is refused with a sentence
// naming it, and nothing changes.
import type { z } from 'zod';
import { ok } from '../../shared/api/result';
import type { Result } from '../../shared/api/result';
import type { appValidators } from '../../shared/api/contract/app';
import { readCaCertificate } from '../security/ca-certificate';
import type { SettingsStore } from '../storage/settings';

export type PreferencesPatch = z.infer<typeof appValidators.updatePreferences>;

export async function savePreferences(store: SettingsStore, patch: PreferencesPatch): Promise<Result<null>> {
  const ca = patch.storyServerCa === undefined ? undefined : patch.storyServerCa || null;
  if (ca) {
    const read = await readCaCertificate(ca, ca, "story server's ");
    if (!read.ok) return read;
  }
  await store.update((s) => ({
    ...s,
    ...(patch.userName !== undefined ? { userName: patch.userName } : {}),
    ...(patch.theme !== undefined ? { theme: patch.theme } : {}),
    ...(patch.suggestionShare !== undefined ? { suggestionShare: patch.suggestionShare } : {}),
    ...(ca !== undefined ? { storyServerCa: ca } : {}),
  }));
  return ok(null);
}
