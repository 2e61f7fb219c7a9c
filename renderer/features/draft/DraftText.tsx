// Renders the draft as headings and paragraphs of React text nodes (the text is untrusted: never HTML), with each
// claim as a <mark> coloured by its status and suggestions as a dotted underline. Every text run carries
// data-offset so selections map back to draft offsets. Blocks are memoised on their signature, so a status change
// redraws only the blocks that hold the claim, and moving the selection only the blocks it leaves and enters.
import { memo, useMemo } from 'react';
import type { CSSProperties, MouseEvent, ReactNode } from 'react';
import { layoutDraft } from './draft-segments';
import type { BlockRange, ClaimSpan, DraftNode, DraftParagraph } from './draft-segments';

export interface DraftTextProps {
  text: string;
  blocks?: readonly BlockRange[];
  spans: ClaimSpan[];
  suggestions?: ReadonlyArray<{ start: number; end: number }>;
  selectedClaimId: string | null;
  onSelectClaim: (claimId: string) => void;
  rootRef: (element: HTMLElement | null) => void;
}

function firstStart(node: DraftNode): number {
  if (node.kind === 'text') return node.start;
  const child = node.children[0];
  return child ? firstStart(child) : node.claim.start;
}

function lastEnd(node: DraftNode): number {
  if (node.kind === 'text') return node.start + node.text.length;
  const child = node.children[node.children.length - 1];
  return child ? lastEnd(child) : node.claim.end;
}

/** The source count after a claim's highlight: outside the text runs (no data-offset), so selections ignore it. */
function SourceBadge({ count, claimId }: { count: number; claimId: string }) {
  return (
    <sup
      className="source-badge"
      data-badge-for={claimId}
      aria-label={`${count} ${count === 1 ? 'source' : 'sources'}`}
    >
      {count}
    </sup>
  );
}

function renderNodes(nodes: readonly DraftNode[], selectedId: string | null): ReactNode[] {
  return nodes.flatMap((node) => {
    if (node.kind === 'text') {
      return (
        <span
          key={`t${node.start}`}
          data-offset={node.start}
          className={node.suggested ? 'draft-suggested' : undefined}
        >
          {node.text}
        </span>
      );
    }
    const { claim } = node;
    const selected = claim.id === selectedId;
    // A claim split across blocks gets its badge where it ends.
    const badge = claim.sources && lastEnd(node) === claim.end ? claim.sources : 0;
    const mark = (
      <mark
        key={`c${claim.id}-${firstStart(node)}`}
        data-claim-id={claim.id}
        data-status={claim.status}
        title={claim.title ?? claim.status}
        className={`claim-mark depth-${Math.min(node.depth, 3)}${selected ? ' is-selected' : ''}`}
        style={{ '--claim-color': claim.color ?? '#8a8f98' } as CSSProperties}
      >
        {renderNodes(node.children, selectedId)}
      </mark>
    );
    return badge ? [mark, <SourceBadge key={`b${claim.id}`} count={badge} claimId={claim.id} />] : [mark];
  });
}

/** One heading or paragraph; drawn again only when its signature changes. */
const DraftBlock = memo(
  function DraftBlock({ block, selectedId }: { block: DraftParagraph; selectedId: string | null }) {
    const children = renderNodes(block.nodes, selectedId);
    if (block.kind === 'heading') {
      const level = Math.min(6, (block.level ?? 1) + 2);
      const Tag = `h${level}` as 'h3';
      return <Tag className={`draft-heading draft-heading-${block.level ?? 1}`}>{children}</Tag>;
    }
    return <p className="draft-paragraph">{children}</p>;
  },
  (a, b) =>
    a.block.sig === b.block.sig &&
    (a.selectedId === b.selectedId ||
      (!(a.selectedId && a.block.claimIds.includes(a.selectedId)) &&
        !(b.selectedId && b.block.claimIds.includes(b.selectedId)))),
);

/** The article, laid out once per change of text, claims or suggestions. */
export const DraftText = memo(function DraftText(props: DraftTextProps) {
  const { text, blocks, spans, suggestions, selectedClaimId, onSelectClaim, rootRef } = props;
  const laidOut = useMemo(() => layoutDraft(text, spans, { blocks, suggestions }), [text, spans, blocks, suggestions]);

  function onClick(event: MouseEvent<HTMLElement>) {
    const selection = document.getSelection();
    if (selection && !selection.isCollapsed) return;
    const mark = (event.target as Element).closest<HTMLElement>('mark[data-claim-id]');
    if (mark?.dataset.claimId) onSelectClaim(mark.dataset.claimId);
  }

  return (
    <article ref={rootRef} className="draft-text" onClick={onClick}>
      {laidOut.map((block) => (
        <DraftBlock key={block.start} block={block} selectedId={selectedClaimId} />
      ))}
    </article>
  );
});
