// A small project for the appendix tests, built with the real model edits: several statuses, links of each relation,
// two confidential sources, a claim without sources, an orphaned claim, Unicode (accents, CJK, RTL, emoji) and hostile
// text (`<script>`, `=HYPERLINK(`). The confidential words are exported so tests can look for them in every format.
import { applyClaimChange, applyDraftText, applyMark } from '../../../../shared/edits/project-edits';
import { createProjectDoc } from '../../../../shared/model/project';
import type { ProjectDoc } from '../../../../shared/model/project';
import type { LinkRelation, SourceLink } from '../../../../shared/model/claim';
import type { Source } from '../../../../shared/model/source';
import type { Result } from '../../../../shared/api/result';
import { makeSource } from '../../source-fixture';

export const CONFIDENTIAL = {
  title: 'Treasury whistleblower memo',
  speaker: 'Quentin Hollowell',
  url: 'https://leaks.example.org/treasury-memo',
  passage: 'the real figure was closer to four per cent, and the minister knew it',
  note: 'Met in the car park behind the ministry',
  secondTitle: 'Hospital porter on background',
  secondSpeaker: 'Marisol Etxeberria',
  secondPassage: 'we were told to keep the wards quiet until after the vote',
  pinpoint: 'memo page 7',
} as const;

export const HOSTILE_SCRIPT = '<script>alert("appendix")</script>';
export const HOSTILE_FORMULA = '=HYPERLINK("https://evil.example/x","Click me")';

const DRAFT_V1 = [
  'Mayor Zoë Ölander said the vote is “expected to be approved seamlessly” on Tuesday.',
  'Council spending rose 12% in 2024, the highest rise in a decade.',
  `A reader wrote in: ${HOSTILE_SCRIPT} and nothing happened.`,
  'Visitors from 東京 and مرحبا بكم banners 🎉 filled the square.',
  'Hospital wards were closed for three weeks before the vote.',
  'The old bridge will reopen in March.',
].join('\n\n');

/** Version 2 drops the sentence about the bridge, so its claim is orphaned. */
const DRAFT_V2 = DRAFT_V1.replace('\n\nThe old bridge will reopen in March.', '');

/** The value of an edit the fixture expects to succeed; a refusal means the fixture itself is wrong. */
function must<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`fixture: ${result.error.message}`);
  return result.value;
}

function source(id: string, fields: Partial<Source> & Pick<Source, 'type' | 'title'>): Source {
  return makeSource({ id, addedAt: '2025-02-01T09:00:00.000Z', addedBy: 'Ana Ruiz', ...fields });
}

const SOURCES: Source[] = [
  source('src-interview', {
    type: 'interview',
    title: 'Interview with Mayor Zoë Ölander',
    speakers: ['Zoë Ölander'],
    date: '2025-01-14',
    url: 'https://radio.example.com/shows/mayor-interview?ep=3&lang=en',
  }),
  source('src-stats', {
    type: 'document',
    title: 'Council budget outturn 2024',
    speakers: ['Council finance office'],
    date: '2025-01-30',
    url: 'https://council.example.gov/budget/outturn-2024.pdf',
  }),
  source('src-leak', {
    type: 'document',
    title: CONFIDENTIAL.title,
    speakers: [CONFIDENTIAL.speaker],
    date: '2025-01-20',
    url: CONFIDENTIAL.url,
    notes: 'Keep off the record',
    confidential: true,
  }),
  source('src-hostile', {
    type: 'web-page',
    title: '<img src=x onerror=alert(1)> Reader forum',
    speakers: ['@reader|42'],
    date: '2025-02-02',
    url: 'javascript:alert(1)',
  }),
  source('src-porter', {
    type: 'interview',
    title: CONFIDENTIAL.secondTitle,
    speakers: [CONFIDENTIAL.secondSpeaker],
    date: '2025-02-03',
    url: null,
    confidential: true,
  }),
  source('src-release', {
    type: 'press-release',
    title: 'City Hall statement on the vote',
    speakers: [],
    date: '2025-01-10',
    url: 'https://cityhall.example.gov/press/vote',
  }),
];

