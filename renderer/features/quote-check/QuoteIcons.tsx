// Line icons for the Quote check: one per verdict and one per speaker check. Decorative (aria-hidden): the verdict
// and the speaker check are always written out beside them, and colour is never the only signal.
import type { QuoteVerdict } from '../../../shared/api/views';
import type { SpeakerOutcome } from '../../../shared/verify/speaker-outcome';

const VERDICT_PATHS: Record<QuoteVerdict, string> = {
  // A ticked circle: word for word.
  exact: 'M8 1.8a6.2 6.2 0 1 0 0 12.4 6.2 6.2 0 1 0 0-12.4zM5.2 8.2l2 2 3.8-4',
  // A tick: the words agree, the punctuation does not.
  punctuation: 'M3 8.5l3 3 7-7M12 13.5v.2',
  // Not equal: the words were changed.
  altered: 'M3 6h10M3 10h10M11 2.5l-6 11',
  // Two pieces joined: parts from different places.
  stitched: 'M1.8 5.5h5v5h-5zM9.2 5.5h5v5h-5zM6.8 8h2.4',
  // A magnifier with a cross: nothing close in the sources.
  'not-found': 'M7 2.2a4.8 4.8 0 1 0 0 9.6 4.8 4.8 0 1 0 0-9.6zM10.5 10.5L14 14M5.3 5.3l3.4 3.4M8.7 5.3l-3.4 3.4',
  // A speech bubble with a wave: the reporter's words.
  paraphrase: 'M2 3h12v7.5H8l-3.5 3v-3H2zM4.8 7c.8-1 1.6-1 2.4 0s1.6 1 2.4 0 1.6-1 2.4 0',
};

const SPEAKER_PATHS: Record<SpeakerOutcome, string> = {
  // A person with a tick.
  match: 'M8 2.5a2.5 2.5 0 1 0 0 5 2.5 2.5 0 1 0 0-5zM3 14c.5-3 2.5-4.5 5-4.5M10 12l1.5 1.5 3-3',
  // A person with a cross.
  mismatch: 'M8 2.5a2.5 2.5 0 1 0 0 5 2.5 2.5 0 1 0 0-5zM3 14c.5-3 2.5-4.5 5-4.5M10.5 10.5l3.5 3.5M14 10.5l-3.5 3.5',
  // A person with a question mark.
  unknown:
    'M8 2.5a2.5 2.5 0 1 0 0 5 2.5 2.5 0 1 0 0-5zM3 14c.5-3 2.5-4.5 5-4.5M12 10.2c0-1.3 2-1.3 2 0 0 1-1 1-1 2M13 13.8v.2',
};

function Svg({ d, className }: { d: string; className: string }) {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false" className={`icon ${className}`}>
      <path d={d} />
    </svg>
  );
}

/** The verdict's icon, coloured through the verdict-<name> class of its parent. */
export function VerdictIcon({ verdict }: { verdict: QuoteVerdict }) {
  return <Svg d={VERDICT_PATHS[verdict]} className="qc-verdict-icon" />;
}

/** The speaker outcome's icon. */
export function SpeakerIcon({ outcome }: { outcome: SpeakerOutcome }) {
  return <Svg d={SPEAKER_PATHS[outcome]} className="qc-speaker-icon" />;
}
