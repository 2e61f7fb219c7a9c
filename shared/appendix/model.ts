// Builds the source appendix from a project document: claims numbered in draft order (orphans last), their status,
// who checked them and when, and every source link; confidential sources are redacted here, before any writer runs.
import { CLAIM_KIND_LABELS } from '../model/claim';
import type { Claim, LinkRelation, SourceLink } from '../model/claim';
import { claimsInDraftOrder } from '../model/claim-order';
import { currentDraft } from '../model/project';
import type { ProjectDoc } from '../model/project';
import { SOURCE_TYPE_LABELS } from '../model/source';
import type { Source } from '../model/source';
import { findStatus } from '../model/status';
import { SPEAKER_OUTCOME_LABELS, speakerOutcome, type SpeakerCounts } from '../verify/speaker-outcome';
import { countQuotes } from '../verify/summary';
import { VERDICT_LABELS } from '../verify/types';
import { publicVerdictFor } from './public-verdict';
import { APPENDIX_FORMAT_VERSION } from './types';
import type {
  Appendix,
  AppendixClaim,
  AppendixLink,
  AppendixOptions,
  AppendixQuoteCheck,
  AppendixQuoteCheckInput,
  AppendixQuoteCounts,
  AppendixSource,
  AppendixStatusCount,
} from './types';

export const RELATION_LABELS: Record<LinkRelation, string> = {
  supports: 'Supports',
  contradicts: 'Contradicts',
  context: 'Context',
};

/** The words a redacted source shows instead of its title. */
export function confidentialSourceLabel(n: number): string {
  return `Confidential source ${n}`;
}

const MISSING_SOURCE_TITLE = 'A source no longer in this project';

/** Who set the claim's current status and when: the last status change in its history, or null when never checked. */
export function lastStatusChange(claim: Claim): { by: string; at: string } | null {
  for (let i = claim.history.length - 1; i >= 0; i--) {
    const entry = claim.history[i]!;
    if (entry.field === 'status' && entry.action === 'changed') return { by: entry.by, at: entry.at };
  }
  return null;
}

/** Numbers sources in order of first citation and redacts confidential ones ("Confidential source N"). */
class SourceRegistry {
  private readonly byKey = new Map<string, AppendixSource>();
  readonly list: AppendixSource[] = [];
  private redactedCount = 0;

  constructor(
    private readonly sources: ReadonlyMap<string, Source>,
    private readonly includeConfidential: boolean,
  ) {}

  get redacted(): number {
    return this.redactedCount;
  }

  resolve(sourceId: string): AppendixSource {
    const known = this.byKey.get(sourceId);
    if (known) return known;
    const number = this.list.length + 1;
    const source = this.sources.get(sourceId);
    let entry: AppendixSource;
    if (!source) {
      entry = {
        number,
        id: sourceId,
        redacted: false,
        missing: true,
        confidential: false,
        title: MISSING_SOURCE_TITLE,
        speakers: [],
        date: null,
        url: null,
        type: null,
        typeLabel: 'Unknown',
      };
    } else if (source.confidential && !this.includeConfidential) {
      this.redactedCount++;
      entry = {
        number,
        id: null,
        redacted: true,
        missing: false,
        confidential: true,
        title: confidentialSourceLabel(this.redactedCount),
        speakers: [],
        date: null,
        url: null,
        type: null,
        typeLabel: 'Confidential',
      };
    } else {
      entry = {
        number,
        id: source.id,
        redacted: false,
        missing: false,
        confidential: source.confidential,
        title: source.title,
        speakers: [...source.speakers],
        date: source.date,
        url: source.url,
        type: source.type,
        typeLabel: SOURCE_TYPE_LABELS[source.type],
        ...(source.snapshot
          ? {
              snapshot: {
                fetchedAt: source.snapshot.fetchedAt,
                sha256: source.snapshot.sha256,
                finalUrl: source.snapshot.finalUrl,
              },
            }
          : {}),
        ...(source.fromNewsroom
          ? {
              newsroom: {
                id: source.fromNewsroom.id,
                contentHash: source.fromNewsroom.contentHash,
                server: source.fromNewsroom.server,
              },
            }
          : {}),
      };
    }
    this.byKey.set(sourceId, entry);
    this.list.push(entry);
    return entry;
  }
}

function buildLink(link: SourceLink, registry: SourceRegistry, options: AppendixOptions): AppendixLink {
  const source = registry.resolve(link.sourceId);
  // A redacted source keeps only its relation: its words, pinpoint and note could name it. A link to a source the
  // project no longer has might have been confidential, so its words are withheld unless confidential ones are shown.
  const withhold = source.redacted || (source.missing && !options.includeConfidential);
  return {
    relation: link.relation,
    relationLabel: RELATION_LABELS[link.relation],
    source,
    pinpoint: withhold ? '' : link.pinpoint,
    quotedText: withhold ? '' : link.quotedText,
    note: options.includeNotes && !withhold ? link.note : null,
    addedAt: link.addedAt,
    addedBy: link.addedBy,
  };
}

