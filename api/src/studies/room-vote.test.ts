import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestApp, type TestApp } from '../../test/harness.js';
import * as fx from '../../test/fixtures.js';
import { convergeRoom, must, shortlist } from '../pipeline/flow.fixtures.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const BALLOTS = `query ($r: ID!) { roomBallots(roomId: $r) { studyId title criteria { id key } myScores { criterionId score } } }`;
const RATE = `mutation ($input: RateStudyInput!) { rateStudyInRoom(input: $input) { studyId myScores { criterionId score } } }`;
const GRID = `query ($id: ID!) { opportunityStudy(id: $id) { grid { criteria { criterion { key } count room { count average min max spread } } } } }`;

describe('the room’s multi-criteria vote', () => {
  it('participants score the studies shortlisted from their room; the grid shows the room’s average and spread apart', async () => {
    const live = await fx.liveRoom(app, {}, 3);
    const s = await convergeRoom(app, live, await fx.themeId(app));
    const study = await shortlist(app, s.ideaId, live.facilitator);
    const [alice, bob, carol] = live.people.map((p) => p.token);
    const ballots = (await must(app.gql(BALLOTS, { r: live.room.id }, alice))).roomBallots;
    expect(ballots).toHaveLength(1);
    expect(ballots[0]).toMatchObject({ studyId: study.id, title: 'Atelier vélo solidaire', myScores: [] });
    const [need, viability] = ballots[0].criteria.map((c: { id: string }) => c.id);
    const rate = (token: string, criterionId: string, score: number) => app.gql(RATE, { input: { roomId: live.room.id, studyId: study.id, criterionId, score } }, token);
    await must(rate(alice!, need, 1));
    await must(rate(alice!, need, 5)); // changes her score
    await must(rate(bob!, need, 3));
    await must(rate(carol!, need, 4));
    const mine = (await must(rate(bob!, viability, 2))).rateStudyInRoom;
    expect(mine.myScores.map((m: { score: number }) => m.score).sort()).toEqual([2, 3]);
    const grid = (await must(app.gql(GRID, { id: study.id }, live.facilitator))).opportunityStudy.grid.criteria;
    expect(grid[0]).toMatchObject({ criterion: { key: 'need_strength' }, count: 0, room: { count: 3, average: 4, min: 3, max: 5, spread: 0.82 } });
    expect(grid[1].room).toMatchObject({ count: 1, average: 2, spread: 0 });
    expect(grid[2].room).toEqual({ count: 0, average: null, min: null, max: null, spread: null });
    // Out of range, outside CONVERGE, by a facilitator, from another room: refused with a clear code.
    expect(codes(await rate(alice!, need, 6))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await rate(live.facilitator, need, 3))).toEqual(['FORBIDDEN']);
    const outsider = await fx.participantToken(app, live.factory.id);
    expect(codes(await rate(outsider, need, 3))).toEqual(['FORBIDDEN']);
    await fx.setPhase(app, live.room.id, 'CLOSED', live.facilitator);
    expect(codes(await rate(alice!, need, 2))).toEqual(['PHASE_CLOSED']);
    expect((await must(app.gql(GRID, { id: study.id }, live.facilitator))).opportunityStudy.grid.criteria[0].room.average).toBe(4);
  });
});
