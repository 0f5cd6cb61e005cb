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

/** A factory's latest rooms and the needs a new room can work on. */
export const FactoryRoomsDocument = graphql(`
  query FactoryRooms($slug: String!) {
    factory(slug: $slug) {
      id
      rooms(first: 20) {
        totalCount
        edges {
          node {
            id
            title
            code
            phase
            locked
            createdAt
          }
        }
      }
      needs(first: 50) {
        edges {
          node {
            id
            title
          }
        }
      }
    }
  }
`);

export const CreateRoomDocument = graphql(`
  mutation CreateRoom($input: CreateRoomInput!) {
    createRoom(input: $input) {
      id
      title
      code
      phase
      locked
      createdAt
    }
  }
`);