/**
 * A quote claim's check for the appendix. The reason names the source's speaker or title, so it is given in general
 * words when that source is confidential (and not included) or not one of the project's own sources.
 */
function quoteCheckOf(
  input: AppendixQuoteCheckInput,
  sources: ReadonlyMap<string, Source>,
  includeConfidential: boolean,
): AppendixQuoteCheck {
  const outcome = speakerOutcome(input.speakerMatch);
  const source = input.sourceId ? sources.get(input.sourceId) : undefined;
  const hidden = input.sourceId !== null && (!source || (source.confidential && !includeConfidential));
  return {
    verdict: input.verdict,
    verdictLabel: VERDICT_LABELS[input.verdict],
    speakerMatch: input.speakerMatch,
    speakerOutcome: outcome,
    speakerOutcomeLabel: SPEAKER_OUTCOME_LABELS[outcome],
    speakerReason: hidden ? 'Checked against a source this appendix does not name' : input.speakerReason,
  };
}

/**
 * The draft's direct quotes counted by the Quote check's own function, so the header says what the Quote check panel
 * says: every quote, marked as a claim or not, with how many are marked. Counts only: no quote's words or reason.
 */
function quoteCounts(rows: readonly AppendixQuoteCheckInput[]): {
  quotes: AppendixQuoteCounts;
  speakers: SpeakerCounts;
} {
  const counted = countQuotes(rows);
  return {
    quotes: {
      total: counted.total,
      markedAsClaims: rows.filter((q) => q.claimId !== null).length,
      verdicts: counted.counts,
    },
    speakers: counted.speakers,
  };
}

/**
 * Builds the appendix model for a project: the header (story, draft version, counts, date), the claims in draft
 * order with their links, and the sources cited. Confidential sources are redacted unless `includeConfidential`.
 */
export function buildAppendix(doc: ProjectDoc, options: AppendixOptions): Appendix {
  const sources = new Map((doc.sources ?? []).map((s) => [s.id, s] as const));
  const registry = new SourceRegistry(sources, options.includeConfidential);
  const statuses = doc.settings.statuses;
  const counts = new Map<string, number>();
  const checks = new Map((options.quoteChecks ?? []).flatMap((q) => (q.claimId ? [[q.claimId, q] as const] : [])));
  const counted = options.quoteChecks ? quoteCounts(options.quoteChecks) : null;

  const claims: AppendixClaim[] = claimsInDraftOrder(doc.claims).map((claim, i) => {
    const status = findStatus(statuses, claim.status);
    counts.set(status.id, (counts.get(status.id) ?? 0) + 1);
    const checked = lastStatusChange(claim);
    const check = claim.kind === 'quote' ? checks.get(claim.id) : undefined;
    return {
      number: i + 1,
      id: claim.id,
      excerpt: claim.anchor.exact,
      anchorState: claim.anchor.state,
      kind: claim.kind,
      kindLabel: CLAIM_KIND_LABELS[claim.kind],
      status: {
        id: status.id,
        label: status.label,
        color: status.color,
        blocksPublication: status.blocksPublication,
        publicVerdict: publicVerdictFor(status),
      },
      assignee: claim.assignee,
      notes: options.includeNotes ? claim.notes : null,
      checkedBy: checked?.by ?? null,
      checkedAt: checked?.at ?? null,
      links: (claim.links ?? []).map((link) => buildLink(link, registry, options)),
      quoteCheck: check ? quoteCheckOf(check, sources, options.includeConfidential) : null,
    };
  });

  const statusCounts: AppendixStatusCount[] = [];
  for (const s of statuses) {
    const count = counts.get(s.id);
    if (count) statusCounts.push({ statusId: s.id, label: s.label, blocksPublication: s.blocksPublication, count });
    counts.delete(s.id);
  }
  for (const [id, count] of counts) {
    const s = findStatus(statuses, id);
    statusCounts.push({ statusId: id, label: s.label, blocksPublication: s.blocksPublication, count });
  }

  const draft = currentDraft(doc);
  return {
    format: 'factdesk-appendix',
    formatVersion: APPENDIX_FORMAT_VERSION,
    header: {
      storyTitle: doc.title,
      projectId: doc.id,
      draftVersion: draft?.number ?? null,
      draftImportedAt: draft?.importedAt ?? null,
      generatedAt: options.now,
      generatedBy: options.generatedBy,
      claimCount: claims.length,
      linkCount: claims.reduce((n, c) => n + c.links.length, 0),
      sourceCount: registry.list.length,
      blockingCount: claims.filter((c) => c.status.blocksPublication).length,
      orphanedCount: claims.filter((c) => c.anchorState === 'orphaned').length,
      statusCounts,
      includesConfidential: options.includeConfidential,
      includesNotes: options.includeNotes,
      redactedSourceCount: registry.redacted,
      quotes: counted?.quotes ?? null,
      speakerChecks: counted?.speakers ?? null,
    },
    claims,
    sources: registry.list,
  };
}
