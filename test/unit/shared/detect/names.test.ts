// Titled names and reading a speaker out of a subject.
import { describe, expect, it } from 'vitest';
import { findTitledNames, nameInSubject } from '../../../../shared/detect/names';

const texts = (t: string): string[] => findTitledNames(t).map((n) => t.slice(n.start, n.end));

describe('findTitledNames', () => {
  it('finds names after titles, abbreviated titles and stacked titles', () => {
    expect(
      texts(
        'Mayor Karen Bass met Gov. Gavin Newsom, Lt. Gov. Denise Harrow, Superintendent Dr. Alicia Moreno and Dr Hannah Whitcombe.',
      ),
    ).toEqual([
      'Mayor Karen Bass',
      'Gov. Gavin Newsom',
      'Lt. Gov. Denise Harrow',
      'Superintendent Dr. Alicia Moreno',
      'Dr Hannah Whitcombe',
    ]);
  });

  it('handles accents, hyphens, NFD text and lower-case job titles, and stops before a possessive', () => {
    const nfd = 'Union president Marc-André Gagnon and Mayor José Núñez’s office.'.normalize('NFD');
    expect(texts(nfd)).toEqual(['president Marc-André Gagnon'.normalize('NFD'), 'Mayor José Núñez'.normalize('NFD')]);
  });

  it('skips titles followed by no name or by an organisation', () => {
    expect(texts('The mayor said. Judge blocks plan. President Monday. Justice Department officials.')).toEqual([]);
  });
});

describe('nameInSubject', () => {
  it('reads the person or organisation named in a subject', () => {
    expect(nameInSubject('Mayor Karen Bass')).toBe('Karen Bass');
    expect(nameInSubject('Professor Raj Menon of Imperial College London')).toBe('Raj Menon');
    expect(nameInSubject('Cal Fire Battalion Chief Ray Sandoval')).toBe('Ray Sandoval');
    expect(nameInSubject('the National Weather Service')).toBe('National Weather Service');
    expect(nameInSubject('the department')).toBeNull();
    expect(nameInSubject('Officials')).toBeNull();
  });
});
