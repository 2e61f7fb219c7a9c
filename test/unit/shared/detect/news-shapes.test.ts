// The shapes of a real news story, in an invented draft: a quote said "through a statement" with a second one
// "adding that", words quoted from an ordinance, a block quote after a lead-in ending in a colon, a scare quote, and a
// city named inside a speaker's lead-in. Every direct quote gets its speaker; no place is a person.
import { describe, expect, it } from 'vitest';
import { suggestClaims } from '../../../../shared/detect/suggest';

const DRAFT = [
  'Harbor City Mayor Lena Ortiz and City Attorney Paul Brandt released a draft ordinance on Monday to protect tenants from sudden evictions. "Families cannot wait another winter," said Ortiz through a statement on the city\'s website, adding that "stable homes make stronger neighborhoods."',
  'The ordinance, in its final version, would bar landlords from "any eviction without a written cause," and would require "ninety days of notice" before a rent increase.',
  'Marta Ruiz of the Harbor Tenants Union, one of the organizers of a march downtown, criticized the council for the delay:',
  '"We have asked for this rule for three years. The council has to act before the cold comes"',
  'Newly named "housing czar" Daniel Greer has already said he opposes the plan. Speaking on a radio show last week, Greer, using Port Adams as an example of a city with strict rules, said:',
  '"If we copy Port Adams, we will lose builders. Nobody will build here"',
  'During the same interview, Greer also raised the idea of a tax credit for landlords.',
].join('\n\n');

describe('a news draft with the shapes of a real story', () => {
  const out = suggestClaims(DRAFT);
  const quotes = out.filter((s) => s.kind === 'quote');

  it('gives every direct quote its speaker, and document quotes their document', () => {
    expect(quotes.map((q) => [q.text.slice(0, 24), q.speaker, q.speakerKind])).toEqual([
      ['"Families cannot wait an', 'Lena Ortiz', 'person'],
      ['"stable homes make stron', 'Lena Ortiz', 'person'],
      ['"any eviction without a ', 'the ordinance', 'document'],
      ['"ninety days of notice"', 'the ordinance', 'document'],
      ['"We have asked for this ', 'Marta Ruiz', 'person'],
      ['"If we copy Port Adams, ', 'Greer', 'person'],
    ]);
  });

  it('never offers a place or an organisation as a person, and drops the scare quote', () => {
    const people = out.filter((s) => s.speakerKind === 'person').map((s) => s.speaker);
    expect(people.some((p) => /Port Adams|Harbor City|Union/u.test(p ?? ''))).toBe(false);
    expect(quotes.some((q) => q.text.includes('housing czar'))).toBe(false);
  });

  it('gives every other suggestion speakerKind null unless it is an attribution', () => {
    for (const s of out) {
      if (s.kind !== 'quote' && s.kind !== 'attribution') expect(s.speakerKind).toBeNull();
      if (s.speaker === null) expect(s.speakerKind).toBeNull();
    }
  });
});
