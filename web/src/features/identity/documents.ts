import { graphql } from '../../gql';

/** Who is using the app: decides between the participant welcome and the facilitator area. */
export const ViewerDocument = graphql(`
  query Viewer {
    viewer {
      kind
      user {
        id
        displayName
      }
    }
  }
`);

export const LoginDocument = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      expiresAt
      user {
        id
        displayName
      }
    }
  }
`);

export const LogoutDocument = graphql(`
  mutation Logout {
    logout
  }
`);
