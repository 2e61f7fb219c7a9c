// Window state: validated from JSON, clamped into a connected display, written and read back from a real folder.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  WINDOW_STATE_FILE,
  clampWindowState,
  loadWindowState,
  parseWindowState,
  saveWindowState,
} from '../../../../electron/security/window-state';
import type { Rect } from '../../../../electron/security/window-state';

const laptop: Rect = { x: 0, y: 0, width: 1440, height: 875 };
const external: Rect = { x: 1440, y: 0, width: 2560, height: 1415 };

describe('parseWindowState', () => {
  it('accepts a complete state and defaults maximized', () => {
    expect(parseWindowState({ x: 10, y: 20, width: 1000, height: 700 })).toEqual({
      x: 10,
      y: 20,
      width: 1000,
      height: 700,
      maximized: false,
    });
  });

  it.each([
    null,
    'x',
    [],
    { x: 1, y: 2 },
    { x: '1', y: 2, width: 900, height: 600 },
    { x: 0, y: 0, width: -5, height: 600 },
    { x: 0, y: 0, width: 1e9, height: 600 },
    { x: 0.5, y: 0, width: 900, height: 600 },
  ])('refuses %j', (value) => {
    expect(parseWindowState(value)).toBeNull();
  });
});

describe('clampWindowState', () => {
  it('keeps a window that fits on its display', () => {
    const saved = { x: 1600, y: 100, width: 1400, height: 900, maximized: false };
    expect(clampWindowState(saved, [laptop, external])).toEqual(saved);
  });

  it('centres a window whose display is gone on the primary display, shrunk to fit', () => {
    const saved = { x: 1600, y: 100, width: 1800, height: 1200, maximized: true };
    const placed = clampWindowState(saved, [laptop]);
    expect(placed).toEqual({ x: 0, y: 0, width: 1440, height: 875, maximized: true });
  });

  it('pulls a window hanging off the edge back inside', () => {
    const placed = clampWindowState({ x: 1200, y: -10, width: 1000, height: 700, maximized: false }, [laptop]);
    expect(placed).toEqual({ x: 440, y: 0, width: 1000, height: 700, maximized: false });
  });

  it('recentres a window whose title bar is off every display, so it can still be grabbed', () => {
    const placed = clampWindowState({ x: 200, y: -400, width: 1000, height: 700, maximized: false }, [laptop]);
    expect(placed).toEqual({ x: 220, y: 88, width: 1000, height: 700, maximized: false });
  });

  it('uses a default size centred on the primary display when nothing was saved', () => {
    const placed = clampWindowState(null, [external, laptop]);
    expect(placed.x).toBeGreaterThanOrEqual(external.x);
    expect(placed.x + placed.width).toBeLessThanOrEqual(external.x + external.width);
    expect(placed.maximized).toBe(false);
  });
});

describe('loadWindowState / saveWindowState', () => {
  let dir = '';
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('round-trips through window-state.json', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'factdesk-window-'));
    const state = { x: 100, y: 80, width: 1100, height: 720, maximized: true };
    await saveWindowState(dir, state);
    expect(JSON.parse(await readFile(path.join(dir, WINDOW_STATE_FILE), 'utf8'))).toEqual(state);
    expect(await loadWindowState(dir, [laptop])).toEqual(state);
  });

  it('falls back to the default for a missing or damaged file', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'factdesk-window-'));
    const fallback = clampWindowState(null, [laptop]);
    expect(await loadWindowState(dir, [laptop])).toEqual(fallback);
    await writeFile(path.join(dir, WINDOW_STATE_FILE), '{"x": 10, "y":');
    expect(await loadWindowState(dir, [laptop])).toEqual(fallback);
  });
});
