// The source appendix model: what every export format (Markdown, HTML, CSV, JSON, DOCX, PDF, ClaimReview) is
// written from. Plain data, already redacted, so a writer can never leak what the model left out.
import type { AnchorState, ClaimKind, LinkRelation } from '../model/claim';
import type { SourceType } from '../model/source';
import type { SpeakerCounts, SpeakerOutcome } from '../verify/speaker-outcome';
import type { Verdict } from '../verify/types';

/**
 * The version of the appendix JSON format (bumped when a field changes meaning or goes away). 2: `header.quotes` is
 * new, and `header.speakerChecks` counts every direct quote of the draft, marked as a claim or not (in 1, the quote
 * claims only).
 */
export const APPENDIX_FORMAT_VERSION = 2;

/** A public verdict for schema.org ClaimReview: a rating on a 1 (false) to 5 (true) scale and its words. */
export interface PublicVerdict {
  ratingValue: number;
  alternateName: string;
}

export interface AppendixOptions {
  /** Shows confidential sources in full; otherwise they become "Confidential source N". */
  includeConfidential: boolean;
  /** Includes the claims' notes and the notes on each source link. */
  includeNotes: boolean;
  /** When the appendix is made (ISO time). */
  now: string;
  /** Who made it. */
  generatedBy: string;
  /**
   * The quote check, when it was run: every direct quote of the draft as the Quote check gives it, marked as a claim
   * or not. The header counts all of them; each quote claim shows its own.
   */
  quoteChecks?: readonly AppendixQuoteCheckInput[];
}

/** One direct quote's check as the quote check gives it, before the appendix redacts it. */
export interface AppendixQuoteCheckInput {
  /** The claim marking this quote, or null for a quote nobody marked as a claim. */
  claimId: string | null;
  verdict: Verdict;
  speakerMatch: boolean | null;
  speakerReason: string;
  /** The source the words were matched in, or null. */
  sourceId: string | null;
}

/** A quote claim's check in the appendix: its verdict and the speaker outcome (match, mismatch or unknown) with why. */
export interface AppendixQuoteCheck {
  verdict: Verdict;
  verdictLabel: string;
  /** true: match, false: mismatch, null: unknown. */
  speakerMatch: boolean | null;
  speakerOutcome: SpeakerOutcome;
  speakerOutcomeLabel: string;
  /** Why, in one sentence; general words when the matched source is confidential or not in the project. */
  speakerReason: string;
}

export interface AppendixStatusCount {
  statusId: string;
  label: string;
  blocksPublication: boolean;
  count: number;
}

/** The draft's direct quotes as the Quote check counts them: every one, marked as a claim or not. */
export interface AppendixQuoteCounts {
  /** Direct quotes in the current draft. */
  total: number;
  /** How many of them a claim marks; the rest are in the draft but not marked as claims. */
  markedAsClaims: number;
  /** Quotes by verdict, every verdict listed (zero included). */
  verdicts: Record<Verdict, number>;
}

export interface AppendixHeader {
  storyTitle: string;
  projectId: string;
  /** The draft version the claims anchor to (1, 2, ...), or null before a draft was imported. */
  draftVersion: number | null;
  draftImportedAt: string | null;
  generatedAt: string;
  generatedBy: string;
  claimCount: number;
  /** Claim-source links across all claims. */
  linkCount: number;
  /** Distinct sources cited. */
  sourceCount: number;
  /** Claims whose status blocks publication. */
  blockingCount: number;
  /** Claims that lost their place in the current draft. */
  orphanedCount: number;
  /** One entry per status in use, in the order of the project's status vocabulary. */
  statusCounts: AppendixStatusCount[];
  includesConfidential: boolean;
  includesNotes: boolean;
  /** How many confidential sources were replaced by "Confidential source N". */
  redactedSourceCount: number;
  /** The draft's direct quotes by verdict and how many are marked as claims, or null when the check was not run. */
  quotes: AppendixQuoteCounts | null;
  /**
   * Every direct quote of the draft by speaker outcome (unknown counted on its own), marked as a claim or not, as the
   * Quote check counts them; null when the quote check was not run.
   */
  speakerChecks: SpeakerCounts | null;
}

export interface AppendixSource {
  /** The source's number in this appendix (1, 2, ... in order of first citation). */
  number: number;
  /** The project's source id; null for a redacted source. */
  id: string | null;
  /** True when the source was confidential and its details were removed. */
  redacted: boolean;
  /** True when the link points at a source the project no longer has. */
  missing: boolean;
  confidential: boolean;
  title: string;
  speakers: string[];
  /** ISO date (YYYY-MM-DD) or null. */
  date: string | null;
  url: string | null;
  type: SourceType | null;
  typeLabel: string;
  /** A web page added by address: when it was fetched, the SHA-256 of what was fetched and where it came from. */
  snapshot?: { fetchedAt: string; sha256: string; finalUrl: string };
  /**
   * A source attached from the newsroom library: its id there ("newsroom:12"), its content hash and the server
   * (host:port/database). The project holds a copy of the passages it cites.
   */
  newsroom?: { id: string; contentHash: string; server: string };
}

export interface AppendixLink {
  relation: LinkRelation;
  relationLabel: string;
  source: AppendixSource;
  /** "00:01:02", "p. 4", "¶ 12"; empty when none was given or the source is redacted. */
  pinpoint: string;
  /** The passage's words as attached; empty for a whole source or a redacted one. */
  quotedText: string;
  /** The note on the link, when notes are included; otherwise null. */
  note: string | null;
  addedAt: string;
  addedBy: string;
}

export interface AppendixClaim {
  /** 1, 2, ... in draft order; orphaned claims come last. */
  number: number;
  id: string;
  excerpt: string;
  anchorState: AnchorState;
  kind: ClaimKind;
  kindLabel: string;
  status: {
    id: string;
    label: string;
    color: string;
    blocksPublication: boolean;
    /** The verdict ClaimReview publishes for this status, or null when it has none. */
    publicVerdict: PublicVerdict | null;
  };
  assignee: string | null;
  /** The claim's notes, when notes are included; otherwise null. */
  notes: string | null;
  /** Who set the current status and when (the last status change in the claim's history). */
  checkedBy: string | null;
  checkedAt: string | null;
  links: AppendixLink[];
  /** Quote claims: the quote check's outcome; null for other kinds, a claim not in the draft, or no check run. */
  quoteCheck: AppendixQuoteCheck | null;
}

export interface Appendix {
  format: 'factdesk-appendix';
  formatVersion: typeof APPENDIX_FORMAT_VERSION;
  header: AppendixHeader;
  claims: AppendixClaim[];
  /** Every source cited, numbered in order of first citation. */
  sources: AppendixSource[];
}
