// Remembering the window: size, position and maximized state in window-state.json, read back with validation
// and clamped into a display that is connected now (a laptop undocked from its second screen).
import { mkdir, open, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { MIN_WINDOW_HEIGHT, MIN_WINDOW_WIDTH } from './window-options';

export const WINDOW_STATE_FILE = 'window-state.json';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState extends Rect {
  maximized: boolean;
}

const coordinate = z.number().int().min(-100_000).max(100_000);
const size = z.number().int().min(1).max(100_000);
const savedState = z.object({
  x: coordinate,
  y: coordinate,
  width: size,
  height: size,
  maximized: z.boolean().optional(),
});

const DEFAULT_SIZE = { width: 1280, height: 820 };
/** How much of the title bar must be on a display for the saved position to count as visible. */
const MIN_VISIBLE = 100;

/** Reads saved state from parsed JSON; null when it is missing pieces or holds nonsense. */
export function parseWindowState(json: unknown): WindowState | null {
  const parsed = savedState.safeParse(json);
  if (!parsed.success) return null;
  return { ...parsed.data, maximized: parsed.data.maximized ?? false };
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function centered(area: Rect, width: number, height: number): Rect {
  const w = Math.min(width, area.width);
  const h = Math.min(height, area.height);
  return {
    x: area.x + Math.round((area.width - w) / 2),
    y: area.y + Math.round((area.height - h) / 2),
    width: w,
    height: h,
  };
}

/**
 * Places the window on a visible display: the work area it overlaps most keeps it (shrunk and moved to fit);
 * with no saved state, or none of its title bar on any display, it is centred on the first (primary) work area.
 */
export function clampWindowState(saved: WindowState | null, workAreas: readonly Rect[]): WindowState {
  const primary = workAreas[0] ?? { x: 0, y: 0, width: DEFAULT_SIZE.width, height: DEFAULT_SIZE.height };
  if (!saved) return { ...centered(primary, DEFAULT_SIZE.width, DEFAULT_SIZE.height), maximized: false };
  const titleBar = { x: saved.x, y: saved.y, width: saved.width, height: 32 };
  let best: Rect | undefined;
  let bestOverlap = 0;
  for (const area of workAreas) {
    const visible = overlap(titleBar, area);
    if (visible > bestOverlap) {
      best = area;
      bestOverlap = visible;
    }
  }
  if (!best || bestOverlap < MIN_VISIBLE * 16) {
    return { ...centered(primary, saved.width, saved.height), maximized: saved.maximized };
  }
  const width = Math.min(Math.max(saved.width, Math.min(MIN_WINDOW_WIDTH, best.width)), best.width);
  const height = Math.min(Math.max(saved.height, Math.min(MIN_WINDOW_HEIGHT, best.height)), best.height);
  const x = Math.min(Math.max(saved.x, best.x), best.x + best.width - width);
  const y = Math.min(Math.max(saved.y, best.y), best.y + best.height - height);
  return { x, y, width, height, maximized: saved.maximized };
}

/** Reads window-state.json from the data folder and clamps it; a missing or damaged file gives the default. */
export async function loadWindowState(dataDir: string, workAreas: readonly Rect[]): Promise<WindowState> {
  let saved: WindowState | null;
  try {
    saved = parseWindowState(JSON.parse(await readFile(path.join(dataDir, WINDOW_STATE_FILE), 'utf8')));
  } catch {
    saved = null;
  }
  return clampWindowState(saved, workAreas);
}

/** Writes window-state.json through a temporary file, so a crash never leaves half a file. */
export async function saveWindowState(dataDir: string, state: WindowState): Promise<void> {
  const valid = parseWindowState(state);
  if (!valid) return;
  await mkdir(dataDir, { recursive: true });
  const file = path.join(dataDir, WINDOW_STATE_FILE);
  const temp = `${file}.${process.pid}.tmp`;
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(`${JSON.stringify(valid, null, 2)}\n`, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, file);
}
