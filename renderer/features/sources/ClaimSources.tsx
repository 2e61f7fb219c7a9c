// The claim inspector's sources: the links of the claim (see LinkItem) and the suggested passages from the library
// for it, with matched words marked and one-click attach.
import type { Claim } from '../../../shared/model/claim';
import { useLibraryContext } from './library-context';
import { sourceOfLink } from './library-state';
import { LinkItem } from './LinkItem';
import { SuggestedSources } from './SuggestedSources';
import { isTimecode } from './recording-player-state';

export interface ClaimSourcesProps {
  claim: Claim;
  number: number;
  readOnly: boolean;
}

/** Two blocks: "Sources" and "Suggested sources". Nothing outside a project's library. */
export function ClaimSources({ claim, number, readOnly }: ClaimSourcesProps) {
  const library = useLibraryContext();
  if (!library) return null;
  const { actions, sources } = library;
  return (
    <>
      <div className="inspector-block">
        <h3 className="subsection-title">Sources</h3>
        {claim.links.length === 0 ? (
          <p className="field-help">
            No sources yet. Search for one in the Sources tab, or attach a suggested source when one is shown here.
          </p>
        ) : (
          <ul className="link-list" aria-label={`Sources of claim ${number}`}>
            {claim.links.map((link) => {
              const source = sourceOfLink(link, sources);
              return (
                <LinkItem
                  key={link.id}
                  link={link}
                  source={source}
                  readOnly={readOnly}
                  onOpen={() => source && actions.openViewer(source.library, source.id, link.passageId)}
                  onPlay={
                    source?.recording && link.passageId && isTimecode(link.pinpoint)
                      ? () => actions.openViewer(source.library, source.id, link.passageId, true)
                      : undefined
                  }
                  onSave={(patch) => actions.updateLink(claim.id, link.id, patch)}
                  onUnlink={() => void actions.detach(claim.id, link.id)}
                />
              );
            })}
          </ul>
        )}
      </div>
      {claim.anchor.state !== 'orphaned' && <SuggestedSources claim={claim} number={number} readOnly={readOnly} />}
    </>
  );
}
