// Document quotes: words quoted from a statement, a report, an ordinance or an organisation rather than from a person
// ("The ordinance would prohibit “any city resources …”", "a statement from the mayor's office said"). They are
// checked against document sources, so the speaker is the document as the draft writes it ("the ordinance").
import { isOrganisation } from './names';

/** Head nouns of a written source or an organisation that speaks through one. */
const DOCUMENT_NOUNS =
  'ordinance|ordinances|address|speech|remarks|program|programme|brochure|banner|sign|caption|flyer|poster|leaflet|pamphlet|statement|statements|report|reports|study|studies|survey|audit|analysis|review|law|laws|bill|bills|act|measure|order|orders|executive order|directive|memo|memorandum|letter|lawsuit|suit|complaint|ruling|decision|opinion|verdict|filing|filings|motion|petition|policy|policies|resolution|document|documents|records|agreement|contract|plan|proposal|release|press release|guidance|guidelines|rules|regulation|regulations|amendment|charter|constitution|budget|website|notice|summary|transcript|minutes|testimony|indictment|affidavit|warrant|email|e-mail|post|tweet|advisory|bulletin|code|treaty|declaration|proclamation|manifesto|platform|text|draft|language|provision|provisions|clause|section|article|paper|brief|estimate|estimates|data|figures|department|agency|office|ministry|council|commission|committee|board|court|company|union|administration|government|city|county|state|district|campaign|party|organization|organisation|group|association|university|hospital|police|authority|authorities|service';

/** "the ordinance", "a statement from the mayor's office", "the city's official website", "its final version". */
const PHRASE = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+(?:(?!(?:that|which|who|whom|and|or|to|of|the|a|an|was|is|were|wrote|said|says|told|read|reads)\s)[\p{L}\p{M}’'-]+\s+){0,4}?(?:${DOCUMENT_NOUNS})(?![\p{L}\p{M}])(?:\s+(?:from|of|by|issued by|released by)\s+(?:the\s+)?[\p{L}\p{M}’'.-]+(?:\s+[\p{Lu}][\p{L}\p{M}’'.-]*){0,4}(?:[’']s\s+[\p{Ll}]+)?)?`,
  'gu',
);
/** What a document subject does before the quote: "would also prohibit", ", in its final version, states". */
const SPEAKS =
  /^\s*(?:,[^,]{0,80},\s*)?(?:also\s+|further\s+|now\s+)?(?:would|will|says|said|states|stated|reads|read|found|finds|concluded|concludes|notes|noted|warned|warns|requires|required|prohibits|prohibited|bans|banned|calls|called|describes|described|defines|defined|promises|promised|declares|declared|argues|argued|adds|added|orders|ordered|mandates|directs|directed|cites|cited|claims|claimed)(?![\p{L}])/u;
const DOCUMENT_HEAD = new RegExp(String.raw`(?:^|\s)(?:${DOCUMENT_NOUNS})$`, 'iu');

/** True when a subject or source names a document or an organisation ("the ordinance", "the Federal Reserve"). */
export function isDocumentSource(subject: string): boolean {
  const s = subject.trim().replace(/[.,;:]+$/u, '');
  const head = s.split(/\s(?:from|of|by|at|for|in|on|with|representing|issued|released)\s/u)[0] ?? s;
  return DOCUMENT_HEAD.test(head) || isOrganisation(head.replace(/^(?:the|a|an)\s+/iu, ''));
}

/** The document as the draft writes it, a sentence-initial article in lower case ("The ordinance" -> "the ordinance"). */
export function documentLabel(subject: string): string {
  const s = subject
    .trim()
    .replace(/[\s,;:—–-]+$/u, '')
    .split(
      /\s(?:representing|who|which|that|whose|released|issued|published|posted|sent|filed|dated|read|said)(?:\s|$)/u,
    )[0] as string;
  return s.replace(/^(The|A|An|This|That|Its|Their|His|Her|Our)(?=\s)/u, (w) => w.toLowerCase());
}

/**
 * The document a quote in this stretch of its sentence is taken from: the sentence's subject when it is a document
 * ("The ordinance, in its final version, would also prohibit “…”"), or a document the quote is said to come from
 * ("… in a statement, “…”", "the report found “…”"). `before` is the sentence up to the quote. Null when the
 * stretch names no document.
 */
export function documentBefore(before: string): { label: string; at: number; end: number } | null {
  PHRASE.lastIndex = 0;
  for (let m = PHRASE.exec(before); m; m = PHRASE.exec(before)) {
    // Only the subject of the sentence ("The ordinance, in its final version, would prohibit") or a document the quote
    // is introduced from ("in a statement"), never a document mentioned in passing ("voted on the ordinance").
    const lead = before.slice(0, m.index);
    const rest = before.slice(m.index + m[0].length);
    const subject = /^\s*$|^[\p{Lu}][^,]{0,60},\s*$/u.test(lead) && SPEAKS.test(rest);
    const introduced = /(?:^|\s)(?:in|through|via)\s+$/u.test(lead);
    if ((subject || introduced) && isDocumentSource(m[0]))
      return { label: documentLabel(m[0]), at: m.index, end: m.index + m[0].length };
  }
  return null;
}
