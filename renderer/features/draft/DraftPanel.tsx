// The Draft region: the article with claim highlights, the "Mark as claim" button and the suggestion underlines
// toggle. The text area is focusable, so J/K, Enter and 1-9 work from the keyboard without a mouse.
import { useEffect, useRef } from 'react';
import type { BlockRange, ClaimSpan } from './draft-segments';
import { Icon } from '../../components/Icon';
import { DraftText } from './DraftText';

export interface DraftPanelProps {
  text: string;
  blocks?: readonly BlockRange[];
  draftNumber: number;
  spans: ClaimSpan[];
  suggestions?: ReadonlyArray<{ start: number; end: number }>;
  showSuggestions: boolean;
  suggestionCount: number;
  selectedClaimId: string | null;
  readOnly: boolean;
  markKeys: string;
  markAria: string | undefined;
  hint: string | null;
  onSelectClaim: (claimId: string) => void;
  onMark: () => void;
  onToggleSuggestions: (show: boolean) => void;
  rootRef: (element: HTMLElement | null) => void;
}

/** A region named "Draft". */
export function DraftPanel(props: DraftPanelProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const { selectedClaimId } = props;

  useEffect(() => {
    if (!selectedClaimId) return;
    const mark = scrollRef.current?.querySelector(`mark[data-claim-id="${CSS.escape(selectedClaimId)}"]`);
    mark?.scrollIntoView({ block: 'nearest' });
  }, [selectedClaimId]);

  return (
    <section className="pane draft-pane" aria-label="Draft">
      <div className="pane-toolbar">
        <h2 className="pane-title">Draft {props.draftNumber}</h2>
        <p className="pane-hint" aria-live="polite">
          {props.hint ??
            (props.readOnly
              ? 'Read-only: claims cannot be marked.'
              : `Select the words of a claim, then press ${props.markKeys}.`)}
        </p>
        {props.suggestionCount > 0 && (
          <label className="toggle" title="Show suggested claims with a dotted underline">
            <input
              type="checkbox"
              checked={props.showSuggestions}
              onChange={(e) => props.onToggleSuggestions(e.target.checked)}
            />
            Underline suggestions
          </label>
        )}
        <button
          type="button"
          className="button button-primary"
          disabled={props.readOnly}
          aria-keyshortcuts={props.markAria}
          // Keep the text selection (and focus) where it is: the button acts on it.
          onMouseDown={(e) => e.preventDefault()}
          onClick={props.onMark}
        >
          <Icon name="marker" />
          Mark as claim
        </button>
      </div>
      <div
        ref={scrollRef}
        className="draft-scroll"
        tabIndex={0}
        role="document"
        aria-label="Article text"
        aria-describedby="draft-keys-help"
      >
        <p id="draft-keys-help" className="visually-hidden">
          J and K move between claims, Enter opens the selected claim, 1 to 9 set its status.
        </p>
        <DraftText
          text={props.text}
          blocks={props.blocks}
          spans={props.spans}
          suggestions={props.showSuggestions ? props.suggestions : undefined}
          selectedClaimId={props.selectedClaimId}
          onSelectClaim={props.onSelectClaim}
          rootRef={props.rootRef}
        />
      </div>
    </section>
  );
}