/** The fixture project, built step by step with a fake clock. */
export function fixtureProject(): ProjectDoc {
  let minute = 0;
  const now = (): string => `2025-03-04T10:${String(minute++).padStart(2, '0')}:00.000Z`;
  let ids = 0;
  const newId = (): string => `id-${++ids}`;
  let doc = createProjectDoc({ id: 'project-1', title: 'Council vote & the “seamless” budget', now: now() });
  doc = { ...doc, sources: SOURCES };
  doc = applyDraftText(doc, {
    text: DRAFT_V1,
    origin: 'draft.docx',
    format: 'docx',
    by: 'Ana Ruiz',
    now: now(),
    newId,
  }).doc;

  const mark = (exact: string, kind: Parameters<typeof applyMark>[1]['kind']): string => {
    const text = doc.drafts[0]!.text;
    const start = text.indexOf(exact);
    if (start < 0) throw new Error(`fixture: "${exact}" is not in the draft`);
    const out = must(
      applyMark(doc, { start, end: start + exact.length, kind, by: 'Ana Ruiz', now: now(), id: newId() }),
    );
    doc = out.doc;
    return out.claimId;
  };
  const link = (claimId: string, sourceId: string, relation: LinkRelation, extra: Partial<SourceLink> = {}): void => {
    const added: SourceLink = {
      id: newId(),
      sourceId,
      passageId: null,
      relation,
      pinpoint: '',
      note: '',
      quotedText: '',
      addedAt: now(),
      addedBy: 'Ana Ruiz',
      ...extra,
    };
    doc = { ...doc, claims: doc.claims.map((c) => (c.id === claimId ? { ...c, links: [...c.links, added] } : c)) };
  };
  const status = (claimId: string, to: string, by: string): void => {
    doc = must(applyClaimChange(doc, claimId, { status: to }, by, now()));
  };

  const bridge = mark('The old bridge will reopen in March.', 'prediction');
  const quote = mark('expected to be approved seamlessly', 'quote');
  const spending = mark('Council spending rose 12% in 2024', 'number');
  const hostile = mark(HOSTILE_SCRIPT, 'other');
  const unicode = mark('Visitors from 東京 and مرحبا بكم banners 🎉', 'other');
  const wards = mark('Hospital wards were closed for three weeks', 'number');

  link(quote, 'src-interview', 'supports', {
    pinpoint: '00:01:02',
    quotedText: 'I expect it to be approved seamlessly,\nfrankly.',
    note: 'Exact words at 00:01:02',
  });
  link(quote, 'src-release', 'context', { quotedText: 'The vote is scheduled for Tuesday.' });
  status(quote, 'verified', 'Ben Okafor');

  link(spending, 'src-stats', 'contradicts', { pinpoint: 'p. 4', quotedText: 'Spending rose 4.1% in 2024.' });
  link(spending, 'src-leak', 'supports', {
    pinpoint: CONFIDENTIAL.pinpoint,
    quotedText: CONFIDENTIAL.passage,
    note: CONFIDENTIAL.note,
  });
  status(spending, 'in-progress', 'Ana Ruiz');
  status(spending, 'incorrect', 'Ben Okafor');
  doc = must(
    applyClaimChange(doc, spending, { notes: '-12% was the planned cut, not the rise; see p. 4' }, 'Ben Okafor', now()),
  );

  link(hostile, 'src-hostile', 'context', {
    pinpoint: '+1 reply',
    quotedText: `${HOSTILE_SCRIPT} @admin`,
    note: HOSTILE_FORMULA,
  });
  status(hostile, 'disputed', 'Chloé Martin');
  doc = must(
    applyClaimChange(
      doc,
      hostile,
      { assignee: 'Chloé Martin', notes: '*not* [a link](https://x.example) # heading' },
      'Chloé Martin',
      now(),
    ),
  );

  link(wards, 'src-porter', 'supports', { pinpoint: '12:40', quotedText: CONFIDENTIAL.secondPassage });
  link(wards, 'src-leak', 'context', { quotedText: CONFIDENTIAL.passage });
  status(wards, 'partially-verified', 'Ben Okafor');

  void unicode;
  doc = applyDraftText(doc, {
    text: DRAFT_V2,
    origin: 'draft-v2.docx',
    format: 'docx',
    by: 'Ana Ruiz',
    now: now(),
    newId,
  }).doc;
  void bridge;
  return doc;
}

/** The fixed options the golden files are written with, including the quote check of the one quote claim. */
export const GOLDEN_OPTIONS = {
  includeConfidential: false,
  includeNotes: true,
  now: '2025-03-05T16:30:00.000Z',
  generatedBy: 'Dana Editor',
  quoteChecks: [
    {
      claimId: 'id-3',
      verdict: 'punctuation',
      speakerMatch: true,
      speakerReason: "Credited to Mayor Zoë Ölander; the transcript's speaker is Zoë Ölander",
      sourceId: 'src-interview',
    },
  ],
} as const;
