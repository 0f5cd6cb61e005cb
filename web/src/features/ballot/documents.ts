import { graphql } from '../../gql';

/* The participants' multi-criteria vote on the studies shortlisted from their room. */

export const RoomBallotFields = graphql(`
  fragment RoomBallotFields on RoomBallot {
    studyId
    title
    summary
    criteria {
      id
      label
      description
    }
    myScores {
      criterionId
      score
    }
  }
`);

export const RoomBallotsDocument = graphql(`
  query RoomBallots($roomId: ID!) {
    roomBallots(roomId: $roomId) {
      ...RoomBallotFields
    }
  }
`);

export const RateStudyInRoomDocument = graphql(`
  mutation RateStudyInRoom($input: RateStudyInput!) {
    rateStudyInRoom(input: $input) {
      ...RoomBallotFields
    }
  }
`);
