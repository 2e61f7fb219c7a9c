// The fixture project with a quote check of six direct quotes: three marked as claims (a match, a mismatch in a
// confidential source, an unknown speaker) and three nobody marked (a match, an altered quote whose speaker is
// unknown and whose reason names a confidential speaker, a quote not found). The header must count all six.
import type { AppendixQuoteCheckInput } from '../../../../shared/appendix/types';
import { CONFIDENTIAL, GOLDEN_OPTIONS, fixtureProject } from './fixture-project';

const base = fixtureProject();

/** The fixture project with claims 5 and 6 read as quotes. */
export const QUOTE_DOC = {
  ...base,
  claims: base.claims.map((c) => (c.id === 'id-5' || c.id === 'id-6' ? { ...c, kind: 'quote' as const } : c)),
};

/** Every direct quote of the draft as the quote check gives it, in draft order, marked as a claim or not. */
export const QUOTE_ROWS: readonly AppendixQuoteCheckInput[] = [
  ...GOLDEN_OPTIONS.quoteChecks,
  {
    claimId: 'id-5',
    verdict: 'exact',
    speakerMatch: false,
    speakerReason: `Credited to Zoë Ölander, but the source passage is spoken by ${CONFIDENTIAL.secondSpeaker}`,
    sourceId: 'src-porter',
  },
  {
    claimId: 'id-6',
    verdict: 'exact',
    speakerMatch: null,
    speakerReason: 'The draft names no speaker for this quote',
    sourceId: 'src-release',
  },
  {
    claimId: null,
    verdict: 'exact',
    speakerMatch: true,
    speakerReason: "Credited to Mayor Zoë Ölander; the transcript's speaker is Zoë Ölander",
    sourceId: 'src-interview',
  },
  {
    claimId: null,
    verdict: 'altered',
    speakerMatch: null,
    speakerReason: `Credited to a nurse; the source passage's speaker (${CONFIDENTIAL.secondSpeaker}) could not be compared`,
    sourceId: 'src-porter',
  },
  {
    claimId: null,
    verdict: 'not-found',
    speakerMatch: null,
    speakerReason: 'The draft names no speaker for this quote',
    sourceId: null,
  },
];

export const QUOTE_OPTIONS = { ...GOLDEN_OPTIONS, quoteChecks: QUOTE_ROWS };

/** What the header says about those six quotes: the Quote check's own words, then the speakers of all six. */
export const QUOTE_LINES = {
  check: '6 quotes: 3 exact, 1 punctuation only, 1 altered, 1 not found; 3 marked as claims, 3 not marked',
  speakers:
    '2 match, 1 mismatch, 3 unknown (all 6 quotes in the draft); 3 quotes have no speaker Factdesk could identify: check them by hand',
} as const;
