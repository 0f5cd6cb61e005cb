import { graphql } from '../../gql';

export const NeedFields = graphql(`
  fragment NeedFields on Need {
    id
    title
    description
    evidence
    reportedBy
    status
    createdAt
    updatedAt
    archivedAt
    sources {
      title
      url
    }
    theme {
      id
      labelFr
      labelEn
    }
    territory {
      id
      name
    }
  }
`);

/** What a need can be filed under: the factory's territories and the theme vocabulary. */
export const NeedsVocabularyDocument = graphql(`
  query NeedsVocabulary($slug: String!, $factoryId: ID!) {
    factory(slug: $slug) {
      id
      territories {
        id
        name
      }
    }
    themes(factoryId: $factoryId) {
      id
      labelFr
      labelEn
    }
  }
`);

export const FactoryNeedsDocument = graphql(`
  query FactoryNeeds($factoryId: ID!, $filter: NeedFilter, $after: String) {
    needs(factoryId: $factoryId, filter: $filter, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...NeedFields
        }
      }
    }
  }
`);

export const CreateNeedDocument = graphql(`
  mutation CreateNeed($input: CreateNeedInput!) {
    createNeed(input: $input) {
      ...NeedFields
    }
  }
`);

export const UpdateNeedDocument = graphql(`
  mutation UpdateNeed($input: UpdateNeedInput!) {
    updateNeed(input: $input) {
      ...NeedFields
    }
  }
`);

export const ArchiveNeedDocument = graphql(`
  mutation ArchiveNeed($id: ID!) {
    archiveNeed(id: $id) {
      ...NeedFields
    }
  }
`);
