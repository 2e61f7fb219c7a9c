// Dates: full dates, day-month, months, weekdays, years, decades, times and relative dates.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../../shared/detect/dates';

const texts = (t: string): string[] => findDates(t).map((d) => t.slice(d.start, d.end));

describe('findDates', () => {
  it('finds dates in US and European order and abbreviated months', () => {
    expect(texts('On March 3, 2025, then 14 June, then Sept. 30 and Oct. 14.')).toEqual([
      'March 3, 2025',
      '14 June',
      'Sept. 30',
      'Oct. 14',
    ]);
  });

  it('tells the month May from the verb may', () => {
    expect(texts('It may rain. The award came in May, and on May 5 the vote.')).toEqual(['May', 'May 5']);
  });

  it('finds weekdays, times, years, decades and relative dates', () => {
    expect(
      texts('Sunday morning at 7 a.m. in 2019, the 1920s and the ’90s; last year, next week, in the past two years.'),
    ).toEqual(['Sunday morning', '7 a.m.', '2019', '1920s', '’90s', 'last year', 'next week', 'the past two years']);
  });

  it('does not take amounts or identifiers for years', () => {
    expect(texts('It cost $2024 and 2024 percent; object 3I/2025 K2.')).toEqual([]);
  });
});
