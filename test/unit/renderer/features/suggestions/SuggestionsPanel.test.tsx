// @vitest-environment happy-dom
// Suggestions over the real handlers and the app's useSuggestions hook: the check-worthy statements the detector
// finds in the draft are listed, and accepting one makes it a claim in the project file.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ProjectView } from '../../../../../shared/api/views';
import { useApi } from '../../../../../renderer/app/ApiProvider';
import { SuggestionsPanel } from '../../../../../renderer/features/suggestions/SuggestionsPanel';
import { useSuggestions } from '../../../../../renderer/features/suggestions/use-suggestions';
import { renderWithApi, tempProject } from '../../project-fixture';

const DRAFT =
  'The council met on Tuesday. Rent rose 12 percent in 2025, the mayor said. ' +
  'The new bridge will open in March and cost 40 million euros. It was a sunny day.';

function SuggestionsHost({ view }: { view: ProjectView }) {
  const api = useApi();
  const suggestions = useSuggestions(api, view, () => undefined);
  return (
    <SuggestionsPanel
      coverage={suggestions.coverage}
      share={null}
      onShareChange={() => undefined}
      loading={suggestions.loading}
      readOnly={false}
      onAccept={async (keys) => void (await suggestions.accept(keys))}
      onDismiss={async (keys) => void (await suggestions.dismiss(keys))}
    />
  );
}

describe('SuggestionsPanel', () => {
  it('lists what the draft holds that is worth checking, and Accept makes it a claim', async () => {
    const { bridge, view, reload } = await tempProject(DRAFT);
    const { user } = renderWithApi(bridge, <SuggestionsHost view={view} />);

    const region = screen.getByRole('region', { name: 'Suggestions' });
    const list = await within(region).findByRole('list', { name: 'Suggested claims' });
    const items = within(list).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(0);
    expect(items.some((item) => /12 percent|40 million/.test(item.textContent ?? ''))).toBe(true);
    const first = items[0] as HTMLElement;
    const words = first.querySelector('.suggestion-text')?.textContent ?? '';
    await user.click(within(first).getByRole('button', { name: 'Accept' }));

    await waitFor(async () => expect((await reload()).claims).toHaveLength(1));
    expect(words).toContain((await reload()).claims[0]?.anchor.exact.slice(0, 10));
    await waitFor(() => expect(within(region).queryAllByRole('listitem')).toHaveLength(items.length - 1));
  });

  it('says there is nothing to suggest in a draft without check-worthy statements', async () => {
    const { bridge, view } = await tempProject('It was a sunny day.');
    renderWithApi(bridge, <SuggestionsHost view={view} />);
    expect(await screen.findByText('No suggestions')).toBeTruthy();
  });
});
