// The concurrency rule for append-only events: an event has seen the events its `seen` list names; the heads are the
// events no other event has seen. One head (or several that agree) is the value; heads that disagree were written
// apart, and a claim whose status heads disagree needs review until an event that has seen them all settles it.

/** The part of an event the rule reads. */
export interface Seeing {
  _id: string;
  at: string;
  seen: readonly string[];
}

/** Time order with the id as tie-break, so every replica sorts the same set the same way. */
export function byTime(a: { at: string; _id: string }, b: { at: string; _id: string }): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  return a._id < b._id ? -1 : a._id > b._id ? 1 : 0;
}

/** The events no other event in the list has seen, oldest first. */
export function headsOf<T extends Seeing>(events: readonly T[]): T[] {
  const seen = new Set<string>();
  for (const e of events) for (const id of e.seen) seen.add(id);
  return events.filter((e) => !seen.has(e._id)).sort(byTime);
}

/** Whether `later` had seen `earlier` when it was written. */
export function hasSeen(later: Seeing, earlier: Seeing): boolean {
  return later.seen.includes(earlier._id);
}
