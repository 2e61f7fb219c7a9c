// Shows a word diff inline: deleted words struck through, inserted words underlined, each also named in words for
// screen readers (colour is never the only signal).
import { memo } from 'react';

export interface WordDiffProps {
  ops: ReadonlyArray<{ op: 'equal' | 'insert' | 'delete'; text: string }>;
  className?: string;
}

/** The ops in order; equal runs as plain text. */
export const WordDiff = memo(function WordDiff({ ops, className }: WordDiffProps) {
  return (
    <div className={`word-diff ${className ?? ''}`}>
      {ops.map((op, i) => {
        if (op.op === 'equal') return <span key={i}>{op.text}</span>;
        if (op.op === 'insert') {
          return (
            <ins key={i} className="diff-insert">
              <span className="visually-hidden">[added: </span>
              {op.text}
              <span className="visually-hidden">]</span>
            </ins>
          );
        }
        return (
          <del key={i} className="diff-delete">
            <span className="visually-hidden">[removed: </span>
            {op.text}
            <span className="visually-hidden">]</span>
          </del>
        );
      })}
    </div>
  );
});
