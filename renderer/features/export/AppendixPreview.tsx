// A live preview of the appendix as it will be exported, drawn from the Appendix model as React text (never as
// HTML), so nothing in a claim or a source can run or restyle the page. Quotes get one pair of quotation marks: a
// quote that already carries its own is not given a second.
import { inQuotationMarks, quoteHeaderFacts, speakerCheckLine } from '../../../shared/appendix/text';
import type { Appendix } from '../../../shared/appendix/types';

const MAX_CLAIMS = 40;

/** The header facts, then the first claims with their sources. */
export function AppendixPreview({ appendix }: { appendix: Appendix }) {
  const h = appendix.header;
  const shown = appendix.claims.slice(0, MAX_CLAIMS);
  return (
    <article className="appendix-preview" aria-label="Preview of the appendix">
      <h3 className="appendix-title">Sources for {inQuotationMarks(h.storyTitle)}</h3>
      <p className="appendix-meta">
        {h.draftVersion ? `Draft ${h.draftVersion}` : 'No draft'} · {h.claimCount}{' '}
        {h.claimCount === 1 ? 'claim' : 'claims'} · {h.sourceCount} {h.sourceCount === 1 ? 'source' : 'sources'} ·{' '}
        {h.blockingCount} blocking
        {h.redactedSourceCount > 0 &&
          ` · ${h.redactedSourceCount} confidential ${h.redactedSourceCount === 1 ? 'source' : 'sources'} withheld`}
      </p>
      {quoteHeaderFacts(h).map(([label, text]) => (
        <p key={label} className="appendix-meta">
          {label}: {text}
        </p>
      ))}
      <ol className="appendix-claims">
        {shown.map((claim) => (
          <li key={claim.id} className="appendix-claim">
            <p className="appendix-claim-head">
              <span className="appendix-num">{claim.number}.</span>{' '}
              <span className="appendix-excerpt">{inQuotationMarks(claim.excerpt)}</span>
            </p>
            <p className="appendix-claim-meta">
              {claim.status.label}
              {claim.checkedBy ? ` · status set by ${claim.checkedBy}` : ''}
              {claim.assignee ? ` · ${claim.assignee}` : ''}
            </p>
            {claim.quoteCheck && (
              <p className="appendix-claim-meta">
                Quote check: {claim.quoteCheck.verdictLabel} · Speaker check: {speakerCheckLine(claim.quoteCheck)}
              </p>
            )}
            {claim.notes && <p className="appendix-notes">Notes: {claim.notes}</p>}
            {claim.links.length === 0 ? (
              <p className="appendix-nosource">No source</p>
            ) : (
              <ul className="appendix-links">
                {claim.links.map((link, i) => (
                  <li key={i} className={link.source.redacted ? 'is-redacted' : undefined}>
                    {link.relationLabel}: {link.source.title}
                    {link.pinpoint && ` (${link.pinpoint})`}
                    {link.quotedText && <span className="appendix-quoted"> {inQuotationMarks(link.quotedText)}</span>}
                    {link.note && <span className="appendix-note"> Note: {link.note}</span>}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      {appendix.claims.length > MAX_CLAIMS && (
        <p className="field-help">…and {appendix.claims.length - MAX_CLAIMS} more claims in the file.</p>
      )}
    </article>
  );
}
