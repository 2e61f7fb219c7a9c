// @vitest-environment happy-dom
// The Draft region over the real handlers: claims show as highlights in the article text; text the user selects
// becomes a claim with "Mark as claim", through the same selection-to-offset mapping the app uses.
import { useState } from 'react';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ProjectView } from '../../../../../shared/api/views';
import { useApi } from '../../../../../renderer/app/ApiProvider';
import { DraftPanel } from '../../../../../renderer/features/draft/DraftPanel';
import { selectionOffsets } from '../../../../../renderer/features/draft/selection-offsets';
import { renderWithApi, tempProject, value } from '../../project-fixture';

/** The highlight (a <mark>) holding exactly `words`; its text is split into runs that map back to offsets. */
const highlight = (words: string) =>
  screen.getByText((_, element) => element?.tagName === 'MARK' && element.textContent === words);

const DRAFT = 'Rent rose 12 percent, the mayor said. The bridge cost 40 million euros.';

function DraftHost({ initial }: { initial: ProjectView }) {
  const api = useApi();
  const [view, setView] = useState(initial);
  const [selected, setSelected] = useState<string | null>(null);
  const [root, setRoot] = useState<HTMLElement | null>(null);
  const draft = view.currentDraft;
  if (!draft) return null;
  const spans = view.claims.map((c) => ({ id: c.id, start: c.anchor.start, end: c.anchor.end, status: c.status }));
  return (
    <DraftPanel
      text={draft.text}
      draftNumber={draft.number}
      spans={spans}
      showSuggestions={false}
      suggestionCount={0}
      selectedClaimId={selected}
      readOnly={view.readOnly}
      markKeys="Ctrl+E"
      markAria="Control+E"
      hint={null}
      onSelectClaim={setSelected}
      onMark={async () => {
        const range = root ? selectionOffsets(root, window.getSelection()) : null;
        if (!range) return;
        const { view: next, claim } = value(
          await api.markClaim({ projectId: view.projectId, ...range, kind: 'number' }),
        );
        setView(next);
        setSelected(claim.id);
      }}
      onToggleSuggestions={() => undefined}
      rootRef={setRoot}
    />
  );
}

describe('DraftPanel', () => {
  it('shows each claim as a highlight in the article text', async () => {
    const { bridge, view } = await tempProject(DRAFT, ['Rent rose 12 percent']);
    renderWithApi(bridge, <DraftHost initial={view} />);

    const article = screen.getByRole('document', { name: 'Article text' });
    expect(article.textContent).toContain(DRAFT);
    const mark = highlight('Rent rose 12 percent');
    expect(mark.getAttribute('data-status')).toBe('unchecked');
  });

  it('marks the selected words as a claim and saves it in the project', async () => {
    const { bridge, view, reload } = await tempProject(DRAFT);
    renderWithApi(bridge, <DraftHost initial={view} />);

    const article = screen.getByRole('document', { name: 'Article text' });
    const start = DRAFT.indexOf('40 million euros');
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
    let node = walker.nextNode();
    while (node && !node.textContent?.includes('40 million euros')) node = walker.nextNode();
    const at = node?.textContent?.indexOf('40 million euros') ?? -1;
    const range = document.createRange();
    range.setStart(node as Node, at);
    range.setEnd(node as Node, at + '40 million euros'.length);
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);
    // A click that leaves the selection alone, as the button's own mousedown handler does in the browser.
    fireEvent.click(screen.getByRole('button', { name: /Mark as claim/ }));

    await waitFor(() => expect(highlight('40 million euros')).toBeTruthy());
    const claims = (await reload()).claims;
    expect(claims.map((c) => [c.anchor.exact, c.anchor.start])).toEqual([['40 million euros', start]]);
  });
});
