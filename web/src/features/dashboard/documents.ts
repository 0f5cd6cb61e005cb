import { graphql } from '../../gql';

export const DashboardDocument = graphql(`
  query Dashboard {
    viewer {
      kind
      user {
        id
        displayName
        memberships {
          role
          factory {
            id
            name
            slug
            territory {
              id
              name
              kind
            }
          }
        }
      }
    }
  }
`);
