import { graphql } from '../../gql';

export const ConsoleRoomDocument = graphql(`
  query ConsoleRoom($id: ID!) {
    room(id: $id) {
      ...RoomLiveFields
      createdAt
      factory {
        id
        name
      }
      voteProgress {
        participant {
          ...ParticipantFields
        }
        used
      }
    }
  }
`);

export const SetPhaseDocument = graphql(`
  mutation SetPhase($roomId: ID!, $phase: Phase!, $timerSeconds: Int) {
    setPhase(roomId: $roomId, phase: $phase, timerSeconds: $timerSeconds) {
      id
      phase
      timer {
        ...TimerFields
      }
    }
  }
`);

export const ChangeTimerDocument = graphql(`
  mutation ChangeTimer($roomId: ID!, $action: TimerAction!, $seconds: Int) {
    changeTimer(roomId: $roomId, action: $action, seconds: $seconds) {
      id
      timer {
        ...TimerFields
      }
    }
  }
`);

export const UpdateRoomDocument = graphql(`
  mutation UpdateRoom($input: UpdateRoomInput!) {
    updateRoom(input: $input) {
      ...RoomStateFields
    }
  }
`);

export const RevealIdeasDocument = graphql(`
  mutation RevealIdeas($roomId: ID!) {
    revealIdeas(roomId: $roomId) {
      ...RoomStateFields
      ideas {
        ...IdeaFields
      }
    }
  }
`);

export const RevealTalliesDocument = graphql(`
  mutation RevealTallies($roomId: ID!) {
    revealTallies(roomId: $roomId) {
      ...RoomStateFields
      ideas {
        id
        votes {
          total
          voters
        }
      }
    }
  }
`);

export const RemoveParticipantDocument = graphql(`
  mutation RemoveParticipant($roomId: ID!, $participantId: ID!) {
    removeParticipant(roomId: $roomId, participantId: $participantId)
  }
`);

export const MergeIdeasDocument = graphql(`
  mutation MergeIdeas($input: MergeIdeasInput!) {
    mergeIdeas(input: $input) {
      ...IdeaFields
    }
  }
`);

export const MoveIdeaDocument = graphql(`
  mutation MoveIdea($input: MoveIdeaInput!) {
    moveIdea(input: $input) {
      ...IdeaFields
    }
  }
`);

export const SaveClusterDocument = graphql(`
  mutation SaveCluster($input: SaveClusterInput!) {
    saveCluster(input: $input) {
      ...ClusterFields
    }
  }
`);

export const DeleteClusterDocument = graphql(`
  mutation DeleteCluster($roomId: ID!, $clusterId: ID!) {
    deleteCluster(roomId: $roomId, clusterId: $clusterId)
  }
`);

export const PlaceIdeaDocument = graphql(`
  mutation PlaceIdea($input: PlaceIdeaInput!) {
    placeIdea(input: $input) {
      ...IdeaFields
    }
  }
`);
