// One source tied to a claim, in the inspector: relation, source title, pinpoint, the quoted words and the note;
// edit relation, pinpoint and note; open the source at the passage; unlink after a confirmation.
import { useState } from 'react';
import type { SourceView } from '../../../shared/api/views';
import { LINK_RELATIONS } from '../../../shared/model/claim';
import type { LinkRelation, SourceLink } from '../../../shared/model/claim';
import { Icon } from '../../components/Icon';
import { InlineConfirm } from '../../components/InlineConfirm';
import { excerpt } from '../claims/claims-format';
import { libraryLabel } from './library-state';
import type { AttachInput } from './use-library';
import { RELATION_LABELS } from './AttachDialog';

export interface LinkItemProps {
  link: SourceLink;
  source: SourceView | null;
  readOnly: boolean;
  onOpen: () => void;
  /** Opens the source at the passage and plays its recording from there; given when the source has a recording. */
  onPlay?: (() => void) | undefined;
  onSave: (patch: AttachInput) => Promise<boolean>;
  onUnlink: () => void;
}

/** A listitem named by the source's title. */
export function LinkItem({ link, source, readOnly, onOpen, onPlay, onSave, onUnlink }: LinkItemProps) {
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [relation, setRelation] = useState<LinkRelation>(link.relation);
  const [pinpoint, setPinpoint] = useState(link.pinpoint);
  const [note, setNote] = useState(link.note);
  const title = source?.title ?? 'A removed source';

  function startEdit() {
    setRelation(link.relation);
    setPinpoint(link.pinpoint);
    setNote(link.note);
    setEditing(true);
  }

  return (
    <li className={`link-item relation-${link.relation}`} aria-label={title}>
      <div className="link-head">
        <span className={`relation-chip relation-${link.relation}`}>{RELATION_LABELS[link.relation]}</span>
        <span className="link-title">{title}</span>
        {source?.confidential && <Icon name="lock" className="link-lock" />}
        {link.pinpoint && <span className="pinpoint-chip">{link.pinpoint}</span>}
      </div>
      {source && <p className="link-library">{libraryLabel(source.library)}</p>}
      {link.quotedText && <blockquote className="link-quote">{excerpt(link.quotedText, 280)}</blockquote>}
      {editing ? (
        <form
          className="link-edit"
          onSubmit={(e) => {
            e.preventDefault();
            void onSave({ relation, pinpoint, note }).then((ok) => ok && setEditing(false));
          }}
        >
          <label>
            Relation
            <select className="select" value={relation} onChange={(e) => setRelation(e.target.value as LinkRelation)}>
              {LINK_RELATIONS.map((r) => (
                <option key={r} value={r}>
                  {RELATION_LABELS[r]}
                </option>
              ))}
            </select>
          </label>
          <label>
            Pinpoint
            <input value={pinpoint} maxLength={200} onChange={(e) => setPinpoint(e.target.value)} />
          </label>
          <label className="link-edit-wide">
            Note
            <textarea rows={2} value={note} maxLength={20_000} onChange={(e) => setNote(e.target.value)} />
          </label>
          <div className="link-actions link-edit-wide">
            <button type="button" className="button button-small" onClick={() => setEditing(false)}>
              Cancel
            </button>
            <button type="submit" className="button button-small button-primary">
              Save link
            </button>
          </div>
        </form>
      ) : (
        <>
          {link.note && <p className="link-note">{link.note}</p>}
          {confirming ? (
            <InlineConfirm
              label="Unlink this source?"
              text="Unlink it from the claim? The claim's history keeps a record."
              action="Unlink"
              onKeep={() => setConfirming(false)}
              onConfirm={onUnlink}
            />
          ) : (
            <div className="link-actions">
              <button type="button" className="button button-small" disabled={!source} onClick={onOpen}>
                Open source at passage
              </button>
              {onPlay && (
                <button type="button" className="button button-small" onClick={onPlay}>
                  <span aria-hidden="true">▶ </span>Play from {link.pinpoint}
                </button>
              )}
              {!readOnly && (
                <>
                  <button type="button" className="button button-small button-quiet" onClick={startEdit}>
                    Edit
                  </button>
                  <button
                    type="button"
                    className="button button-small button-quiet"
                    onClick={() => setConfirming(true)}
                  >
                    Unlink
                  </button>
                </>
              )}
            </div>
          )}
        </>
      )}
    </li>
  );
}
