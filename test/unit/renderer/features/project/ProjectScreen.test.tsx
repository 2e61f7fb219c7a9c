// @vitest-environment happy-dom
// The project view as the app shows it, over the real handlers: opened from the welcome screen's recent list, it
// shows the project's title, its draft with the claim highlighted and the Claims list; a status set there is saved,
// and Close project returns to the welcome screen with the lock released. Mark as claim marks the selected words
// even after a change redrew the draft, and without a selection it says what to do.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppShell } from '../../../../../renderer/app/AppShell';
import { renderWithApi, tempProject, value } from '../../project-fixture';

const DRAFT = 'Rent rose 12 percent, the mayor said. The bridge cost 40 million euros.';

/** The highlight (a <mark>) holding exactly `words`. */
const highlight = (words: string) =>
  screen.queryByText((_, element) => element?.tagName === 'MARK' && element.textContent === words);

/** Selects `words` in the article with a DOM Range, as a mouse selection would; returns the text node it is in. */
function selectWords(article: HTMLElement, words: string): Text {
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
  let node = walker.nextNode();
  while (node && !node.textContent?.includes(words)) node = walker.nextNode();
  if (!node) throw new Error(`"${words}" is not in one text run of the article`);
  const at = node.textContent?.indexOf(words) ?? -1;
  const range = document.createRange();
  range.setStart(node, at);
  range.setEnd(node, at + words.length);
  window.getSelection()?.removeAllRanges();
  window.getSelection()?.addRange(range);
  return node as Text;
}

describe('ProjectScreen', () => {
  it('opens from the recent list with the draft and its claims, saves a status and closes', async () => {
    const { bridge, handlers, projectId, reload } = await tempProject(DRAFT, ['40 million euros']);
    const file = (await reload()).file;
    value(await handlers.closeProject({ projectId }));
    const { user } = renderWithApi(bridge, <AppShell />);

    const recent = await screen.findByRole('list', { name: 'Recent projects' });
    await user.click(within(recent).getByRole('button', { name: 'Council vote' }));

    expect(await screen.findByRole('heading', { name: 'Council vote' }, { timeout: 10_000 })).toBeTruthy();
    const article = screen.getByRole('document', { name: 'Article text' });
    expect(article.textContent).toContain(DRAFT);
    const claims = screen.getByRole('region', { name: 'Claims' });
    expect(within(claims).getByRole('listitem').textContent).toContain('40 million euros');
    const status = within(claims).getByLabelText('Status of claim 1') as HTMLSelectElement;
    await user.selectOptions(status, 'In progress');
    await waitFor(() => expect(status.value).toBe('in-progress'));

    await user.click(screen.getByRole('button', { name: 'Close project' }));
    expect(await screen.findByRole('button', { name: 'New project' })).toBeTruthy();
    const reopened = value(await handlers.openProject({ path: file }));
    expect(reopened.readOnly).toBe(false);
    expect(reopened.claims[0]?.status).toBe('in-progress');
  });

  it('marks the selected words after a change redrew the draft, and asks for a selection when there is none', async () => {
    const { bridge, handlers, projectId, reload } = await tempProject(DRAFT, ['Rent rose 12 percent']);
    const file = (await reload()).file;
    value(await handlers.closeProject({ projectId }));
    const { user } = renderWithApi(bridge, <AppShell />);
    const recent = await screen.findByRole('list', { name: 'Recent projects' });
    await user.click(within(recent).getByRole('button', { name: 'Council vote' }));
    const article = await screen.findByRole('document', { name: 'Article text' }, { timeout: 10_000 });
    const mark = screen.getByRole('button', { name: /Mark as claim/ });

    // Nothing selected: the hint, and no claim.
    window.getSelection()?.removeAllRanges();
    fireEvent.click(mark);
    expect(
      await screen.findByText('Select the words of the claim in the draft first, then press Mark as claim.'),
    ).toBeTruthy();
    expect(screen.getAllByLabelText(/^Status of claim \d+$/)).toHaveLength(1);

    // The words are selected, then claim 1, in the same paragraph, gets a new status: the draft redraws it.
    const selected = selectWords(article, '40 million euros');
    fireEvent.change(screen.getByLabelText('Status of claim 1'), { target: { value: 'in-progress' } });
    await waitFor(() => expect(highlight('Rent rose 12 percent')?.getAttribute('data-status')).toBe('in-progress'));
    expect(selected.isConnected).toBe(true);
    expect(window.getSelection()?.toString()).toBe('40 million euros');

    // A click that leaves the selection alone, as the button's own mousedown handler does in the browser.
    fireEvent.click(mark);
    await waitFor(() => expect(highlight('40 million euros')).toBeTruthy());
    await user.click(screen.getByRole('button', { name: 'Close project' }));
    expect(await screen.findByRole('button', { name: 'New project' })).toBeTruthy();
    const saved = value(await handlers.openProject({ path: file }));
    expect(saved.claims.map((c) => [c.anchor.exact, c.status])).toEqual([
      ['Rent rose 12 percent', 'in-progress'],
      ['40 million euros', 'unchecked'],
    ]);
  });
});
