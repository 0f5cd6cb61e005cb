import { graphql } from '../../gql';

/*
 * The live room, as participants and facilitators see it. The fragments are shared by the
 * room query, the event subscription and the mutation results, so that an event and the
 * result of the mutation that caused it write the very same shape into the cache.
 */

export const ParticipantFields = graphql(`
  fragment ParticipantFields on Participant {
    id
    displayName
    isFacilitator
  }
`);

export const IdeaFields = graphql(`
  fragment IdeaFields on Idea {
    id
    roomId
    title
    description
    need
    beneficiaries
    economicModel
    author {
      ...ParticipantFields
    }
    clusterId
    position
    needIds
    mergedFromIds
    private
    votes {
      total
      voters
      mine
    }
    matrix {
      impact
      feasibility
    }
    createdAt
    updatedAt
  }
`);

export const ClusterFields = graphql(`
  fragment ClusterFields on Cluster {
    id
    label
    position
  }
`);

export const TimerFields = graphql(`
  fragment TimerFields on PhaseTimer {
    endsAt
    remainingMs
    paused
  }
`);

export const SettingsFields = graphql(`
  fragment SettingsFields on RoomSettings {
    allowLateIdeas
    anonymousIdeas
    facilitatorsVote
    hiddenTallies
    maxVotesPerIdea
    privateWriting
    votesPerParticipant
  }
`);

export const RoomStateFields = graphql(`
  fragment RoomStateFields on Room {
    id
    locked
    ideasRevealed
    talliesRevealed
    settings {
      ...SettingsFields
    }
  }
`);

export const RoomLiveFields = graphql(`
  fragment RoomLiveFields on Room {
    id
    title
    purpose
    code
    phase
    locked
    ideasRevealed
    talliesRevealed
    lastSeq
    serverTime
    timer {
      ...TimerFields
    }
    settings {
      ...SettingsFields
    }
    needs {
      id
      title
      description
      evidence
    }
    ideas {
      ...IdeaFields
    }
    clusters {
      ...ClusterFields
    }
    participants {
      ...ParticipantFields
    }
    me {
      ...ParticipantFields
    }
    myVotes {
      used
      remaining
    }
  }
`);

/** Where a room's feed stands in this cache, and whether the viewer votes. */
export const RoomSeq = graphql(`
  fragment RoomSeq on Room {
    id
    lastSeq
    me {
      id
    }
    myVotes {
      used
      remaining
    }
  }
`);

/** The ideas on a room's board, for events that touch several of them. */
export const RoomIdeaIds = graphql(`
  fragment RoomIdeaIds on Room {
    id
    ideas {
      id
      clusterId
    }
  }
`);

export const RoomLiveDocument = graphql(`
  query RoomLive($id: ID!) {
    room(id: $id) {
      ...RoomLiveFields
    }
  }
`);

/** Kept apart from the live query: refetched when tallies move, without touching the feed position. */
export const RoomResultsDocument = graphql(`
  query RoomResults($id: ID!) {
    room(id: $id) {
      id
      results {
        voters
        votesCast
        ranking {
          rank
          total
          voters
          idea {
            ...IdeaFields
          }
        }
      }
    }
  }
`);

export const RoomEventsDocument = graphql(`
  subscription RoomEvents($roomId: ID!, $afterSeq: Int) {
    roomEvents(roomId: $roomId, afterSeq: $afterSeq) {
      __typename
      seq
      at
      ... on ParticipantJoined {
        participant {
          ...ParticipantFields
        }
      }
      ... on ParticipantRemoved {
        participantId
      }
      ... on PhaseChanged {
        phase
        timer {
          ...TimerFields
        }
      }
      ... on TimerChanged {
        timer {
          ...TimerFields
        }
      }
      ... on RoomSettingsChanged {
        settings {
          ...SettingsFields
        }
        locked
        ideasRevealed
        talliesRevealed
      }
      ... on IdeaAdded {
        idea {
          ...IdeaFields
        }
      }
      ... on IdeaUpdated {
        idea {
          ...IdeaFields
          ...IdeaReferences
        }
      }
      ... on IdeaRemoved {
        ideaId
      }
      ... on IdeasMerged {
        idea {
          ...IdeaFields
        }
        sourceIds
      }
      ... on IdeasRevealed {
        ideas {
          ...IdeaFields
        }
      }
      ... on ClusterChanged {
        cluster {
          ...ClusterFields
        }
      }
      ... on ClusterRemoved {
        clusterId
      }
      ... on VoteTallyChanged {
        tally {
          ideaId
          total
          voters
        }
      }
      ... on MyVotesChanged {
        ideaId
        mine
        used
        remaining
      }
      ... on VoteProgressChanged {
        progress {
          participant {
            ...ParticipantFields
          }
          used
        }
      }
      ... on TalliesRevealed {
        tallies {
          ideaId
          total
          voters
        }
      }
      ... on PresenceChanged {
        present {
          ...ParticipantFields
        }
      }
      ... on ReferencePushed {
        forIdeaId: ideaId
        pushedBy
        initiative {
          id
          name
          summary
          themes
          transferable
          replicationMode
          place {
            town
            region
          }
          sources {
            url
            title
          }
        }
      }
    }
  }
`);

export const JoinRoomDocument = graphql(`
  mutation JoinRoom($input: JoinRoomInput!) {
    joinRoom(input: $input) {
      token
      participant {
        ...ParticipantFields
      }
      room {
        id
        code
        title
      }
    }
  }
`);

export const CreateIdeaDocument = graphql(`
  mutation CreateIdea($input: CreateIdeaInput!) {
    createIdea(input: $input) {
      ...IdeaFields
    }
  }
`);

export const UpdateIdeaDocument = graphql(`
  mutation UpdateIdea($input: UpdateIdeaInput!) {
    updateIdea(input: $input) {
      ...IdeaFields
    }
  }
`);

export const DeleteIdeaDocument = graphql(`
  mutation DeleteIdea($ideaId: ID!) {
    deleteIdea(ideaId: $ideaId)
  }
`);

export const CastVoteDocument = graphql(`
  mutation CastVote($input: VoteInput!) {
    castVote(input: $input) {
      ideaId
      mine
      used
      remaining
    }
  }
`);

export const RetractVoteDocument = graphql(`
  mutation RetractVote($input: VoteInput!) {
    retractVote(input: $input) {
      ideaId
      mine
      used
      remaining
    }
  }
`);
