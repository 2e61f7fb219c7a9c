import { describe, expect, it } from 'vitest';
import { missingDocuments } from '../../../../shared/sync/first-pull';

describe('the documents a shared story opens with', () => {
  const onServer = ['project', 'draft-head', 'claim:c1', 'claim:c2', 'log:laptop-ann:1'];

  it('names what has not arrived, in the order the server listed it', () => {
    expect(missingDocuments(onServer, [{ _id: 'claim:c1' }, { _id: 'log:laptop-ann:1' }])).toEqual([
      'project',
      'draft-head',
      'claim:c2',
    ]);
    expect(
      missingDocuments(
        onServer,
        onServer.map((_id) => ({ _id })),
      ),
    ).toEqual([]);
  });

  it("does not let this device's own log entries stand in for the story's title", () => {
    // As many documents as the server held, but two of them are this device's checkpoint entries: the project
    // document (the title) has not arrived, so the story is not whole yet.
    const held = ['draft-head', 'claim:c1', 'claim:c2', 'log:laptop-ann:1', 'log:laptop-bob:1'].map((_id) => ({ _id }));
    expect(held).toHaveLength(onServer.length);
    expect(missingDocuments(onServer, held)).toEqual(['project']);
  });
});
