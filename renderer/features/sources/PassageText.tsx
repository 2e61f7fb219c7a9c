// A passage's text with find-in-source matches marked (the current one stands out), built from offsets as React
// text nodes inside <mark>, never as HTML.
import type { ReactNode } from 'react';
import type { FindMatch } from './find-in-source';

export interface PassageTextProps {
  text: string;
  /** This passage's matches, in order, with their index among all matches. */
  matches: ReadonlyArray<{ match: FindMatch; index: number }>;
  current: number;
}

/** The text as spans and marks. */
export function PassageText({ text, matches, current }: PassageTextProps) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const { match, index } of matches) {
    if (match.start < at) continue;
    if (match.start > at) parts.push(<span key={`t${at}`}>{text.slice(at, match.start)}</span>);
    parts.push(
      <mark key={`m${index}`} className={`find-hit${index === current ? ' is-current' : ''}`} data-find-index={index}>
        {text.slice(match.start, match.end)}
      </mark>,
    );
    at = match.end;
  }
  if (at < text.length) parts.push(<span key={`t${at}`}>{text.slice(at)}</span>);
  return <>{parts}</>;
}
