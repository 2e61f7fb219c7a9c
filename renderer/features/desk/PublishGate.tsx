// "Ready to publish?": the gate's verdict and, section by section, what still stands in the way; each claim listed
// opens in the draft.
import { useMemo, useState } from 'react';
import type { ProjectView } from '../../../shared/api/views';
import type { Claim } from '../../../shared/model/claim';
import { useApi } from '../../app/ApiProvider';
import { useSuggestions } from '../suggestions/use-suggestions';
import { computeGate } from './gate-state';
import type { AlteredQuote } from './gate-state';

/** Claims listed per section before "Show all". */
const SHOWN = 50;

export interface PublishGateProps {
  view: ProjectView;
  ordered: readonly Claim[];
  /** The quote check's findings; leave undefined until that check exists (its section is then not shown). */
  alteredQuotes?: readonly AlteredQuote[];
  onOpenClaim: (claimId: string) => void;
  onShowSuggestions: () => void;
  onSignOffStory: () => void;
  onFail: (message: string) => void;
}

/** The publish gate workspace. */
export function PublishGate({
  view,
  ordered,
  alteredQuotes,
  onOpenClaim,
  onShowSuggestions,
  onSignOffStory,
  onFail,
}: PublishGateProps) {
  const api = useApi();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const suggestions = useSuggestions(api, view, onFail);
  const open = view.currentDraft ? (suggestions.loading ? null : suggestions.list.length) : 0;
  const report = useMemo(
    () => computeGate({ view, ordered, openSuggestions: open, ...(alteredQuotes ? { alteredQuotes } : {}) }),
    [view, ordered, open, alteredQuotes],
  );
  return (
    <main className="gate" aria-labelledby="gate-title" tabIndex={-1}>
      <div className="gate-inner">
        <h2 id="gate-title" className="gate-title">
          Ready to publish?
        </h2>
        <p role="status" className={`gate-verdict ${report.ready ? 'is-ready' : 'is-not-ready'}`}>
          <span className="gate-verdict-mark" aria-hidden="true">
            {report.ready ? '✓' : '!'}
          </span>
          {report.verdict}
        </p>
        {report.sections.map((section) => {
          const clear = section.claims.length === 0 && section.notes.length === 0;
          const headingId = `gate-${section.id}`;
          return (
            <section key={section.id} className={`gate-section${clear ? ' is-clear' : ''}`} aria-labelledby={headingId}>
              <h3 id={headingId} className="gate-section-title">
                <span className="gate-dot" aria-hidden="true" />
                {section.title}
                {!clear && <span className="count-badge">{section.count}</span>}
              </h3>
              {clear ? (
                <p className="gate-clear">{section.clearText}</p>
              ) : (
                <>
                  {section.notes.map((note) => (
                    <p key={note} className="gate-note">
                      {note}{' '}
                      {section.id === 'suggestions' && (
                        <button type="button" className="link-button" onClick={onShowSuggestions}>
                          Review suggestions
                        </button>
                      )}
                      {section.id === 'sign-off' && !view.readOnly && (
                        <button type="button" className="link-button" onClick={onSignOffStory}>
                          Sign off the story
                        </button>
                      )}
                    </p>
                  ))}
                  {section.claims.length > 0 && (
                    <ul className="gate-list">
                      {(expanded.has(section.id) ? section.claims : section.claims.slice(0, SHOWN)).map((item) => (
                        <li key={item.claimId}>
                          <button type="button" className="gate-claim" onClick={() => onOpenClaim(item.claimId)}>
                            <span className="gate-num">Claim {item.number}</span>
                            <span className="gate-excerpt">{item.excerpt}</span>
                            <span className="gate-detail">{item.detail}</span>
                          </button>
                        </li>
                      ))}
                    </ul>
                  )}
                  {section.claims.length > SHOWN && !expanded.has(section.id) && (
                    <button
                      type="button"
                      className="link-button gate-more"
                      onClick={() => setExpanded((current) => new Set([...current, section.id]))}
                    >
                      Show all {section.claims.length} claims
                    </button>
                  )}
                </>
              )}
            </section>
          );
        })}
      </div>
    </main>
  );
}
