// What the project header adds after the progress bar: how many claims block publication and the story sign-off,
// as one state that never contradicts itself (a story signed off with open blockers says exactly that). The header
// puts the separator before the first part; each part but the last carries the one after it.
import type { ProjectView } from '../../../shared/api/views';
import { MetaSeparator } from '../../components/MetaSeparator';
import { storyState } from './story-sign-off';

/** `onGate` opens the publish gate, which lists the blocking claims. */
export function DeskHeaderMeta({ view, onGate }: { view: ProjectView; onGate: () => void }) {
  const story = view.storySignOff;
  const parts = storyState(view);
  const who = story ? `${story.by}, ${new Date(story.at).toLocaleString()}` : 'The story has not been signed off';
  return (
    <>
      {parts.map((part, i) => (
        <span key={part.text}>
          {part.showsBlockers ? (
            <button
              type="button"
              className={`header-blocking${part.tone === 'blocked' ? ' is-blocking' : ''}`}
              title={story?.state === 'current' ? who : undefined}
              onClick={onGate}
            >
              {part.text}
            </button>
          ) : (
            <span
              className={`story-signoff story-signoff-${part.tone === 'signed-off' ? 'current' : part.tone === 'lapsed' ? 'lapsed' : 'none'}`}
              title={who}
            >
              {part.text}
            </span>
          )}
          {i < parts.length - 1 && <MetaSeparator />}
        </span>
      ))}
    </>
  );
}
