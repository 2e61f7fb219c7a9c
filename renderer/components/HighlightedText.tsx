// Text with some ranges marked (matched search words): built from [start, end) ranges as React text nodes inside
// <mark> elements, never as HTML, because passages are untrusted text.
import { useMemo } from 'react';
import { highlightSegments } from '../features/sources/library-state';

export interface HighlightedTextProps {
  text: string;
  ranges: ReadonlyArray<readonly [number, number]>;
  className?: string;
  /** Class of the marked runs. */
  markClassName?: string;
}

/** A span whose matched runs are <mark> elements. */
export function HighlightedText({ text, ranges, className, markClassName = 'hit' }: HighlightedTextProps) {
  const segments = useMemo(() => highlightSegments(text, ranges), [text, ranges]);
  return (
    <span className={className}>
      {segments.map((s, i) =>
        s.marked ? (
          <mark key={i} className={markClassName}>
            {s.text}
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </span>
  );
}
