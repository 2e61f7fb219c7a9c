// The recording player's pure parts: timecodes as people read them, the speeds it steps through, where "back 5 s"
// lands, and the one player that the keyboard commands (play/pause, back 5 s, slower) act on while it is shown.
import type { LibraryName, Passage, Source, SourceType } from '../../../shared/model/source';

/** How far "Back 5 s" goes. */
export const BACK_SECONDS = 5;

/** The speeds "Slower / normal speed" steps through, from normal down and back to normal. */
export const PLAYBACK_RATES = [1, 0.75, 0.5] as const;

/** The speed after `rate`: 1 → 0.75 → 0.5 → 1 (any other speed goes back to normal). */
export function nextRate(rate: number): number {
  const at = PLAYBACK_RATES.findIndex((r) => Math.abs(r - rate) < 0.001);
  return at < 0 ? 1 : (PLAYBACK_RATES[(at + 1) % PLAYBACK_RATES.length] ?? 1);
}

/** "0.75×", "Normal speed" for 1. */
export function rateLabel(rate: number): string {
  return Math.abs(rate - 1) < 0.001 ? 'Normal speed' : `${rate}× speed`;
}

/** Where "Back 5 s" lands from `time`: never before the start. */
export function backFrom(time: number, by = BACK_SECONDS): number {
  return Math.max(0, time - by);
}

/** Seconds as the pinpoints write them: "00:01:02" (hours always shown, as in the transcripts). */
export function formatTimecode(seconds: number): string {
  const whole = Math.max(0, Math.floor(Number.isFinite(seconds) ? seconds : 0));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  return [h, m, s].map((n) => String(n).padStart(2, '0')).join(':');
}

/** The second a passage starts at, when its pinpoint is a time (cues, timestamped turns); null otherwise. */
export function passageStart(passage: Pick<Passage, 'pinpoint'>): number | null {
  const start = passage.pinpoint.startSeconds;
  return typeof start === 'number' && Number.isFinite(start) ? start : null;
}

/** True for a pinpoint label that is a time ("00:01:02", "1:02"), so the passage can be played from. */
export function isTimecode(label: string): boolean {
  return /^\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?/.test(label.trim());
}

/** Source types that are spoken, so a recording can stand beside their transcript. */
const SPOKEN: ReadonlySet<SourceType> = new Set(['interview', 'speech', 'broadcast']);

/** Whether "Attach recording…" is offered: a spoken source, or one whose passages carry times. */
export function takesRecording(source: Pick<Source, 'type'>, passages: readonly Pick<Passage, 'pinpoint'>[]): boolean {
  return SPOKEN.has(source.type) || passages.some((p) => passageStart(p) !== null);
}

/** Whether the source (by library and id) has a recording, among the sources the library lists. */
export function hasRecording(
  sources: readonly (Pick<Source, 'id' | 'recording'> & { library: LibraryName })[],
  library: LibraryName,
  sourceId: string,
): boolean {
  return sources.some((s) => s.id === sourceId && s.library === library && Boolean(s.recording));
}

/** What the keyboard commands do to the player that is shown. */
export interface PlayerControls {
  togglePlay(): void;
  back(): void;
  slower(): void;
}

let active: PlayerControls | null = null;
const listeners = new Set<() => void>();

/** Makes `controls` the player the commands act on (null: none shown); returns the undo for unmounting. */
export function setActivePlayer(controls: PlayerControls): () => void {
  active = controls;
  listeners.forEach((l) => l());
  return () => {
    if (active !== controls) return;
    active = null;
    listeners.forEach((l) => l());
  };
}

/** The player shown now, or null. */
export function activePlayer(): PlayerControls | null {
  return active;
}

/** Subscribes to the shown player changing (for useSyncExternalStore). */
export function onActivePlayer(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
