// The Quote check end to end through the browser harness: a draft with an exact quote, an altered one, one given to
// the wrong person, one with a bracket and an ellipsis, and one in no source; a transcript added through the Add
// source dialog; verdicts, diff, the three speaker outcomes (match, mismatch, unknown) and context; attach the exact
// quote as supporting and set Verified.
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { expect, expectOnlyLocalRequests, test } from './support/fixtures';
import { screenshots } from './support/slice-steps';
import { QuoteCheckPage } from './pages/quote-check-page';
import { WelcomePage } from './pages/welcome-page';

// An invented story and an invented interview.
const DRAFT = `Ferry timetable cut to save money, council says

"We will keep the early ferry running every weekday morning," said councillor Maya Lind, who chairs the transport committee.

Lind added that "the late ferry has never paid for itself and it will stop in April."

"Passengers deserve a ferry they can rely on," said Ola Berg, the harbour master.

Berg said the council had promised that "we have [the council's] support for the new pier … the work starts in June."

"Nobody on the island was asked about these cuts," said Tom Haskell, the opposition leader.
`;

const INTERVIEW = `Interview with Councillor Maya Lind and harbour master Ola Berg, recorded at the ferry office.

REPORTER: [00:00:03] What happens to the timetable?
MAYA LIND: [00:00:07] We will keep the early ferry running every weekday morning. The late ferry has never paid for itself, and it will stop at the end of May.
REPORTER: [00:00:40] And the pier?
OLA BERG: [00:00:44] We have their support for the new pier, and the contract is signed. The work starts in June.
MAYA LIND: [00:01:10] Passengers deserve a ferry they can rely on, all year round.
`;

