// Renders the draft as paragraphs of React text nodes (the text is untrusted: never HTML), with each claim as a
// <mark> coloured by its status. Every text run carries data-offset so selections map back to draft offsets.
import { memo, useMemo } from 'react';
import type { CSSProperties, MouseEvent, ReactNode } from 'react';
import type { StatusDef } from '../../../shared/model/status';
import { findStatus } from '../../../shared/model/status';
import { layoutDraft } from './draft-segments';
import type { ClaimSpan, DraftNode } from './draft-segments';

export interface DraftTextProps {
  text: string;
  spans: ClaimSpan[];
  statuses: StatusDef[];
  /** 1-based position of each claim in draft order, for titles. */
  numbers: ReadonlyMap<string, number>;
  selectedClaimId: string | null;
  onSelectClaim: (claimId: string) => void;
  rootRef: (element: HTMLElement | null) => void;
}

interface RenderContext {
  statuses: StatusDef[];
  numbers: ReadonlyMap<string, number>;
  selectedClaimId: string | null;
}

function firstStart(node: DraftNode): number {
  if (node.kind === 'text') return node.start;
  const child = node.children[0];
  return child ? firstStart(child) : node.claim.start;
}

function renderNodes(nodes: readonly DraftNode[], ctx: RenderContext): ReactNode[] {
  return nodes.map((node) => {
    if (node.kind === 'text') {
      return (
        <span key={`t${node.start}`} data-offset={node.start}>
          {node.text}
        </span>
      );
    }
    const status = findStatus(ctx.statuses, node.claim.status);
    const n = ctx.numbers.get(node.claim.id);
    const style = { '--claim-color': status.color } as CSSProperties;
    const selected = node.claim.id === ctx.selectedClaimId;
    return (
      <mark
        key={`c${node.claim.id}-${firstStart(node)}`}
        data-claim-id={node.claim.id}
        data-status={node.claim.status}
        title={n ? `Claim ${n}: ${status.label}` : status.label}
        className={`claim-mark depth-${Math.min(node.depth, 3)}${selected ? ' is-selected' : ''}`}
        style={style}
      >
        {renderNodes(node.children, ctx)}
      </mark>
    );
  });
}

/** The article, laid out once per change of text or claims. */
export const DraftText = memo(function DraftText(props: DraftTextProps) {
  const { text, spans, statuses, numbers, selectedClaimId, onSelectClaim, rootRef } = props;
  const paragraphs = useMemo(() => layoutDraft(text, spans), [text, spans]);

  function onClick(event: MouseEvent<HTMLElement>) {
    const selection = document.getSelection();
    if (selection && !selection.isCollapsed) return;
    const mark = (event.target as Element).closest<HTMLElement>('mark[data-claim-id]');
    if (mark?.dataset.claimId) onSelectClaim(mark.dataset.claimId);
  }

  const ctx: RenderContext = { statuses, numbers, selectedClaimId };
  return (
    <article ref={rootRef} className="draft-text" onClick={onClick}>
      {paragraphs.map((p) => (
        <p key={p.start} className="draft-paragraph">
          {renderNodes(p.nodes, ctx)}
        </p>
      ))}
    </article>
  );
});
