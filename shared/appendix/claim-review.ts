// schema.org ClaimReview JSON-LD for the claims whose status carries a public verdict, with the fields Google's fact
// check tools read. Redacted (confidential) sources never supply the claim's author, date or appearance.
import { VERDICT_BEST, VERDICT_WORST } from './public-verdict';
import { isLinkableUrl } from './text';
import type { Appendix, AppendixClaim, AppendixLink } from './types';

export interface ClaimReviewOptions {
  /** The published page carrying the fact check (ClaimReview.url). */
  url?: string;
  /** The newsroom publishing the fact check (ClaimReview.author, an Organization). */
  publisher?: string;
  /** When the fact check is published (YYYY-MM-DD or ISO time); defaults to the appendix's date. */
  datePublished?: string;
  /** Who made each claim, by claim id, when the sources do not say or say it wrongly. */
  claimAuthors?: Readonly<Record<string, { name: string; type?: 'Person' | 'Organization' }>>;
}

export interface ClaimReviewOutcome {
  /** One ClaimReview object per claim with a public verdict, in appendix order. */
  reviews: Record<string, unknown>[];
  /** What is missing for Google's tools, as sentences naming the claim ("Claim 3 has no ..."). */
  warnings: string[];
  /** Why the file holds no review and what to do, when no claim has a public verdict; null otherwise. */
  empty: string | null;
}

/**
 * Why a ClaimReview export would hold no review, and what to do about it; null when some claim has a public verdict.
 * Names the statuses of this project that carry a verdict, so the reporter knows which one to give.
 */
export function emptyClaimReviewReason(
  appendix: Pick<Appendix, 'claims'>,
  verdictStatuses: readonly string[],
): string | null {
  if (appendix.claims.some((c) => c.status.publicVerdict)) return null;
  const which =
    verdictStatuses.length > 0
      ? `give the claims you checked a status with a public verdict (${verdictStatuses.join(', ')})`
      : 'give a status a public verdict in Statuses, then give it to the claims you checked';
  const none = appendix.claims.length === 0 ? 'The project has no claims' : 'No claim has a public verdict yet';
  return `${none}, so the ClaimReview file holds an empty list ([]): ClaimReview publishes only claims rated true, false or in between. To fill it, ${which}, then export again.`;
}

const RELATION_ORDER: Record<AppendixLink['relation'], number> = { supports: 0, context: 1, contradicts: 2 };

/** The link whose source most likely records who made the claim: a named speaker, supporting sources first. */
function originLink(claim: AppendixClaim): AppendixLink | null {
  const usable = claim.links.filter((l) => !l.source.redacted && !l.source.missing && l.source.speakers.length > 0);
  usable.sort((a, b) => RELATION_ORDER[a.relation] - RELATION_ORDER[b.relation]);
  return usable[0] ?? null;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function itemReviewed(claim: AppendixClaim, options: ClaimReviewOptions, warnings: string[]): Record<string, unknown> {
  const item: Record<string, unknown> = { '@type': 'Claim' };
  const override = options.claimAuthors?.[claim.id];
  const origin = originLink(claim);
  const speaker = override ? oneLine(override.name) : origin?.source.speakers[0];
  if (speaker) {
    item.author = { '@type': override?.type ?? 'Person', name: speaker };
  } else {
    warnings.push(
      `Claim ${claim.number} has no named speaker in a source that can be published: ClaimReview needs the claim's author.`,
    );
  }
  const source = origin?.source ?? claim.links.find((l) => !l.source.redacted && !l.source.missing)?.source;
  if (source?.date) item.datePublished = source.date;
  else warnings.push(`Claim ${claim.number} has no dated source: ClaimReview needs the date the claim was made.`);
  if (source && isLinkableUrl(source.url)) {
    // A page added by address cites its snapshot: when it was fetched, from where, and the SHA-256 of what came.
    const snap = source.snapshot;
    item.appearance = {
      '@type': 'CreativeWork',
      url: source.url,
      ...(snap
        ? {
            archivedAt: {
              '@type': 'WebContent',
              url: snap.finalUrl,
              dateCreated: snap.fetchedAt,
              identifier: `sha256:${snap.sha256}`,
            },
          }
        : {}),
    };
  } else
    warnings.push(
      `Claim ${claim.number} has no source with a web address: ClaimReview needs where the claim appeared.`,
    );
  return item;
}

/**
 * What the fact check cites for a claim (ClaimReview.citation, schema.org Text): each publishable source as "title,
 * pinpoint" ("Second Inaugural Address, p. 1, l. 12"), so the page of a PDF or the time of a recording travels with the
 * review. Redacted and missing sources are left out.
 */
function citationsOf(claim: AppendixClaim): string[] {
  const cited = new Set<string>();
  for (const link of claim.links) {
    if (link.source.redacted || link.source.missing) continue;
    const pin = oneLine(link.pinpoint);
    cited.add(pin ? `${oneLine(link.source.title)}, ${pin}` : oneLine(link.source.title));
  }
  return [...cited];
}

/**
 * Builds ClaimReview objects for the claims with a public verdict (see public-verdict.ts), skipping the rest, and says
 * what Google's tools would miss, or why there is nothing to publish (`verdictStatuses`: the labels of the project's
 * statuses that carry a verdict, named in that sentence).
 */
export function buildClaimReviews(
  appendix: Appendix,
  options: ClaimReviewOptions = {},
  verdictStatuses: readonly string[] = [],
): ClaimReviewOutcome {
  const warnings: string[] = [];
  const reviews: Record<string, unknown>[] = [];
  const datePublished = options.datePublished ?? appendix.header.generatedAt.slice(0, 10);
  if (!options.url) warnings.push('No page address was given: ClaimReview needs the URL of the published fact check.');
  if (!options.publisher)
    warnings.push('No publisher was given: ClaimReview needs the newsroom that publishes the fact check.');
  for (const claim of appendix.claims) {
    const verdict = claim.status.publicVerdict;
    if (!verdict) continue;
    const review: Record<string, unknown> = {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      claimReviewed: oneLine(claim.excerpt),
      reviewRating: {
        '@type': 'Rating',
        ratingValue: verdict.ratingValue,
        bestRating: VERDICT_BEST,
        worstRating: VERDICT_WORST,
        alternateName: verdict.alternateName,
      },
      datePublished,
      itemReviewed: itemReviewed(claim, options, warnings),
    };
    const citation = citationsOf(claim);
    if (citation.length > 0) review.citation = citation;
    if (options.url) review.url = options.url;
    if (options.publisher) review.author = { '@type': 'Organization', name: oneLine(options.publisher) };
    reviews.push(review);
  }
  const empty = emptyClaimReviewReason(appendix, verdictStatuses);
  // An empty file needs no page address or publisher: the one thing to say is why it is empty.
  return { reviews, warnings: empty ? [] : warnings, empty };
}

/**
 * Writes the reviews as a JSON-LD array, with <, > and & escaped as \u sequences so the text can be pasted into a
 * `<script type="application/ld+json">` element as it is.
 */
export function claimReviewsToJsonLd(reviews: readonly Record<string, unknown>[]): string {
  const json = JSON.stringify(reviews, null, 2);
  return `${json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
