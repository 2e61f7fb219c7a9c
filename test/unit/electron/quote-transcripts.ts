// Two transcripts the quote-check tests share: a statement whose speaker comes from a "Speaker:" first line, and
// subtitles whose turn is labelled in capitals.
export const BASS = `Speaker: Karen Bass

This moment demands urgency from every one of us. We will house ten thousand people by the end of the year, and we will not rest until every encampment is gone.

The council has been a partner in this work, and I thank them for it.
`;

export const HOMAN_SRT = `1
00:00:01,000 --> 00:00:05,000
HOMAN: We are going to enforce the law in every city, no exceptions.
`;
