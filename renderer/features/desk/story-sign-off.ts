// The story sign-off in words: which claims still block publication (with their number in the draft and why), the
// header's one state for "blocking" and "signed off" together, and the question asked before signing off anyway.
import type { ProjectView } from '../../../shared/api/views';
import type { Claim } from '../../../shared/model/claim';
import { blockingReason, blocksPublication } from '../../../shared/model/review';

/** A claim that keeps the story from publication. */
export interface StoryBlocker {
  claimId: string;
  /** Its number in draft order, as the draft, the desk and the appendix number it. */
  number: number;
  excerpt: string;
  /** Why it blocks, in words: 'Its status, "Disputed", blocks publication.' */
  reason: string;
}

/** The claims whose status blocks publication or needs review, in draft order (`ordered`: claimsInDraftOrder). */
export function storyBlockers(view: Pick<ProjectView, 'statuses'>, ordered: readonly Claim[]): StoryBlocker[] {
  return ordered.flatMap((claim, i) => {
    if (!blocksPublication(claim, view.statuses)) return [];
    return [
      { claimId: claim.id, number: i + 1, excerpt: claim.anchor.exact, reason: blockingReason(claim, view.statuses) },
    ];
  });
}

/** How many claims block publication (a claim under review does, whatever status it shows). */
export function blockingCount(view: Pick<ProjectView, 'claims' | 'statuses'>): number {
  return view.claims.filter((c) => blocksPublication(c, view.statuses)).length;
}

function claims(n: number): string {
  return `${n} ${n === 1 ? 'claim' : 'claims'}`;
}

/** The title of the question asked before signing off a story that claims still block. */
export function storySignOffTitle(blocking: number): string {
  return `${claims(blocking)} still ${blocking === 1 ? 'blocks' : 'block'} publication`;
}

/** The same question's title before signing off `selected` claims, `blocking` of which still block publication. */
export function claimsSignOffTitle(blocking: number, selected: number): string {
  if (selected === 1) return 'This claim still blocks publication';
  const verb = blocking === 1 ? 'blocks' : 'block';
  return blocking === selected
    ? `All ${selected} selected claims still block publication`
    : `${blocking} of the ${selected} selected claims still ${verb} publication`;
}

/** The button that signs off anyway: it says what the editor is doing. */
export function signOffAnywayLabel(blocking: number): string {
  return `Sign off with ${blocking} open ${blocking === 1 ? 'blocker' : 'blockers'}`;
}

export interface StoryState {
  /** The words the header shows. */
  text: string;
  /** 'blocked': something still blocks (shown as a warning); 'signed-off': signed off with nothing blocking. */
  tone: 'blocked' | 'signed-off' | 'lapsed' | 'open';
  /** Whether the words are about blocking claims (then they open the publish gate). */
  showsBlockers: boolean;
}

/**
 * One truthful line about the story for the header: never "signed off" beside "5 blocking" as if both were the
 * whole truth. Signed off while claims still block reads "Signed off by Ana with 5 open blockers".
 */
export function storyState(view: Pick<ProjectView, 'claims' | 'statuses' | 'storySignOff'>): StoryState[] {
  const blocking = blockingCount(view);
  const story = view.storySignOff;
  const blockers = `${blocking} ${blocking === 1 ? 'open blocker' : 'open blockers'}`;
  if (story?.state === 'current') {
    return blocking > 0
      ? [{ text: `Signed off by ${story.by} with ${blockers}`, tone: 'blocked', showsBlockers: true }]
      : [{ text: `Story signed off by ${story.by}`, tone: 'signed-off', showsBlockers: false }];
  }
  const parts: StoryState[] = [];
  if (view.claims.length > 0) {
    parts.push({ text: `${blocking} blocking`, tone: blocking > 0 ? 'blocked' : 'open', showsBlockers: true });
  }
  parts.push(
    story
      ? { text: 'Story sign-off lapsed', tone: 'lapsed', showsBlockers: false }
      : { text: 'Story not signed off', tone: 'open', showsBlockers: false },
  );
  return parts;
}
