// One quote in the Quote check: verdict (icon and words), the quote, who the draft credits and the speaker check, the
// matched source and pinpoint, the word diff, the source's words around the match, and the row's actions.
import { memo } from 'react';
import type { CheckedQuote } from '../../../shared/api/views';
import type { Claim } from '../../../shared/model/claim';
import type { StatusDef } from '../../../shared/model/status';
import { findStatus } from '../../../shared/model/status';
import { VERDICT_LABELS } from '../../../shared/verify/types';
import { excerpt } from '../claims/claims-format';
import { QuoteDiff, hasChanges } from './QuoteDiff';
import { SpeakerIcon, VerdictIcon } from './QuoteIcons';
import { contextAfter, contextBefore, displayName, needsAttention, speakerLine } from './quote-check-state';

export interface QuoteCheckRowProps {
  row: CheckedQuote;
  /** 1-based place among the draft's quotes, in draft order. */
  number: number;
  claim: Claim | null;
  /** The claim's number in the Claims list, when there is a claim. */
  claimNumber: number | null;
  attached: boolean;
  /** Its claim is the one selected in the draft. */
  selected: boolean;
  statuses: StatusDef[];
  readOnly: boolean;
  busy: boolean;
  onAttach: (row: CheckedQuote, number: number) => void;
  onStatus: (row: CheckedQuote, number: number, statusId: string) => void;
  onShow: (row: CheckedQuote) => void;
  /** Plays the matched source's recording from the passage; given only when that source has one. */
  onPlay?: ((row: CheckedQuote) => void) | undefined;
  /** The matched source is a copy of a newsroom library source (attached from the newsroom). */
  fromNewsroom?: boolean;
}

const NOT_A_CLAIM = '';

/** Strips the quotation marks the draft puts around the words (the row draws its own). */
function bareQuote(text: string): string {
  return text.replace(/^[\s"“”„«»‘’'‹›]+|[\s"“”„«»‘’'‹›]+$/gu, '');
}

function libraryLabel(library: 'project' | 'personal'): string {
  return library === 'project' ? 'This project' : 'Personal library';
}

/** A listitem named "Quote <n>: <verdict>". */
export const QuoteCheckRow = memo(function QuoteCheckRow(props: QuoteCheckRowProps) {
  const { row, number, claim, claimNumber, attached, selected, statuses, readOnly, busy, fromNewsroom } = props;
  const verdict = VERDICT_LABELS[row.verdict];
  const speaker = speakerLine(row);
  const attention = needsAttention(row);
  const source = row.source;
  const headingId = `quote-${row.start}-${row.end}`;
  const status = claim ? findStatus(statuses, claim.status) : null;
  return (
    <li
      className={`pane-card qc-item verdict-${row.verdict}${attention ? ' is-attention' : ''}${selected ? ' is-selected' : ''}`}
      aria-labelledby={headingId}
      data-verdict={row.verdict}
    >
      <div className="qc-head">
        <h3 id={headingId} className="qc-title">
          <span className={`qc-verdict verdict-${row.verdict}`}>
            <VerdictIcon verdict={row.verdict} />
            <span className="visually-hidden">Quote {number}: </span>
            {verdict}
          </span>
        </h3>
        <span className="qc-number" aria-hidden="true">
          Quote {number}
        </span>
        {claim && status && (
          <span className="qc-claim-chip">
            Claim {claimNumber ?? ''}
            <span aria-hidden="true"> · </span>
            {status.label}
          </span>
        )}
      </div>

      <blockquote className="qc-quote">“{excerpt(bareQuote(row.text), 400)}”</blockquote>

      <p className={`qc-speaker speaker-${speaker.outcome}`} data-speaker={speaker.outcome}>
        <SpeakerIcon outcome={speaker.outcome} />
        <span>
          <strong className="qc-speaker-outcome">{speaker.label}</strong>
          <span aria-hidden="true"> · </span>
          <span className="qc-speaker-check">{speaker.reason}</span>
        </span>
      </p>

      {source ? (
        <>
          <p className="qc-source">
            <span className="qc-source-title">{source.title}</span>
            {source.pinpoint && (
              <>
                <span aria-hidden="true"> · </span>
                <span className="qc-pinpoint">
                  <span className="visually-hidden">at </span>
                  {source.pinpoint}
                </span>
              </>
            )}
            {source.speaker && (
              <>
                <span aria-hidden="true"> · </span>
                <span>{displayName(source.speaker)}</span>
              </>
            )}
            <span aria-hidden="true"> · </span>
            <span className="qc-library">
              {fromNewsroom ? 'Newsroom library (copy in the project)' : libraryLabel(source.library)}
            </span>
          </p>
          {hasChanges(row.diff) && (
            <div className="qc-block">
              <p className="qc-block-label">Against the source</p>
              <QuoteDiff ops={row.diff} />
            </div>
          )}
          <div className="qc-block">
            <p className="qc-block-label">In the source</p>
            <p className="qc-context">
              {row.context.before && <span className="qc-context-side">{contextBefore(row.context.before)}</span>}
              <mark className="qc-context-match">
                <span className="visually-hidden">[matched: </span>
                {source.text}
                <span className="visually-hidden">]</span>
              </mark>
              {row.context.after && <span className="qc-context-side">{contextAfter(row.context.after)}</span>}
            </p>
          </div>
        </>
      ) : (
        <p className="qc-none">No passage in this project&apos;s sources or your personal library comes close.</p>
      )}

      <div className="qc-actions">
        {source &&
          (attached ? (
            <span className="qc-attached">
              <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false" className="icon">
                <path d="M3 8.5l3 3 7-7" />
              </svg>
              Attached as supporting
            </span>
          ) : (
            <button
              type="button"
              className="button button-small"
              disabled={readOnly || busy}
              aria-label={`Attach as supporting: quote ${number}`}
              title={
                claim
                  ? `Attach ${source.title} to claim ${claimNumber ?? ''} as supporting`
                  : 'Marks the quote as a claim, then attaches the passage as supporting'
              }
              onClick={() => props.onAttach(row, number)}
            >
              Attach as supporting
            </button>
          ))}
        <label className="qc-status">
          <span aria-hidden="true">Status</span>
          <select
            className="select"
            aria-label={`Status of quote ${number}`}
            value={claim?.status ?? NOT_A_CLAIM}
            disabled={readOnly || busy}
            onChange={(e) => {
              if (e.target.value !== NOT_A_CLAIM) props.onStatus(row, number, e.target.value);
            }}
          >
            {!claim && (
              <option value={NOT_A_CLAIM} disabled>
                Not a claim yet
              </option>
            )}
            {statuses.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        {source && props.onPlay && (
          <button
            type="button"
            className="button button-small button-quiet"
            aria-label={`Play the recording from ${source.pinpoint}: quote ${number}`}
            onClick={() => props.onPlay?.(row)}
          >
            <span aria-hidden="true">▶ </span>Play from {source.pinpoint}
          </button>
        )}
        <button
          type="button"
          className="button button-small button-quiet"
          aria-label={`Show in draft: quote ${number}`}
          onClick={() => props.onShow(row)}
        >
          Show in draft
        </button>
      </div>
    </li>
  );
});
