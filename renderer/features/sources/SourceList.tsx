// The sources of both libraries, labelled: title, a lock and "Confidential" for confidential ones, type, date,
// speakers and passage count; open in the viewer, edit details, or remove after a confirmation.
import { useState } from 'react';
import type { LibraryName, SourceView } from '../../../shared/api/views';
import { Icon } from '../../components/Icon';
import { InlineConfirm } from '../../components/InlineConfirm';
import { listedSources, sourceFacts } from './library-state';

export interface SourceListProps {
  sources: SourceView[];
  readOnly: boolean;
  onOpen: (source: SourceView) => void;
  onEdit: (source: SourceView) => void;
  onRemove: (source: SourceView) => void;
}

function SourceItem({
  source,
  readOnly,
  onOpen,
  onEdit,
  onRemove,
}: { source: SourceView } & Omit<SourceListProps, 'sources'>) {
  const [confirming, setConfirming] = useState(false);
  const locked = readOnly && source.library === 'project';
  return (
    <li className="source-item">
      <div className="source-head">
        <button type="button" className="source-title link-button" onClick={() => onOpen(source)}>
          {source.title}
        </button>
        {source.confidential && (
          <span className="confidential-chip">
            <Icon name="lock" />
            Confidential
          </span>
        )}
      </div>
      <p className="source-facts">{sourceFacts(source).join(' · ')}</p>
      {source.fromLibrary && <p className="source-note">Copied from your personal library when it was attached.</p>}
      {source.fromNewsroom && (
        <p className="source-note">
          From the newsroom library ({source.fromNewsroom.server}): the passages attached are copied into this project.
        </p>
      )}
      {confirming ? (
        <InlineConfirm
          label={`Remove ${source.title}?`}
          text={
            source.library === 'personal'
              ? 'Remove it from your personal library, for every project? Claims that cite it keep their copied words.'
              : 'Remove it from this project? Claims that cite it keep their copied words.'
          }
          action="Remove"
          onKeep={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            onRemove(source);
          }}
        />
      ) : (
        <div className="source-actions">
          <button
            type="button"
            className="button button-small button-quiet"
            disabled={locked}
            onClick={() => onEdit(source)}
          >
            Edit details
          </button>
          <button
            type="button"
            className="button button-small button-quiet"
            disabled={locked}
            aria-label={`Remove ${source.title}`}
            onClick={() => setConfirming(true)}
          >
            <Icon name="trash" />
            Remove
          </button>
        </div>
      )}
    </li>
  );
}

function Section({
  library,
  list,
  ...rest
}: { library: LibraryName; list: SourceView[] } & Omit<SourceListProps, 'sources'>) {
  const title = library === 'project' ? 'This project' : 'Personal library';
  return (
    <section className="source-section" aria-label={title}>
      <h3 className="subsection-title">
        {title} <span className="count-badge">{list.length}</span>
      </h3>
      {list.length === 0 ? (
        <p className="source-empty">
          {library === 'project'
            ? 'No sources in this project yet.'
            : 'Sources you add to your personal library can be searched from every project.'}
        </p>
      ) : (
        <ul
          className="source-list"
          aria-label={`Sources in ${library === 'project' ? 'this project' : 'your personal library'}`}
        >
          {list.map((s) => (
            <SourceItem key={`${s.library}:${s.id}`} source={s} {...rest} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** Both libraries, the project's first. */
export function SourceList({ sources, ...rest }: SourceListProps) {
  const listed = listedSources(sources);
  return (
    <div className="source-sections">
      <Section library="project" list={listed.project} {...rest} />
      <Section library="personal" list={listed.personal} {...rest} />
    </div>
  );
}
