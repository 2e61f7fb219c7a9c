// The publish gate as a pure computation: what still keeps the story from being ready to publish (blocking
// statuses and claims that need review, claims with no source, orphaned claims, open suggestions, sign-offs missing or lapsed, and, once the
// quote check supplies them, altered quotes), with one overall verdict.
import type { ProjectView } from '../../../shared/api/views';
import type { Claim } from '../../../shared/model/claim';
import { claimNumbers } from '../../../shared/model/claim-order';
import { claimSignOffState } from '../../../shared/model/sign-off';
import { findStatus } from '../../../shared/model/status';
import { needsReview, reviewSentence } from '../../../shared/model/review';
import { publicVerdictFor } from '../../../shared/appendix/public-verdict';

/** A claim the gate points at; clicking it opens the claim in the draft. */
export interface GateClaim {
  claimId: string;
  number: number;
  excerpt: string;
  /** Why it is listed, in words ("Disputed", "Signed off by Ana, then changed"). */
  detail: string;
}

/** A claim whose quoted words differ from its source: filled in by the quote check (absent until it runs). */
export interface AlteredQuote {
  /** The claim marking the quote, or null for a quote nobody marked as a claim yet. */
  claimId: string | null;
  /** What differs, in words ("'will' became 'would'"). */
  detail: string;
  /** Only the speaker is unknown: once a checker gives the claim a status that does not block publication (checked
   *  by hand), the quote no longer holds the story back. */
  speakerUnknownOnly?: boolean;
}

export type GateSectionId = 'blocking' | 'no-source' | 'orphaned' | 'suggestions' | 'sign-off' | 'altered-quotes';

export interface GateSection {
  id: GateSectionId;
  title: string;
  /** What the section checks, shown when it is clear as well. */
  clearText: string;
  claims: GateClaim[];
  /** Problems that are not about one claim (the story sign-off, the open suggestions). */
  notes: string[];
  /** How many things the section lists: its claims and notes, and for open suggestions how many are open. */
  count: number;
}

export interface GateReport {
  ready: boolean;
  /** The verdict in one sentence. */
  verdict: string;
  sections: GateSection[];
  /** Claims listed (each once, whatever the number of reasons) plus notes about the story. */
  problemCount: number;
}

export interface GateInput {
  view: Pick<ProjectView, 'statuses' | 'storySignOff'>;
  /** Claims in draft order (claimsInDraftOrder). */
  ordered: readonly Claim[];
  /** Suggestions not yet accepted or dismissed (null while they load). */
  openSuggestions: number | null;
  /** Hook for the quote check: leave undefined until it exists; a list (even empty) adds its section. */
  alteredQuotes?: readonly AlteredQuote[];
}

function ref(claim: Claim, number: number, detail: string): GateClaim {
  return { claimId: claim.id, number, excerpt: claim.anchor.exact, detail };
}

/**
 * How many things stand in the way: each claim once however many sections list it (an unchecked claim with no source
 * is one claim to deal with, not two), plus each note that is not about one claim.
 */
