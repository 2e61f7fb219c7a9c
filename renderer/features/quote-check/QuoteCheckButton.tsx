// The header's way into the Quote check: a button with the shortcut, and how many quotes need attention.
import { keysOf } from '../../../shared/commands/commands';
import { formatKeys } from '../../../shared/commands/keys';
import { ariaKeys, isMacPlatform } from '../../app/use-keyboard';
import { VerdictIcon } from './QuoteIcons';

export interface QuoteCheckButtonProps {
  /** Quotes needing attention, or null before the first check. */
  attention: number | null;
  active: boolean;
  onClick: () => void;
}

/** A quiet header button named "Quote check" (plus the count needing attention, when there is one). */
export function QuoteCheckButton({ attention, active, onClick }: QuoteCheckButtonProps) {
  const keys = keysOf('quote-check');
  const isMac = isMacPlatform();
  return (
    <button
      type="button"
      className={`button button-quiet qc-header-button${active ? ' is-active' : ''}`}
      aria-keyshortcuts={ariaKeys(keys, isMac)}
      title={keys ? `Quote check (${formatKeys(keys, isMac)})` : 'Quote check'}
      onClick={onClick}
    >
      <VerdictIcon verdict="punctuation" />
      <span className="qc-header-label">Quote check</span>
      {attention !== null && attention > 0 && (
        <span className="qc-header-count">
          {attention}
          <span className="visually-hidden"> {attention === 1 ? 'needs' : 'need'} attention</span>
        </span>
      )}
    </button>
  );
}
