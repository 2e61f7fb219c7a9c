// The Draft region: the article with claim highlights and the "Mark as claim" button.
import type { StatusDef } from '../../../shared/model/status';
import { Icon } from '../../components/Icon';
import type { ClaimSpan } from './draft-segments';
import { DraftText } from './DraftText';

export interface DraftPanelProps {
  text: string;
  draftNumber: number;
  spans: ClaimSpan[];
  statuses: StatusDef[];
  numbers: ReadonlyMap<string, number>;
  selectedClaimId: string | null;
  readOnly: boolean;
  markKeys: string;
  markAria: string | undefined;
  hint: string | null;
  onSelectClaim: (claimId: string) => void;
  onMark: () => void;
  rootRef: (element: HTMLElement | null) => void;
}

/** A region named "Draft". */
export function DraftPanel(props: DraftPanelProps) {
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
      <div className="draft-scroll">
        <DraftText
          text={props.text}
          spans={props.spans}
          statuses={props.statuses}
          numbers={props.numbers}
          selectedClaimId={props.selectedClaimId}
          onSelectClaim={props.onSelectClaim}
          rootRef={props.rootRef}
        />
      </div>
    </section>
  );
}
