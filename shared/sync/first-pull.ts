// Opening a shared story waits for the documents the story server held when it was opened. They are named by id:
// the replica also holds what this device writes meanwhile (a checkpoint of the others' log entries arrives with
// the first batch), so counting documents would let a story open before its title or its last claims arrived.

/** The ids among `expected` that `held` (the replica's documents) does not hold yet, in the order given. */
export function missingDocuments(expected: readonly string[], held: Iterable<{ _id: string }>): string[] {
  const have = new Set<string>();
  for (const doc of held) have.add(doc._id);
  return expected.filter((id) => !have.has(id));
}
