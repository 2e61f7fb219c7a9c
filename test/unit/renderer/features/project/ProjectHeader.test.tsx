// @vitest-environment happy-dom
// The project header's meta line over a real project: its parts (draft, claim progress, what blocks publication,
// the story sign-off) each end with the "·" before the next, so a line that wraps between parts never starts with
// "·", and screen readers hear no separators.
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ProjectView } from '../../../../../shared/api/views';
import { DeskHeaderMeta } from '../../../../../renderer/features/desk/DeskHeaderMeta';
import { ProjectHeader } from '../../../../../renderer/features/project/ProjectHeader';
import { tempProject } from '../../project-fixture';

const DRAFT = 'Rent rose 12 percent, the mayor said. The bridge cost 40 million euros.';

function header(view: ProjectView, withMeta: boolean) {
  const none = () => undefined;
  const { container } = render(
    <ProjectHeader
      view={view}
      saveState={null}
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
