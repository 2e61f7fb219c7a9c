// A newsroom passage found by a search, opened: its words, pinpoint and speaker, the details of the source it comes
// from, and Attach. The source itself stays on the newsroom's server; attaching copies this passage and those details
// into the project, so the project cites it without the server.
import type { SearchHit } from '../../../shared/api/views';
import { SOURCE_TYPE_LABELS } from '../../../shared/model/source';
import { displayLabel } from '../../../shared/people';
import { Dialog } from '../../components/Dialog';

export interface NewsroomPassageDialogProps {
  hit: SearchHit;
  canAttach: boolean;
  onAttach: (hit: SearchHit) => void;
  onClose: () => void;
}

/** A dialog named by the source's title. */
export function NewsroomPassageDialog({ hit, canAttach, onAttach, onClose }: NewsroomPassageDialogProps) {
  return (
    <Dialog title={hit.sourceTitle} onClose={onClose} className="dialog-wide">
      <div className="dialog-body">
        <p className="hit-meta">
          <span className="library-chip library-newsroom">Newsroom</span>
          <span>{SOURCE_TYPE_LABELS[hit.sourceType]}</span>
          {hit.pinpoint && <span className="pinpoint-chip">{hit.pinpoint}</span>}
          {hit.speaker && <span className="hit-speaker">{displayLabel(hit.speaker)}</span>}
          {hit.date && <span className="hit-date">{hit.date}</span>}
        </p>
        <blockquote className="attach-quote">{hit.text}</blockquote>
        <p className="field-help">
          This passage is in the newsroom library. Attaching it copies the passage and its source&apos;s details into
          this project, so the project keeps citing it when the newsroom&apos;s server cannot be reached.
        </p>
        <div className="dialog-actions">
          <button
            type="button"
            className="button button-primary"
            data-autofocus
            aria-disabled={!canAttach}
            title={canAttach ? undefined : 'Select a claim in the draft first'}
            onClick={() => onAttach(hit)}
          >
            Attach...
          </button>
        </div>
      </div>
    </Dialog>
  );
}
