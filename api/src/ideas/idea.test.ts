import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestApp, subscribeRoom, type TestApp } from '../../test/harness.js';
import * as fx from '../../test/fixtures.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const CAST = `mutation ($id: ID!) { castVote(input: { ideaId: $id }) { mine used remaining } }`;
const BOARD = `query ($id: ID!) { room(id: $id) { ideas { id title author { id } private mergedFromIds votes { total mine } clusterId } } }`;

describe('ideas', () => {
  it('private writing: others see nothing of an idea, through queries, node() or events, until the facilitator reveals', async () => {
    const { room, people, facilitator } = await fx.liveRoom(app, { privateWriting: true }, 2);
    const [author, other] = people as [(typeof people)[0], (typeof people)[0]];
    await fx.setPhase(app, room.id, 'DIVERGE', facilitator);
    const watch = await subscribeRoom(app.ws(other.token), room.id);
    const host = await subscribeRoom(app.ws(facilitator), room.id);
    const id = await fx.idea(app, room.id, author.token, 'Une idée secrète');
    await host.waitFor((e) => e.__typename === 'IdeaAdded' && e.idea.id === id);
    expect(JSON.stringify(watch.events)).not.toContain('secrète');
    expect((await app.gql(BOARD, { id: room.id }, other.token)).data!.room.ideas).toEqual([]);
    expect((await app.gql(`query ($id: ID!) { node(id: $id) { id } }`, { id }, other.token)).data).toEqual({ node: null });
    expect((await app.gql(BOARD, { id: room.id }, author.token)).data!.room.ideas).toMatchObject([{ id, private: true, author: { id: author.id } }]);

    await app.gql(`mutation ($r: ID!) { revealIdeas(roomId: $r) { ideasRevealed } }`, { r: room.id }, facilitator);
    const revealed = await watch.waitFor((e) => e.__typename === 'IdeasRevealed');
    expect(revealed.ideas).toEqual([{ id, title: 'Une idée secrète' }]);
    expect((await app.gql(BOARD, { id: room.id }, other.token)).data!.room.ideas).toMatchObject([{ id, private: false }]);
  });

  it('anonymous ideas: participants never see the author, facilitators do', async () => {
    const { room, people, facilitator } = await fx.liveRoom(app, { anonymousIdeas: true }, 2);
    const [author, other] = people as [(typeof people)[0], (typeof people)[0]];
    await fx.setPhase(app, room.id, 'DIVERGE', facilitator);
    const watch = await subscribeRoom(app.ws(other.token), room.id);
    const own = await subscribeRoom(app.ws(author.token), room.id);
    const id = await fx.idea(app, room.id, author.token, 'Anonyme');
    const added = await watch.waitFor((e) => e.__typename === 'IdeaAdded');
    // The author's other devices learn it is theirs.
    await own.waitFor((e) => e.__typename === 'IdeaAdded' && e.idea.author?.id === author.id);
    expect(own.durable().filter((e) => e.__typename === 'IdeaAdded').at(-1)!.idea.author).toEqual({ id: author.id, displayName: author.name });
    expect(added.idea.author).toBeNull();
    expect(JSON.stringify(watch.events)).not.toContain(author.id);
    expect((await app.gql(BOARD, { id: room.id }, other.token)).data!.room.ideas[0].author).toBeNull();
    expect((await app.gql(BOARD, { id: room.id }, author.token)).data!.room.ideas[0].author).toEqual({ id: author.id });
    expect((await app.gql(BOARD, { id: room.id }, facilitator)).data!.room.ideas[0].author).toEqual({ id: author.id });
    void id;
  });

  it('a retried createIdea with the same idempotency key creates one idea', async () => {
    const { room, people, facilitator } = await fx.liveRoom(app, {}, 1);
    await fx.setPhase(app, room.id, 'DIVERGE', facilitator);
    const CREATE = `mutation ($input: CreateIdeaInput!) { createIdea(input: $input) { id title } }`;
    const input = { roomId: room.id, title: 'Épicerie solidaire', idempotencyKey: 'tel-42-1' };
    const results = await Promise.all([1, 2, 3].map(() => app.gql(CREATE, { input }, people[0]!.token)));
    expect(new Set(results.map((r) => r.data!.createIdea.id)).size).toBe(1);
    expect((await app.gql(BOARD, { id: room.id }, facilitator)).data!.room.ideas).toHaveLength(1);
  });

  it('only the author (or a facilitator) edits and deletes; deleting returns the dots', async () => {
    const { room, people, facilitator } = await fx.liveRoom(app, { votesPerParticipant: 3, hiddenTallies: false }, 2);
    const [author, other] = people as [(typeof people)[0], (typeof people)[0]];
    await fx.setPhase(app, room.id, 'DIVERGE', facilitator);
    const id = await fx.idea(app, room.id, author.token, 'Vélo-école');
    const UPDATE = `mutation ($input: UpdateIdeaInput!) { updateIdea(input: $input) { title } }`;
    expect(codes(await app.gql(UPDATE, { input: { ideaId: id, title: 'Piraté' } }, other.token))).toEqual(['FORBIDDEN']);
    expect((await app.gql(UPDATE, { input: { ideaId: id, title: 'Vélo-école solidaire' } }, author.token)).data).toEqual({ updateIdea: { title: 'Vélo-école solidaire' } });
    await fx.setPhase(app, room.id, 'VOTE', facilitator);
    await app.gql(CAST, { id }, other.token);
    expect(codes(await app.gql(`mutation ($id: ID!) { deleteIdea(ideaId: $id) }`, { id }, author.token))).toEqual(['PHASE_CLOSED']);
    expect((await app.gql(`mutation ($id: ID!) { deleteIdea(ideaId: $id) }`, { id }, facilitator)).data).toEqual({ deleteIdea: true });
    expect((await app.gql(`query ($id: ID!) { room(id: $id) { myVotes { used remaining } ideas { id } } }`, { id: room.id }, other.token)).data!.room).toEqual({
      myVotes: { used: 0, remaining: 3 },
      ideas: [],
    });
  });

  it('[V7] merging keeps lineage and carries votes over within the cap', async () => {
    const { room, people, facilitator } = await fx.liveRoom(app, { votesPerParticipant: 6, maxVotesPerIdea: 2, hiddenTallies: false }, 2);
    const [p1, p2] = people as [(typeof people)[0], (typeof people)[0]];
    await fx.setPhase(app, room.id, 'DIVERGE', facilitator);
    const a = await fx.idea(app, room.id, p1.token, 'Recyclerie');
    const b = await fx.idea(app, room.id, p2.token, 'Ressourcerie');
    const c = await fx.idea(app, room.id, p2.token, 'Atelier réemploi');
    await app.gql(`mutation ($input: UpdateIdeaInput!) { updateIdea(input: $input) { id } }`, { input: { ideaId: b, description: 'Meubles et électroménager' } }, p2.token);
    await fx.setPhase(app, room.id, 'VOTE', facilitator);
    for (const id of [a, a, b, b, c]) await app.gql(CAST, { id }, p1.token); // p1: 2 + 2 + 1 = 5
    await app.gql(CAST, { id: c }, p2.token); // p2: 1
    const watch = await subscribeRoom(app.ws(p2.token), room.id);

    const merged = await app.gql(
      `mutation ($input: MergeIdeasInput!) { mergeIdeas(input: $input) { id mergedFromIds votes { total voters } } }`,
      { input: { roomId: room.id, targetId: a, sourceIds: [b, c] } },
      facilitator,
    );
    expect(merged.data!.mergeIdeas).toEqual({ id: a, mergedFromIds: [b, c], votes: { total: 3, voters: 2 } });
    const event = await watch.waitFor((e) => e.__typename === 'IdeasMerged');
    expect(event.sourceIds).toEqual([b, c]);
    // The target had no description: it takes the sources', through its co-edited document too.
    const doc = await app.gql(`query ($id: ID!) { node(id: $id) { ... on Idea { description } } }`, { id: a }, facilitator);
    expect(doc.data!.node.description).toBe('Meubles et électroménager');
    const board = await app.gql(BOARD, { id: room.id }, p1.token);
    expect(board.data!.room.ideas).toMatchObject([{ id: a, mergedFromIds: [b, c], votes: { total: 3, mine: 2 } }]);
    // p1's 5 dots became 2 (cap): 3 are back in the budget.
    expect((await app.gql(`query ($id: ID!) { room(id: $id) { myVotes { used remaining } } }`, { id: room.id }, p1.token)).data!.room.myVotes).toEqual({ used: 2, remaining: 4 });
    expect(codes(await app.gql(CAST, { id: b }, p1.token))).toEqual(['NOT_FOUND']);
    expect(codes(await app.gql(`mutation ($input: MergeIdeasInput!) { mergeIdeas(input: $input) { id } }`, { input: { roomId: room.id, targetId: a, sourceIds: [b] } }, p1.token))).toEqual(['FORBIDDEN']);
  });

  it('clusters group ideas; deleting a cluster ungroups them', async () => {
    const { room, people, facilitator } = await fx.liveRoom(app, {}, 1);
    await fx.setPhase(app, room.id, 'DIVERGE', facilitator);
    const id = await fx.idea(app, room.id, people[0]!.token, 'Café associatif');
    await fx.setPhase(app, room.id, 'CLUSTER', facilitator);
    const cluster = await app.gql(`mutation ($input: SaveClusterInput!) { saveCluster(input: $input) { id label } }`, { input: { roomId: room.id, label: 'Lien social' } }, facilitator);
    const clusterId = cluster.data!.saveCluster.id;
    const moved = await app.gql(`mutation ($input: MoveIdeaInput!) { moveIdea(input: $input) { clusterId position } }`, { input: { roomId: room.id, ideaId: id, clusterId, position: 0.5 } }, facilitator);
    expect(moved.data!.moveIdea).toEqual({ clusterId, position: 0.5 });
    expect(codes(await app.gql(`mutation ($input: MoveIdeaInput!) { moveIdea(input: $input) { id } }`, { input: { roomId: room.id, ideaId: id, clusterId: null } }, people[0]!.token))).toEqual(['FORBIDDEN']);
    await app.gql(`mutation ($r: ID!, $c: ID!) { deleteCluster(roomId: $r, clusterId: $c) }`, { r: room.id, c: clusterId }, facilitator);
    expect((await app.gql(BOARD, { id: room.id }, facilitator)).data!.room.ideas[0].clusterId).toBeNull();
  });
});
