// Times as people read them: in the user's locale for the app, and one fixed UTC form for exported appendices.
const ISO_UTC = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?Z$/;

const COMPACT: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' };
const MEDIUM: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

export interface WhenOptions {
  /** A BCP 47 locale; by default the user's. */
  locale?: string;
  /** "26 Nov, 10:02" for narrow table cells, instead of "26 Nov 2026, 10:02". */
  compact?: boolean;
}

/** Formats an ISO time for people in their locale; text that is not a time is shown as written. */
export function formatWhen(iso: string, options: WhenOptions = {}): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatter(options.locale, options.compact === true).format(date);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per locale and style, made once: a long table formats many times. */
function formatter(locale: string | undefined, compact: boolean): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${compact}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, compact ? COMPACT : MEDIUM);
    formatters.set(key, f);
  }
  return f;
}

/** "2025-03-04T14:05:09.000Z" -> "2025-03-04 14:05 UTC", the same for every reader of an export; anything else is
 *  shown as written, and no time as nothing. */
export function formatWhenUtc(iso: string | null): string {
  if (!iso) return '';
  const m = ISO_UTC.exec(iso);
  return m ? `${m[1]} ${m[2]} UTC` : iso;
}

/** Any time a date parses, converted to UTC in the export form ("2026-12-06T12:42:00+02:00" -> "2026-12-06 10:42
 *  UTC"): for sentences that must read the same on every machine. Text that is not a time is shown as written. */
export function formatInstantUtc(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatWhenUtc(date.toISOString());
}
