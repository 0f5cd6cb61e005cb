import { graphql } from '../../gql';

/*
 * What the live board shows of the library: each idea's references, and the reference a
 * facilitator pushes into the room. Kept apart from the facilitators' library documents.
 */

export const IdeaReferenceFields = graphql(`
  fragment IdeaReferenceFields on ReferenceLink {
    id
    note
    linkedBy
    initiative {
      id
      name
      summary
      place {
        town
        region
      }
    }
  }
`);

/** An idea's references, read from the cache by its card. */
export const IdeaReferences = graphql(`
  fragment IdeaReferences on Idea {
    id
    references {
      ...IdeaReferenceFields
    }
  }
`);

/**
 * The references of every idea of a room, in one request. Not written as a room query
 * (`room.ideas` belongs to the live feed): the board stores each idea's references itself.
 */
export const RoomReferencesDocument = graphql(`
  query RoomReferences($id: ID!) {
    room(id: $id) {
      id
      ideas {
        ...IdeaReferences
      }
    }
  }
`);
