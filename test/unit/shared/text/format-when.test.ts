// Times for people (their locale, medium or compact) and the fixed UTC form of exported appendices.
import { describe, expect, it } from 'vitest';
import { formatInstantUtc, formatWhen, formatWhenUtc } from '../../../../shared/text/format-when';

const AT = '2026-11-26T10:02:00.000Z';

describe('formatWhen', () => {
  it('formats a time in the locale given, medium by default and compact for table cells', () => {
    const date = new Date(AT);
    expect(formatWhen(AT, { locale: 'en-GB' })).toBe(
      date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }),
    );
    expect(formatWhen(AT, { locale: 'en-GB', compact: true })).toBe(
      date.toLocaleString('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }),
    );
    expect(formatWhen(AT, { locale: 'en-GB', compact: true })).not.toContain('2026');
    expect(formatWhen(AT)).toBe(formatWhen(AT, { locale: undefined }));
  });

  it('shows text that is not a time as written', () => {
    expect(formatWhen('yesterday')).toBe('yesterday');
    expect(formatWhen('', { compact: true })).toBe('');
  });
});

describe('formatWhenUtc', () => {
  it('writes an ISO UTC time to the minute, and anything else as written', () => {
    expect(formatWhenUtc('2025-03-04T14:05:09.000Z')).toBe('2025-03-04 14:05 UTC');
    expect(formatWhenUtc('2025-03-04T14:05Z')).toBe('2025-03-04 14:05 UTC');
    expect(formatWhenUtc('2025-03-04T14:05:09+01:00')).toBe('2025-03-04T14:05:09+01:00');
    expect(formatWhenUtc(null)).toBe('');
  });
});

describe('formatInstantUtc', () => {
  it('converts any time to UTC in the export form, and shows text that is not a time as written', () => {
    expect(formatInstantUtc('2026-12-06T10:42:31.000Z')).toBe('2026-12-06 10:42 UTC');
    expect(formatInstantUtc('2026-12-06T12:42:00+02:00')).toBe('2026-12-06 10:42 UTC');
    expect(formatInstantUtc('yesterday')).toBe('yesterday');
  });
});
