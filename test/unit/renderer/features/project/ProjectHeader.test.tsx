// @vitest-environment happy-dom
// The project header's meta line over a real project: its parts (draft, claim progress, what blocks publication,
// the story sign-off) each end with the "·" before the next, so a line that wraps between parts never starts with
// "·", and screen readers hear no separators.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ProjectView, SaveState } from '../../../../../shared/api/views';
import { DeskHeaderMeta } from '../../../../../renderer/features/desk/DeskHeaderMeta';
import { ProjectHeader } from '../../../../../renderer/features/project/ProjectHeader';
import { tempProject } from '../../project-fixture';

const STYLES = join(__dirname, '../../../../../renderer/styles');

/** The value of `--name` in each theme's block of tokens.css. */
function token(name: string, theme: 'light' | 'dark'): string {
  const css = readFileSync(join(STYLES, 'tokens.css'), 'utf8');
  const block =
    theme === 'light'
      ? css.slice(0, css.indexOf("[data-theme='dark']"))
      : css.slice(css.indexOf("[data-theme='dark']"));
  const value = new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`).exec(block)?.[1];
  if (!value) throw new Error(`tokens.css has no --${name} for the ${theme} theme`);
  return value;
}

/** The WCAG contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const x = parseInt(hex.slice(i, i + 2), 16) / 255;
      return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

const DRAFT = 'Rent rose 12 percent, the mayor said. The bridge cost 40 million euros.';

function header(view: ProjectView, withMeta: boolean, saveState: SaveState | null = null) {
  const none = () => undefined;
  const { container } = render(
    <ProjectHeader
      view={view}
      saveState={saveState}
      paletteKeys="Ctrl K"
      paletteAria="Control+K"
      canShowInFolder={false}
      onShowInFolder={none}
      onPalette={none}
      onClose={none}
      meta={withMeta ? <DeskHeaderMeta view={view} onGate={none} /> : undefined}
    />,
  );
  const line = container.querySelector('.project-meta') as HTMLElement;
  const parts = [...line.children].map((part) => (part.textContent ?? '').replace(/\u00a0/g, ' ').trim());
  return { line, parts };
}

describe('ProjectHeader meta line', () => {
  it('ends every part but the last with the separator, so no wrapped line starts with "·"', async () => {
    const { view } = await tempProject(DRAFT, ['Rent rose 12 percent', '40 million euros']);
    const lapsed: ProjectView = {
      ...view,
      storySignOff: { by: 'Ana Reporter', at: '2026-11-20T10:00:00.000Z', fingerprint: 'old', state: 'lapsed' },
    };
    const { line, parts } = header(lapsed, true);

    expect(parts).toEqual(['Draft 1 · 13 words ·', '0 of 2 claims cleared ·', '2 blocking ·', 'Story sign-off lapsed']);
    for (const part of parts) expect(part.startsWith('·')).toBe(false);
    for (const dot of line.querySelectorAll('[aria-hidden="true"]')) expect(dot.textContent?.trim()).toBe('·');
  });

  it('leaves no separator after the last part when the desk adds nothing', async () => {
    const { view } = await tempProject(DRAFT);
    expect(header(view, false).parts).toEqual(['Draft 1 · 13 words ·', 'No claims']);
  });

  it('ends with the sign-off when the story is signed off with nothing blocking', async () => {
    const { view } = await tempProject(DRAFT);
    const signed: ProjectView = {
      ...view,
      storySignOff: { by: 'Ana Reporter', at: '2026-11-20T10:00:00.000Z', fingerprint: 'now', state: 'current' },
    };
    expect(header(signed, true).parts).toEqual([
      'Draft 1 · 13 words ·',
      'No claims ·',
      'Story signed off by Ana Reporter',
    ]);
  });
});

describe('ProjectHeader claim progress', () => {
  it('draws the bar with nothing cleared yet, its empty track outlined at 3:1 in both themes', async () => {
    const { view } = await tempProject(DRAFT, ['Rent rose 12 percent', '40 million euros']);
    header(view, false);
    const bar = screen.getByRole('progressbar', { name: 'Claims cleared for publication' });
    expect(bar.getAttribute('value')).toBe('0');
    expect(bar.className).toBe('claim-progress');

    const css = readFileSync(join(STYLES, 'project.css'), 'utf8');
    const rule = /\.claim-progress \{([^}]*)\}/.exec(css)?.[1] ?? '';
    const border = /border:\s*1px solid var\(--([a-z0-9-]+)\)/.exec(rule)?.[1];
    const track = /background:\s*var\(--([a-z0-9-]+)\)/.exec(rule)?.[1];
    expect(border, 'the empty track has a 1px outline from a token').toBeTruthy();
    for (const theme of ['light', 'dark'] as const) {
      const outline = token(border!, theme);
      // The header is drawn on --surface; the outline also meets the track it surrounds.
      expect(contrast(outline, token('surface', theme)), `outline on the header, ${theme}`).toBeGreaterThanOrEqual(3);
      expect(contrast(outline, token(track!, theme)), `outline on the track, ${theme}`).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('ProjectHeader save state', () => {
  it('gives "Saved" the room of "Saving...", so a save starting or ending never moves what is under the header', async () => {
    const { view } = await tempProject(DRAFT);
    const shown = (saveState: SaveState) => {
      const { line } = header(view, false, saveState);
      const text = line.closest('header')?.querySelector('.save-text') as HTMLElement;
      return { words: text.textContent, room: text.dataset.room };
    };
    expect(shown({ state: 'saved' })).toEqual({ words: 'Saved', room: 'Saving...' });
    expect(shown({ state: 'saving' })).toEqual({ words: 'Saving...', room: 'Saving...' });
    expect(shown({ state: 'unsaved' })).toEqual({ words: 'Saving...', room: 'Saving...' });
    // A problem stays until something changes, and its sentence takes the room it needs.
    expect(shown({ state: 'error', message: 'the disk is full.' })).toEqual({
      words: 'Not saved: the disk is full.',
      room: undefined,
    });

    // project.css draws the room invisibly, with no height, after the words.
    const css = readFileSync(join(STYLES, 'project.css'), 'utf8');
    const rule = /\.save-text\[data-room\]::after \{([^}]*)\}/.exec(css)?.[1] ?? '';
    expect(rule).toContain('content: attr(data-room)');
    expect(rule).toContain('visibility: hidden');
    expect(rule).toContain('height: 0');
  });
});