export function countProblems(sections: readonly Pick<GateSection, 'claims' | 'count'>[]): number {
  const claims = new Set(sections.flatMap((s) => s.claims.map((c) => c.claimId)));
  return claims.size + sections.reduce((n, s) => n + s.count - s.claims.length, 0);
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Everything that keeps the story from publication, grouped as the gate view shows it. */
export function computeGate(input: GateInput): GateReport {
  const { view, ordered } = input;
  const numbers = claimNumbers(ordered);
  const blocking: GateClaim[] = [];
  const noSource: GateClaim[] = [];
  const orphaned: GateClaim[] = [];
  const lapsed: GateClaim[] = [];
  ordered.forEach((claim, i) => {
    const status = findStatus(view.statuses, claim.status);
    // A status changed apart on a shared story blocks whatever it shows, until someone decides: both sides named.
    if (claim.review && needsReview(claim))
      blocking.push(ref(claim, i + 1, reviewSentence(claim.review, view.statuses)));
    else if (status.blocksPublication) blocking.push(ref(claim, i + 1, status.label));
    // Opinion, Cut and other settled non-verdicts need no source; everything still open or published as a verdict does.
    const needsSource = status.blocksPublication || publicVerdictFor(status) !== null;
    if (claim.links.length === 0 && needsSource) noSource.push(ref(claim, i + 1, status.label));
    if (claim.anchor.state === 'orphaned') orphaned.push(ref(claim, i + 1, 'Not found in the current draft'));
    if (claimSignOffState(claim) === 'lapsed' && claim.signOff) {
      lapsed.push(ref(claim, i + 1, `Signed off by ${claim.signOff.by}, then its words or sources changed`));
    }
  });
  const signOffNotes: string[] = [];
  const story = view.storySignOff;
  if (!story) signOffNotes.push('The story has not been signed off.');
  else if (story.state === 'lapsed')
    signOffNotes.push(`${story.by} signed off the story, but claims changed afterwards.`);
  const suggestionNotes =
    input.openSuggestions && input.openSuggestions > 0
      ? [`${plural(input.openSuggestions, 'suggestion is', 'suggestions are')} neither accepted nor dismissed.`]
      : [];
  const sections: Omit<GateSection, 'count'>[] = [
    {
      id: 'blocking',
      title: 'Claims whose status blocks publication',
      clearText: 'No claim has a blocking status.',
      claims: blocking,
      notes: [],
    },
    {
      id: 'no-source',
      title: 'Claims with no source',
      clearText: 'Every claim that needs a source has one.',
      claims: noSource,
      notes: [],
    },
    {
      id: 'orphaned',
      title: 'Orphaned claims',
      clearText: 'Every claim is found in the current draft.',
      claims: orphaned,
      notes: [],
    },
    {
      id: 'suggestions',
      title: 'Suggestions to decide',
      clearText:
        input.openSuggestions === null ? 'Checking the suggestions...' : 'Every suggestion was accepted or dismissed.',
      claims: [],
      notes: suggestionNotes,
    },
    {
      id: 'sign-off',
      title: 'Sign-off',
      clearText: `Signed off by ${story?.by ?? ''}; it still covers every claim.`,
      claims: lapsed,
      notes: signOffNotes,
    },
  ];
  if (input.alteredQuotes) {
    const settled = (q: AlteredQuote): boolean => {
      const claim = q.speakerUnknownOnly && q.claimId ? ordered.find((c) => c.id === q.claimId) : undefined;
      return claim !== undefined && !findStatus(view.statuses, claim.status).blocksPublication;
    };
    const open = input.alteredQuotes.filter((q) => !settled(q));
    sections.push({
      id: 'altered-quotes',
      title: 'Quotes that need attention',
      clearText: 'Every quote matches its source, and every speaker matches or was checked by hand.',
      claims: open.flatMap((q) => {
        const claim = q.claimId ? ordered.find((c) => c.id === q.claimId) : undefined;
        return claim ? [ref(claim, numbers.get(claim.id) ?? 0, q.detail)] : [];
      }),
      // Quotes that are not claims yet still stop the story: listed by what differs.
      notes: open.filter((q) => !q.claimId).map((q) => `Not marked as a claim yet: ${q.detail}`),
    });
  }
  // The suggestions section is one sentence about every open suggestion: its count is theirs, as the sentence says.
  const counted = sections.map((s) => ({
    ...s,
    count:
      s.id === 'suggestions' && s.notes.length > 0 ? (input.openSuggestions ?? 0) : s.claims.length + s.notes.length,
  }));
  const problemCount = countProblems(counted);
  const ready = problemCount === 0 && input.openSuggestions !== null;
  const verdict = ready
    ? 'Ready to publish: every claim is cleared, sourced and signed off.'
    : input.openSuggestions === null && problemCount === 0
      ? 'Checking...'
      : `Not ready to publish: ${plural(problemCount, 'thing needs', 'things need')} attention.`;
  return { ready, verdict, sections: counted, problemCount };
}
