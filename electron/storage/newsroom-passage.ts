// One passage of the newsroom library with its source's citation details: what attaching a newsroom passage to a
// claim copies into the project (newsroom-handlers.ts), so the project cites it without the server.
import type { SourceType } from '../../shared/model/source';
import { SOURCE_TYPES } from '../../shared/model/source';

/** A newsroom passage as the project keeps it, and the source it comes from. */
export interface NewsroomPassageRecord {
  source: {
    /** The newsroom's id for the source: "newsroom:<n>". */
    id: string;
    contentHash: string;
    title: string;
    type: SourceType;
    speakers: string[];
    date: string | null;
    url: string | null;
    tags: string[];
    passageCount: number;
  };
  passage: { n: number; pinpoint: string; speaker: string | null; date: string | null; tags: string[]; text: string };
}

type Query = (text: string, values: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;

/** Reads passage `n` of newsroom source `sourceId` (its number, without "newsroom:"); null when there is none. */
export async function readNewsroomPassage(
  query: Query,
  sourceId: string,
  n: number,
): Promise<NewsroomPassageRecord | null> {
  const found = await query(
    `SELECT s.id::text AS id, s.content_hash, s.title, s.type, s.speakers, s.date, s.url, s.tags, s.passage_count,
            p.n, p.pinpoint, p.speaker, p.date AS pdate, p.tags AS ptags, p.text
       FROM factdesk_passage p JOIN factdesk_source s ON s.id = p.source_id
      WHERE p.source_id = $1::bigint AND p.n = $2`,
    [sourceId, n],
  );
  const r = found.rows[0];
  return r ? toRecord(r) : null;
}

function toRecord(r: Record<string, unknown>): NewsroomPassageRecord {
  const type = String(r.type);
  return {
    source: {
      id: `newsroom:${String(r.id)}`,
      contentHash: String(r.content_hash),
      title: String(r.title),
      type: ((SOURCE_TYPES as readonly string[]).includes(type) ? type : 'document') as SourceType,
      speakers: (r.speakers as string[] | null) ?? [],
      date: (r.date as string | null) ?? null,
      url: (r.url as string | null) ?? null,
      tags: (r.tags as string[] | null) ?? [],
      passageCount: Number(r.passage_count),
    },
    passage: {
      n: Number(r.n),
      pinpoint: String(r.pinpoint ?? ''),
      speaker: (r.speaker as string | null) ?? null,
      date: (r.pdate as string | null) ?? null,
      tags: (r.ptags as string[] | null) ?? [],
      text: String(r.text),
    },
  };
}

/** A newsroom source with its first `limit` passages, in order (the Open view of a newsroom hit); null when gone. */
export async function readNewsroomSource(
  query: Query,
  sourceId: string,
  limit: number,
): Promise<{ source: NewsroomPassageRecord['source']; passages: NewsroomPassageRecord['passage'][] } | null> {
  const found = await query(
    `SELECT s.id::text AS id, s.content_hash, s.title, s.type, s.speakers, s.date, s.url, s.tags, s.passage_count,
            p.n, p.pinpoint, p.speaker, p.date AS pdate, p.tags AS ptags, p.text
       FROM factdesk_source s LEFT JOIN LATERAL (
              SELECT * FROM factdesk_passage WHERE source_id = s.id ORDER BY n LIMIT $2) p ON true
      WHERE s.id = $1::bigint
      ORDER BY p.n`,
    [sourceId, limit],
  );
  const first = found.rows[0];
  if (!first) return null;
  const record = (r: Record<string, unknown>) => toRecord(r);
  return {
    source: record(first).source,
    passages: found.rows.filter((r) => r.n !== null).map((r) => record(r).passage),
  };
}
