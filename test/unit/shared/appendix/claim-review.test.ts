import { describe, expect, it } from 'vitest';
import { buildClaimReviews, claimReviewsToJsonLd } from '../../../../shared/appendix/claim-review';
import { buildAppendix } from '../../../../shared/appendix/model';
import {
  defaultPublicVerdict,
  publicVerdictFor,
  verdictStatusLabels,
} from '../../../../shared/appendix/public-verdict';
import { DEFAULT_STATUSES } from '../../../../shared/model/status';
import { CONFIDENTIAL, GOLDEN_OPTIONS, fixtureProject } from './fixture-project';

const OPTIONS = { url: 'https://news.example/council-vote', publisher: 'Example News', datePublished: '2025-03-06' };

describe('ClaimReview JSON-LD', () => {
  const appendix = buildAppendix(fixtureProject(), GOLDEN_OPTIONS);

  it('reviews only the claims whose status is a public verdict, with the fields Google reads', () => {
    const { reviews } = buildClaimReviews(appendix, OPTIONS);
    expect(reviews.map((r) => (r.reviewRating as { alternateName: string }).alternateName)).toEqual([
      'True',
      'False',
      'Disputed',
      'Half true',
    ]);
    expect(reviews[0]).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      claimReviewed: 'expected to be approved seamlessly',
      reviewRating: { '@type': 'Rating', ratingValue: 5, bestRating: 5, worstRating: 1, alternateName: 'True' },
      datePublished: '2025-03-06',
      url: 'https://news.example/council-vote',
      author: { '@type': 'Organization', name: 'Example News' },
      // Each publishable source with its pinpoint: the time in a recording, the page of a document.
      citation: ['Interview with Mayor Zoë Ölander, 00:01:02', 'City Hall statement on the vote'],
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Zoë Ölander' },
        datePublished: '2025-01-14',
        appearance: { '@type': 'CreativeWork', url: 'https://radio.example.com/shows/mayor-interview?ep=3&lang=en' },
      },
    });
  });

  it('says why the file is empty and what to do when no claim has a public verdict', () => {
    const unrated = {
      ...appendix,
      claims: appendix.claims.map((c) => ({ ...c, status: { ...c.status, publicVerdict: null } })),
    };
    const outcome = buildClaimReviews(unrated, OPTIONS, verdictStatusLabels(DEFAULT_STATUSES));
    expect(outcome.reviews).toEqual([]);
    expect(outcome.empty).toBe(
      'No claim has a public verdict yet, so the ClaimReview file holds an empty list ([]): ClaimReview publishes only claims rated true, false or in between. To fill it, give the claims you checked a status with a public verdict (Verified, Partially verified, Disputed, Incorrect), then export again.',
    );
    // The page address and publisher do not matter for an empty file: the one sentence is why it is empty.
    expect(buildClaimReviews(unrated, {}).warnings).toEqual([]);
    expect(buildClaimReviews(appendix, OPTIONS).empty).toBeNull();
  });

  it('never takes the author, date or address from a confidential source, and says what is missing', () => {
    const { reviews, warnings } = buildClaimReviews(appendix, OPTIONS);
    const text = JSON.stringify(reviews);
    expect(text).not.toContain(CONFIDENTIAL.speaker);
    expect(text).not.toContain(CONFIDENTIAL.url);
    expect(text).not.toContain('javascript:');
    expect(warnings).toContain(
      "Claim 5 has no named speaker in a source that can be published: ClaimReview needs the claim's author.",
    );
    expect(warnings).toContain('Claim 3 has no source with a web address: ClaimReview needs where the claim appeared.');
    const bare = buildClaimReviews(appendix, {
      claimAuthors: { [appendix.claims[4]!.id]: { name: 'Health Board', type: 'Organization' } },
    });
    expect(bare.warnings.slice(0, 2)).toEqual([
      'No page address was given: ClaimReview needs the URL of the published fact check.',
      'No publisher was given: ClaimReview needs the newsroom that publishes the fact check.',
    ]);
    expect(bare.reviews[3]!.itemReviewed).toMatchObject({ author: { '@type': 'Organization', name: 'Health Board' } });
    expect(bare.reviews[0]!.datePublished).toBe('2025-03-05');
  });

  it('writes JSON-LD that can sit inside a script element as it is', () => {
    const text = claimReviewsToJsonLd(buildClaimReviews(appendix, OPTIONS).reviews);
    expect(text).not.toMatch(/[<>&]/);
    expect(JSON.parse(text)[2].claimReviewed).toBe('<script>alert("appendix")</script>');
  });

  it("maps statuses to verdicts: the project's own mapping first, then the defaults", () => {
    expect(DEFAULT_STATUSES.filter((s) => defaultPublicVerdict(s.id)).map((s) => s.id)).toEqual([
      'verified',
      'partially-verified',
      'disputed',
      'incorrect',
    ]);
    const verified = DEFAULT_STATUSES.find((s) => s.id === 'verified')!;
    expect(publicVerdictFor({ ...verified, publicVerdict: null } as typeof verified)).toBeNull();
    expect(
      publicVerdictFor({
        ...verified,
        publicVerdict: { ratingValue: 4, alternateName: ' Mostly true ' },
      } as typeof verified),
    ).toEqual({ ratingValue: 4, alternateName: 'Mostly true' });
    expect(
      publicVerdictFor({ ...verified, publicVerdict: { ratingValue: 9, alternateName: 'x' } } as typeof verified),
    ).toEqual({ ratingValue: 5, alternateName: 'True' });
    expect(
      publicVerdictFor({
        id: 'myth',
        label: 'Myth',
        color: '#000000',
        blocksPublication: false,
        publicVerdict: { ratingValue: 1, alternateName: 'Myth' },
      } as typeof verified),
    ).toEqual({ ratingValue: 1, alternateName: 'Myth' });
  });
});
