// @vitest-environment happy-dom
// Why a source is suggested: the shared words, listed as text (never as HTML, since passages are untrusted).
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MatchedWords } from '../../../../../renderer/features/sources/MatchedWords';
import { matchedWords } from '../../../../../renderer/features/sources/matched-words';

describe('matchedWords', () => {
  it('lists each highlighted word once, in text order, keeping its first spelling', () => {
    const text = 'Budget talks: the harbour budget will double, Ångström said.';
    const at = (w: string, from = 0): [number, number] => [text.indexOf(w, from), text.indexOf(w, from) + w.length];
    expect(matchedWords(text, [at('double'), at('Budget'), at('budget', 20), at('harbour')])).toEqual([
      'Budget',
      'harbour',
      'double',
    ]);
    expect(matchedWords(text, [])).toEqual([]);
    expect(
      matchedWords(
        'a b c',
        [
          [0, 1],
          [2, 3],
          [4, 5],
        ],
        2,
      ),
    ).toEqual(['a', 'b']);
  });
});

describe('MatchedWords', () => {
  it('says which words match, as text even when the passage holds markup', () => {
    const text = 'The <img src=x onerror=alert(1)> budget will double';
    const tag = '<img src=x onerror=alert(1)>';
    const { container } = render(
      <MatchedWords
        text={text}
        ranges={[
          [text.indexOf(tag), text.indexOf(tag) + tag.length],
          [text.indexOf('budget'), text.indexOf('budget') + 6],
        ]}
      />,
    );
    expect(screen.getByText(/Matches:/).closest('p')?.textContent).toBe(`Matches: ${tag}, budget`);
    expect(container.querySelector('img')).toBeNull();
  });

  it('shows nothing when no word matches', () => {
    const { container } = render(<MatchedWords text="Nothing here" ranges={[]} />);
    expect(container.textContent).toBe('');
  });
});
