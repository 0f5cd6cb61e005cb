import { graphql } from '../../gql';

/*
 * The benchmark library, for facilitators (loaded on demand with the library screens).
 * One fragment per shape, shared by queries and mutation results, so that a save writes
 * the same fields the pages read.
 */

export const ThemeFields = graphql(`
  fragment ThemeFields on Theme {
    id
    slug
    labelFr
    labelEn
  }
`);

export const InitiativeSummaryFields = graphql(`
  fragment InitiativeSummaryFields on Initiative {
    id
    name
    summary
    status
    legalForm
    updatedAt
    place {
      town
      departement
      region
      country
    }
    themes {
      ...ThemeFields
    }
    transferability {
      replicationMode
    }
  }
`);

export const ReferenceLinkFields = graphql(`
  fragment ReferenceLinkFields on ReferenceLink {
    id
    note
    linkedBy
    createdAt
    updatedAt
  }
`);

export const InitiativeDetailFields = graphql(`
  fragment InitiativeDetailFields on Initiative {
    ...InitiativeSummaryFields
    factoryId
    description
    economicModel
    revenueSources
    funders
    yearStarted
    legalFormDetail
    jobs {
      count
      asOf
    }
    place {
      postcode
      latitude
      longitude
    }
    transferability {
      preconditions
      preconditionsNote
      minPopulation
      transferable
      contact
    }
    sources {
      url
      title
      consultedOn
    }
    curatedBy
    createdAt
    publishedAt
    archivedAt
  }
`);

/** The factories the facilitator works in, to pick a library (and its rooms, to link ideas). */
export const LibraryFactoriesDocument = graphql(`
  query LibraryFactories {
    myFactories {
      id
      slug
      name
    }
  }
`);

export const LibraryThemesDocument = graphql(`
  query LibraryThemes($factoryId: ID) {
    themes(factoryId: $factoryId) {
      ...ThemeFields
    }
  }
`);

export const LibrarySearchDocument = graphql(`
  query LibrarySearch($factoryId: ID!, $query: String, $filter: InitiativeFilter, $sort: InitiativeSort, $first: Int, $after: String) {
    initiatives(factoryId: $factoryId, query: $query, filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        score
        node {
          ...InitiativeSummaryFields
        }
      }
      facets {
        themes {
          count
          theme {
            ...ThemeFields
          }
        }
        regions {
          region
          count
        }
        legalForms {
          legalForm
          count
        }
        replicationModes {
          replicationMode
          count
        }
        statuses {
          status
          count
        }
      }
    }
  }
`);

export const InitiativeDocument = graphql(`
  query Initiative($id: ID!) {
    initiative(id: $id) {
      ...InitiativeDetailFields
      ideas {
        ...ReferenceLinkFields
        idea {
          id
          title
          roomId
        }
      }
    }
  }
`);

export const InitiativeHistoryDocument = graphql(`
  query InitiativeHistory($id: ID!) {
    initiative(id: $id) {
      id
      history {
        id
        action
        actorName
        createdAt
        changes {
          field
          before
          after
        }
      }
    }
  }
`);

/** A factory's rooms (to pick one whose idea draws on a record, or to show it live). */
export const LibraryRoomsDocument = graphql(`
  query LibraryRooms($slug: String!) {
    factory(slug: $slug) {
      id
      rooms(first: 50) {
        edges {
          node {
            id
            title
            phase
          }
        }
      }
    }
  }
`);

export const RoomIdeaChoicesDocument = graphql(`
  query RoomIdeaChoices($id: ID!) {
    room(id: $id) {
      id
      ideas {
        id
        title
      }
    }
  }
`);

export const InitiativeDuplicatesDocument = graphql(`
  query InitiativeDuplicates($input: InitiativeDuplicatesInput!) {
    initiativeDuplicates(input: $input) {
      ...InitiativeSummaryFields
    }
  }
`);

/** Likely duplicates were shown while typing: the answer's are not asked for again. */
export const CreateInitiativeDocument = graphql(`
  mutation CreateInitiative($input: CreateInitiativeInput!) {
    createInitiative(input: $input) {
      initiative {
        id
      }
    }
  }
`);

export const UpdateInitiativeDocument = graphql(`
  mutation UpdateInitiative($input: UpdateInitiativeInput!) {
    updateInitiative(input: $input) {
      initiative {
        ...InitiativeDetailFields
      }
    }
  }
`);

export const PublishInitiativeDocument = graphql(`
  mutation PublishInitiative($id: ID!) {
    publishInitiative(id: $id) {
      id
      status
      publishedAt
      archivedAt
      updatedAt
    }
  }
`);

export const ArchiveInitiativeDocument = graphql(`
  mutation ArchiveInitiative($id: ID!) {
    archiveInitiative(id: $id) {
      id
      status
      publishedAt
      archivedAt
      updatedAt
    }
  }
`);

export const ImportInitiativesDocument = graphql(`
  mutation ImportInitiatives($input: ImportInitiativesInput!) {
    importInitiatives(input: $input) {
      dryRun
      applied
      created
      updated
      rejected
      rows {
        line
        name
        action
        initiativeId
        reasons
        warnings
      }
    }
  }
`);

export const ExportInitiativesDocument = graphql(`
  query ExportInitiatives($factoryId: ID!, $format: LibraryFileFormat!, $query: String, $filter: InitiativeFilter, $sort: InitiativeSort) {
    exportInitiatives(factoryId: $factoryId, format: $format, query: $query, filter: $filter, sort: $sort) {
      content
      contentType
      filename
      count
      truncated
    }
  }
`);

/** Linking writes the idea's references too, so that a board open in this tab shows the new one. */
export const LinkReferenceDocument = graphql(`
  mutation LinkReference($ideaId: ID!, $initiativeId: ID!, $note: String!) {
    linkReference(ideaId: $ideaId, initiativeId: $initiativeId, note: $note) {
      ...ReferenceLinkFields
      idea {
        id
        title
        roomId
        references {
          ...IdeaReferenceFields
        }
      }
    }
  }
`);

export const UnlinkReferenceDocument = graphql(`
  mutation UnlinkReference($ideaId: ID!, $initiativeId: ID!) {
    unlinkReference(ideaId: $ideaId, initiativeId: $initiativeId)
  }
`);

export const PushReferenceDocument = graphql(`
  mutation PushReference($roomId: ID!, $initiativeId: ID!, $ideaId: ID) {
    pushReference(roomId: $roomId, initiativeId: $initiativeId, ideaId: $ideaId) {
      id
    }
  }
`);
