// Two transcripts the quote-check tests share (a statement whose speaker comes from a "Speaker:" first line, and
// subtitles whose turn is labelled in capitals) and a draft quoting them six ways: exact, punctuation, altered, exact,
// credited to the wrong person, and said by nobody.
export const BASS = `Speaker: Karen Bass

This moment demands urgency from every one of us. We will house ten thousand people by the end of the year, and we will not rest until every encampment is gone.

The council has been a partner in this work, and I thank them for it.
`;

export const HOMAN_SRT = `1
00:00:01,000 --> 00:00:05,000
HOMAN: We are going to enforce the law in every city, no exceptions.
`;

export const SIX_QUOTES = [
  'Mayor Karen Bass said, "This moment demands urgency from every one of us."',
  'She promised: "We will house 10,000 people by the end of the year."',
  '"We will not rest until every camp is gone," Bass said.',
  '"We are going to enforce the law in every city," Homan said.',
  '"The council has been a partner in this work," said Homan.',
  '"Nobody said this sentence anywhere at all," a spokesperson said.',
].join('\n\n');
