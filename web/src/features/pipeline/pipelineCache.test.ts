import { describe, expect, it } from 'vitest';
import { createCache } from '../../app/apollo';
import type { BoardStudyFieldsFragment, PipelineBoardQuery } from '../../gql/graphql';
import { PipelineBoardDocument } from './documents';
import { applyBoardStudy } from './pipelineCache';

const FACTORY = 'RmFjdG9yeTox';

function card(id: string, stage: BoardStudyFieldsFragment['stage'], title = `Étude ${id}`): BoardStudyFieldsFragment {
  return { __typename: 'OpportunityStudy', id, factoryId: FACTORY, title, roomTitle: 'Atelier', stage, outcome: null, updatedAt: '2026-11-26T10:00:00.000Z', grid: { __typename: 'StudyGrid', overall: null }, call: null, project: null };
}

function board(...studies: BoardStudyFieldsFragment[]): PipelineBoardQuery {
  return { __typename: 'Query', opportunityStudies: { __typename: 'OpportunityStudyConnection', totalCount: studies.length, edges: studies.map((node) => ({ __typename: 'OpportunityStudyEdge', node })) } };
}

const read = (cache: ReturnType<typeof createCache>) => cache.readQuery({ query: PipelineBoardDocument, variables: { factoryId: FACTORY } });

describe('applyBoardStudy (mutation results and pipeline events alike)', () => {
  it('moves a known study to its new stage without adding it twice', () => {
    const cache = createCache();
    cache.writeQuery({ query: PipelineBoardDocument, variables: { factoryId: FACTORY }, data: board(card('s1', 'SHORTLISTED'), card('s2', 'GO')) });
    applyBoardStudy(cache, { ...card('s1', 'GO'), outcome: 'GO', grid: { __typename: 'StudyGrid', overall: 4.2 } });
    const data = read(cache);
    expect(data?.opportunityStudies.totalCount).toBe(2);
    expect(data?.opportunityStudies.edges.map((e) => [e.node.id, e.node.stage, e.node.grid.overall])).toEqual([
      ['s1', 'GO', 4.2],
      ['s2', 'GO', null],
    ]);
  });

  it('puts a new study at the top of its factory board', () => {
    const cache = createCache();
    cache.writeQuery({ query: PipelineBoardDocument, variables: { factoryId: FACTORY }, data: board(card('s1', 'LAUNCHED')) });
    applyBoardStudy(cache, card('s9', 'SHORTLISTED', 'Conserverie solidaire'));
    applyBoardStudy(cache, card('s9', 'SHORTLISTED', 'Conserverie solidaire'));
    const data = read(cache);
    expect(data?.opportunityStudies.totalCount).toBe(2);
    expect(data?.opportunityStudies.edges.map((e) => e.node.title)).toEqual(['Conserverie solidaire', 'Étude s1']);
  });

  it('does nothing to a board that was never loaded', () => {
    const cache = createCache();
    applyBoardStudy(cache, card('s1', 'GO'));
    expect(read(cache)).toBeNull();
  });
});
