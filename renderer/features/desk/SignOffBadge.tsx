// The sign-off state of a claim or of the story as a small badge: "Signed off", "Sign-off lapsed" or nothing.
import type { SignOffState } from '../../../shared/model/sign-off';

/** `title` adds who signed off and when. */
export function SignOffBadge({ state, title }: { state: SignOffState; title?: string }) {
  if (state === 'none') {
    return (
      <span className="signoff-none">
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">Not signed off</span>
      </span>
    );
  }
  return (
    <span className={`signoff-badge signoff-${state}`} title={title}>
      {state === 'current' ? 'Signed off' : 'Sign-off lapsed'}
    </span>
  );
}
