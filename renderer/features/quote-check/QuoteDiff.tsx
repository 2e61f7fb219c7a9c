// The quote against its source, word by word: words only in the source struck through, words only in the quote
// underlined, words an ellipsis stands for greyed as "… words …", [bracketed insertions] boxed with the source words
// they stand for. Every change is also named in words for screen readers.
import { memo } from 'react';
import type { CheckedQuote } from '../../../shared/api/views';

export interface QuoteDiffProps {
  ops: CheckedQuote['diff'];
}

/** Hidden words that say what a run is, read before it. */
function Said({ text }: { text: string }) {
  return <span className="visually-hidden">{text}</span>;
}

/** Punctuation that hangs on the word before it: no space in front. */
const CLOSING = /^[,.;:!?…)\]}”’»]/u;

/** The diff as one line of words separated by spaces (none before a run of closing punctuation). */
export const QuoteDiff = memo(function QuoteDiff({ ops }: QuoteDiffProps) {
  return (
    <p className="qc-diff">
      {ops.map((op, i) => {
        const gap = i > 0 && !CLOSING.test(op.text) ? ' ' : '';
        switch (op.op) {
          case 'equal':
            return (
              <span key={i}>
                {gap}
                {op.text}
              </span>
            );
          case 'insert':
            return (
              <span key={i}>
                {gap}
                <ins className="diff-insert">
                  <Said text="[only in the quote: " />
                  {op.text}
                  <Said text="]" />
                </ins>
              </span>
            );
          case 'delete':
            return (
              <span key={i}>
                {gap}
                <del className="diff-delete">
                  <Said text="[only in the source: " />
                  {op.text}
                  <Said text="]" />
                </del>
              </span>
            );
          case 'elided':
            return (
              <span key={i}>
                {gap}
                <span className="qc-elided" title="Left out with an ellipsis">
                  <Said text="[left out with an ellipsis: " />
                  <span aria-hidden="true">… </span>
                  {op.text}
                  <span aria-hidden="true"> …</span>
                  <Said text="]" />
                </span>
              </span>
            );
          case 'bracket':
            return (
              <span key={i}>
                {gap}
                <span
                  className="qc-bracket"
                  title={op.replaces ? `Bracketed insertion, standing for “${op.replaces}”` : 'Bracketed insertion'}
                >
                  <Said text="[bracketed insertion: " />
                  {op.text}
                  {op.replaces ? (
                    <span className="qc-bracket-for">
                      <Said text=", standing for " />
                      <span aria-hidden="true"> for </span>“{op.replaces}”
                    </span>
                  ) : null}
                  <Said text="]" />
                </span>
              </span>
            );
        }
      })}
    </p>
  );
});

/** True when the diff shows anything but equal words (an exact quote needs no diff). */
export function hasChanges(ops: CheckedQuote['diff']): boolean {
  return ops.some((op) => op.op !== 'equal');
}
