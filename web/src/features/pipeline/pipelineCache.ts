import type { ApolloCache } from '@apollo/client';
import type { BoardStudyFieldsFragment } from '../../gql/graphql';
import { BoardStudyFields, PipelineBoardDocument } from './documents';

/**
 * The one way a study's new state enters the cache, whether it comes from a mutation's result or was
 * read again after a pipeline event: its card fields are written (normalised, so every screen showing
 * the study follows) and a study new to its factory's board is put at the top of it.
 */
export function applyBoardStudy(cache: ApolloCache, study: BoardStudyFieldsFragment): void {
  cache.writeFragment({ fragment: BoardStudyFields, fragmentName: 'BoardStudyFields', data: study });
  cache.updateQuery({ query: PipelineBoardDocument, variables: { factoryId: study.factoryId } }, (data) => {
    if (!data || data.opportunityStudies.edges.some((edge) => edge.node.id === study.id)) return undefined;
    return {
      ...data,
      opportunityStudies: {
        ...data.opportunityStudies,
        totalCount: data.opportunityStudies.totalCount + 1,
        edges: [{ __typename: 'OpportunityStudyEdge' as const, node: study }, ...data.opportunityStudies.edges],
      },
    };
  });
}
