// The speaker check in three counts (match, mismatch, unknown), each with its icon and word, and, when some speakers
// could not be identified, the sentence that asks the checker to check them by hand.
import { SPEAKER_OUTCOMES, unknownSpeakersText } from '../../../shared/verify/speaker-outcome';
import type { SpeakerCounts as Counts } from '../../../shared/verify/speaker-outcome';
import { SpeakerIcon } from './QuoteIcons';

/** A list named "Speakers" with one item per outcome ("2 match", "1 mismatch", "3 unknown"), then the note. */
export function SpeakerCounts({ counts }: { counts: Counts }) {
  return (
    <div className="qc-speakers" role="status" aria-label="Speaker check summary">
      <span className="qc-speakers-label" aria-hidden="true">
        Speakers
      </span>
      <ul className="qc-speaker-counts" aria-label="Speakers">
        {SPEAKER_OUTCOMES.map((outcome) => (
          <li
            key={outcome}
            className={`qc-speaker-count speaker-${outcome}${counts[outcome] === 0 ? ' is-zero' : ''}`}
            data-outcome={outcome}
          >
            <SpeakerIcon outcome={outcome} />
            <span className="qc-speaker-count-n">{counts[outcome]}</span> <span>{outcome}</span>
          </li>
        ))}
      </ul>
      {counts.unknown > 0 && <p className="qc-unknown-note">{unknownSpeakersText(counts.unknown)}.</p>}
    </div>
  );
}
