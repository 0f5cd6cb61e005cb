import { graphql } from '../../gql';

export const ApiTokenFields = graphql(`
  fragment ApiTokenFields on ApiToken {
    id
    name
    scopes
    createdAt
    lastUsedAt
    revokedAt
  }
`);

/** A factory's API tokens (owners only), newest first. */
export const FactoryApiTokensDocument = graphql(`
  query FactoryApiTokens($slug: String!) {
    factory(slug: $slug) {
      id
      apiTokens {
        ...ApiTokenFields
      }
    }
  }
`);

export const CreateApiTokenDocument = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        ...ApiTokenFields
      }
    }
  }
`);

export const RevokeApiTokenDocument = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      ...ApiTokenFields
    }
  }
`);