test('check the quotes of a draft against a transcript, attach the exact one and verify it', async ({
  page,
  harness,
  requests,
}) => {
  // Nine screenshots and a rerun per source on a shared machine: more than the default minute.
  test.setTimeout(360_000);
  const shot = screenshots(page, '');
  const welcome = new WelcomePage(page);
  const qc = new QuoteCheckPage(page);
  const folder = path.join(harness.projectsDir, 'ferry-cuts');
  await welcome.expectVisible();
  await welcome.createProject('Ferry timetable cuts', folder);
  await qc.useDraft(DRAFT);

  // Before any source: every quote is not found.
  await page.keyboard.press('ControlOrMeta+Shift+U');
  await expect(qc.region).toBeVisible();
  // Nothing to compare a speaker with: every speaker is unknown, never "no speaker mismatches".
  await expect(qc.summary).toHaveText('5 quotes: 5 not found');
  await expect(
    qc.region.getByText('5 quotes have no speaker Factdesk could identify: check them by hand.'),
  ).toBeVisible();
  await expect(qc.speakerCount('unknown')).toHaveText('5 unknown');

  // A transcript through the Add source dialog; the check reruns on its own.
  await qc.addTextSource('lind-interview.txt', INTERVIEW, 'Lind and Berg interview');
  await expect(qc.summary).toHaveText('5 quotes: 2 exact, 1 punctuation only, 1 altered, 1 not found');
  await expect(qc.rows).toHaveCount(5);
  // Three speaker outcomes, three counts, each with its word; the unknown one has its own line.
  await expect(qc.speakerCounts).toHaveCount(3);
  await expect(qc.speakerCount('match')).toHaveText('3 match');
  await expect(qc.speakerCount('mismatch')).toHaveText('1 mismatch');
  await expect(qc.speakerCount('unknown')).toHaveText('1 unknown');
  await expect(qc.region.getByText('1 quote has no speaker Factdesk could identify: check it by hand.')).toBeVisible();

  const exact = qc.row(1);
  await expect(exact).toHaveAccessibleName('Quote 1: Exact');
  await expect(qc.speakerLine(exact)).toHaveText(
    /^Speaker matches · Credited to Maya Lind; the transcript's speaker is Maya Lind$/,
  );
  await expect(exact).toContainText('Lind and Berg interview');
  await expect(exact).toContainText('00:00:07');
  await expect(exact.locator('.qc-context-match')).toHaveText(
    /We will keep the early ferry running every weekday morning/,
  );
  await expect(exact.locator('.qc-context')).toContainText('The late ferry has never paid for itself');

  const altered = qc.row(2);
  await expect(altered).toHaveAccessibleName('Quote 2: Altered');
  await expect(altered.locator('ins.diff-insert', { hasText: 'in April' })).toBeVisible();
  await expect(altered.locator('ins.diff-insert', { hasText: 'in April' })).toContainText('only in the quote');

  const wrongSpeaker = qc.row(3);
  await expect(wrongSpeaker).toHaveAccessibleName('Quote 3: Exact');
  await expect(qc.speakerLine(wrongSpeaker)).toHaveText(
    /^Speaker mismatch · Credited to Ola Berg, but the source passage is spoken by Maya Lind$/,
  );
  await expect(wrongSpeaker).toContainText('00:01:10');

  const journalistic = qc.row(4);
  await expect(journalistic).toHaveAccessibleName('Quote 4: Differs only in punctuation, case or spacing');
  await expect(journalistic.locator('.qc-bracket')).toContainText("[the council's]");
  await expect(journalistic.locator('.qc-bracket')).toContainText('their');
  await expect(journalistic.locator('.qc-elided')).toContainText('and the contract is signed');

  const absent = qc.row(5);
  await expect(absent).toHaveAccessibleName('Quote 5: Not found');
  await expect(absent).toContainText('No passage in this project');
  await expect(qc.speakerLine(absent)).toHaveText(
    /^Speaker unknown · Credited to Tom Haskell; no source passage was found to compare the speaker with$/,
  );
  await expect(absent.getByRole('button', { name: /^Attach as supporting/ })).toHaveCount(0);

  // Attach the exact quote as supporting: it becomes a claim with the link, then Verified.
  await exact.getByRole('button', { name: /^Attach as supporting/ }).click();
  await expect(exact).toContainText('Attached as supporting');
  await expect(exact.locator('.qc-claim-chip')).toHaveText(/Claim 1\s*·\s*Unchecked/);
  await exact.getByLabel('Status of quote 1', { exact: true }).selectOption({ label: 'Verified' });
  await expect(exact.locator('.qc-claim-chip')).toHaveText(/Claim 1\s*·\s*Verified/);
  const mark = qc.markFor('We will keep the early ferry running');
  await expect(mark).toHaveAttribute('data-status', 'verified');
  await expect(qc.region).toBeVisible();
  await qc.expectSaved();
  await qc.shots('quote-check', shot);
  await journalistic.scrollIntoViewIfNeeded();
  await qc.shots('quote-check-rows', shot);

  // Needs attention: the altered quote, the wrong speaker and the absent one.
  await qc.filter('Needs attention').click();
  await expect(qc.rows).toHaveCount(3);
  await expect(qc.filter('Needs attention')).toHaveAttribute('aria-pressed', 'true');
  await qc.shots('quote-check-attention', shot);
  await qc.filter('Fine').click();
  await expect(qc.rows).toHaveCount(2);
  await qc.filter('All').click();

  // Show in draft: a quote that is not a claim is selected in the draft, ready for Mark as claim.
  await wrongSpeaker.getByRole('button', { name: /^Show in draft/ }).click();
  expect(await page.evaluate(() => document.getSelection()?.toString())).toBe(
    '"Passengers deserve a ferry they can rely on,"',
  );
  await qc.markButton.click();
  await expect(qc.markFor('Passengers deserve a ferry')).toHaveCount(1);

  // Back from the palette: the quote marked in the draft shows its claim.
  await qc.runCommand('Quote check');
  await expect(qc.region).toBeVisible();
  await expect(qc.row(3).locator('.qc-claim-chip')).toHaveText(/Claim 2\s*·\s*Unchecked/);
  await expect(qc.row(3).getByLabel('Status of quote 3', { exact: true })).toHaveValue('unchecked');

  const stored = JSON.parse(await readFile(path.join(folder, 'project.factdesk'), 'utf8')) as {
    claims: Array<{ kind: string; status: string; links: Array<{ relation: string; pinpoint: string }> }>;
  };
  const verified = stored.claims.find((c) => c.status === 'verified');
  expect(verified?.kind).toBe('quote');
  expect(verified?.links.map((l) => [l.relation, l.pinpoint])).toEqual([['supports', '00:00:07']]);
  expectOnlyLocalRequests(requests);
});
