/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Dashboard {\n    viewer {\n      kind\n      user {\n        id\n        displayName\n        memberships {\n          role\n          factory {\n            id\n            name\n            slug\n            territory {\n              id\n              name\n              kind\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  query FactoryRooms($slug: String!) {\n    factory(slug: $slug) {\n      id\n      rooms(first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            title\n            code\n            phase\n            locked\n            createdAt\n          }\n        }\n      }\n      needs(first: 50) {\n        edges {\n          node {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.FactoryRoomsDocument,
    "\n  mutation CreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      id\n      title\n      code\n      phase\n      locked\n      createdAt\n    }\n  }\n": typeof types.CreateRoomDocument,
    "\n  query ConsoleRoom($id: ID!) {\n    room(id: $id) {\n      ...RoomLiveFields\n      createdAt\n      factory {\n        id\n        name\n      }\n      voteProgress {\n        participant {\n          ...ParticipantFields\n        }\n        used\n      }\n    }\n  }\n": typeof types.ConsoleRoomDocument,
    "\n  mutation SetPhase($roomId: ID!, $phase: Phase!, $timerSeconds: Int) {\n    setPhase(roomId: $roomId, phase: $phase, timerSeconds: $timerSeconds) {\n      id\n      phase\n      timer {\n        ...TimerFields\n      }\n    }\n  }\n": typeof types.SetPhaseDocument,
    "\n  mutation ChangeTimer($roomId: ID!, $action: TimerAction!, $seconds: Int) {\n    changeTimer(roomId: $roomId, action: $action, seconds: $seconds) {\n      id\n      timer {\n        ...TimerFields\n      }\n    }\n  }\n": typeof types.ChangeTimerDocument,
    "\n  mutation UpdateRoom($input: UpdateRoomInput!) {\n    updateRoom(input: $input) {\n      ...RoomStateFields\n    }\n  }\n": typeof types.UpdateRoomDocument,
    "\n  mutation RevealIdeas($roomId: ID!) {\n    revealIdeas(roomId: $roomId) {\n      ...RoomStateFields\n      ideas {\n        ...IdeaFields\n      }\n    }\n  }\n": typeof types.RevealIdeasDocument,
    "\n  mutation RevealTallies($roomId: ID!) {\n    revealTallies(roomId: $roomId) {\n      ...RoomStateFields\n      ideas {\n        id\n        votes {\n          total\n          voters\n        }\n      }\n    }\n  }\n": typeof types.RevealTalliesDocument,
    "\n  mutation RemoveParticipant($roomId: ID!, $participantId: ID!) {\n    removeParticipant(roomId: $roomId, participantId: $participantId)\n  }\n": typeof types.RemoveParticipantDocument,
    "\n  mutation MergeIdeas($input: MergeIdeasInput!) {\n    mergeIdeas(input: $input) {\n      ...IdeaFields\n    }\n  }\n": typeof types.MergeIdeasDocument,
    "\n  mutation MoveIdea($input: MoveIdeaInput!) {\n    moveIdea(input: $input) {\n      ...IdeaFields\n    }\n  }\n": typeof types.MoveIdeaDocument,
    "\n  mutation SaveCluster($input: SaveClusterInput!) {\n    saveCluster(input: $input) {\n      ...ClusterFields\n    }\n  }\n": typeof types.SaveClusterDocument,
    "\n  mutation DeleteCluster($roomId: ID!, $clusterId: ID!) {\n    deleteCluster(roomId: $roomId, clusterId: $clusterId)\n  }\n": typeof types.DeleteClusterDocument,
    "\n  query Viewer {\n    viewer {\n      kind\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  fragment ParticipantFields on Participant {\n    id\n    displayName\n    isFacilitator\n  }\n": typeof types.ParticipantFieldsFragmentDoc,
    "\n  fragment IdeaFields on Idea {\n    id\n    roomId\n    title\n    description\n    author {\n      ...ParticipantFields\n    }\n    clusterId\n    position\n    needIds\n    mergedFromIds\n    private\n    votes {\n      total\n      voters\n      mine\n    }\n    createdAt\n    updatedAt\n  }\n": typeof types.IdeaFieldsFragmentDoc,
    "\n  fragment ClusterFields on Cluster {\n    id\n    label\n    position\n  }\n": typeof types.ClusterFieldsFragmentDoc,
    "\n  fragment TimerFields on PhaseTimer {\n    endsAt\n    remainingMs\n    paused\n  }\n": typeof types.TimerFieldsFragmentDoc,
    "\n  fragment SettingsFields on RoomSettings {\n    allowLateIdeas\n    anonymousIdeas\n    facilitatorsVote\n    hiddenTallies\n    maxVotesPerIdea\n    privateWriting\n    votesPerParticipant\n  }\n": typeof types.SettingsFieldsFragmentDoc,
    "\n  fragment RoomStateFields on Room {\n    id\n    locked\n    ideasRevealed\n    talliesRevealed\n    settings {\n      ...SettingsFields\n    }\n  }\n": typeof types.RoomStateFieldsFragmentDoc,
    "\n  fragment RoomLiveFields on Room {\n    id\n    title\n    purpose\n    code\n    phase\n    locked\n    ideasRevealed\n    talliesRevealed\n    lastSeq\n    serverTime\n    timer {\n      ...TimerFields\n    }\n    settings {\n      ...SettingsFields\n    }\n    needs {\n      id\n      title\n      description\n      evidence\n    }\n    ideas {\n      ...IdeaFields\n    }\n    clusters {\n      ...ClusterFields\n    }\n    participants {\n      ...ParticipantFields\n    }\n    me {\n      ...ParticipantFields\n    }\n    myVotes {\n      used\n      remaining\n    }\n  }\n": typeof types.RoomLiveFieldsFragmentDoc,
    "\n  fragment RoomSeq on Room {\n    id\n    lastSeq\n    me {\n      id\n    }\n    myVotes {\n      used\n      remaining\n    }\n  }\n": typeof types.RoomSeqFragmentDoc,
    "\n  fragment RoomIdeaIds on Room {\n    id\n    ideas {\n      id\n      clusterId\n    }\n  }\n": typeof types.RoomIdeaIdsFragmentDoc,
    "\n  query RoomLive($id: ID!) {\n    room(id: $id) {\n      ...RoomLiveFields\n    }\n  }\n": typeof types.RoomLiveDocument,
    "\n  query RoomResults($id: ID!) {\n    room(id: $id) {\n      id\n      results {\n        voters\n        votesCast\n        ranking {\n          rank\n          total\n          voters\n          idea {\n            ...IdeaFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.RoomResultsDocument,
    "\n  subscription RoomEvents($roomId: ID!, $afterSeq: Int) {\n    roomEvents(roomId: $roomId, afterSeq: $afterSeq) {\n      __typename\n      seq\n      at\n      ... on ParticipantJoined {\n        participant {\n          ...ParticipantFields\n        }\n      }\n      ... on ParticipantRemoved {\n        participantId\n      }\n      ... on PhaseChanged {\n        phase\n        timer {\n          ...TimerFields\n        }\n      }\n      ... on TimerChanged {\n        timer {\n          ...TimerFields\n        }\n      }\n      ... on RoomSettingsChanged {\n        settings {\n          ...SettingsFields\n        }\n        locked\n        ideasRevealed\n        talliesRevealed\n      }\n      ... on IdeaAdded {\n        idea {\n          ...IdeaFields\n        }\n      }\n      ... on IdeaUpdated {\n        idea {\n          ...IdeaFields\n        }\n      }\n      ... on IdeaRemoved {\n        ideaId\n      }\n      ... on IdeasMerged {\n        idea {\n          ...IdeaFields\n        }\n        sourceIds\n      }\n      ... on IdeasRevealed {\n        ideas {\n          ...IdeaFields\n        }\n      }\n      ... on ClusterChanged {\n        cluster {\n          ...ClusterFields\n        }\n      }\n      ... on ClusterRemoved {\n        clusterId\n      }\n      ... on VoteTallyChanged {\n        tally {\n          ideaId\n          total\n          voters\n        }\n      }\n      ... on MyVotesChanged {\n        ideaId\n        mine\n        used\n        remaining\n      }\n      ... on VoteProgressChanged {\n        progress {\n          participant {\n            ...ParticipantFields\n          }\n          used\n        }\n      }\n      ... on TalliesRevealed {\n        tallies {\n          ideaId\n          total\n          voters\n        }\n      }\n      ... on PresenceChanged {\n        present {\n          ...ParticipantFields\n        }\n      }\n    }\n  }\n": typeof types.RoomEventsDocument,
    "\n  mutation JoinRoom($input: JoinRoomInput!) {\n    joinRoom(input: $input) {\n      token\n      participant {\n        ...ParticipantFields\n      }\n      room {\n        id\n        code\n        title\n      }\n    }\n  }\n": typeof types.JoinRoomDocument,
    "\n  mutation CreateIdea($input: CreateIdeaInput!) {\n    createIdea(input: $input) {\n      ...IdeaFields\n    }\n  }\n": typeof types.CreateIdeaDocument,
    "\n  mutation UpdateIdea($input: UpdateIdeaInput!) {\n    updateIdea(input: $input) {\n      ...IdeaFields\n    }\n  }\n": typeof types.UpdateIdeaDocument,
    "\n  mutation DeleteIdea($ideaId: ID!) {\n    deleteIdea(ideaId: $ideaId)\n  }\n": typeof types.DeleteIdeaDocument,
    "\n  mutation CastVote($input: VoteInput!) {\n    castVote(input: $input) {\n      ideaId\n      mine\n      used\n      remaining\n    }\n  }\n": typeof types.CastVoteDocument,
    "\n  mutation RetractVote($input: VoteInput!) {\n    retractVote(input: $input) {\n      ideaId\n      mine\n      used\n      remaining\n    }\n  }\n": typeof types.RetractVoteDocument,
};
const documents: Documents = {
    "\n  query Dashboard {\n    viewer {\n      kind\n      user {\n        id\n        displayName\n        memberships {\n          role\n          factory {\n            id\n            name\n            slug\n            territory {\n              id\n              name\n              kind\n            }\n          }\n        }\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  query FactoryRooms($slug: String!) {\n    factory(slug: $slug) {\n      id\n      rooms(first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            title\n            code\n            phase\n            locked\n            createdAt\n          }\n        }\n      }\n      needs(first: 50) {\n        edges {\n          node {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": types.FactoryRoomsDocument,
    "\n  mutation CreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      id\n      title\n      code\n      phase\n      locked\n      createdAt\n    }\n  }\n": types.CreateRoomDocument,
    "\n  query ConsoleRoom($id: ID!) {\n    room(id: $id) {\n      ...RoomLiveFields\n      createdAt\n      factory {\n        id\n        name\n      }\n      voteProgress {\n        participant {\n          ...ParticipantFields\n        }\n        used\n      }\n    }\n  }\n": types.ConsoleRoomDocument,
    "\n  mutation SetPhase($roomId: ID!, $phase: Phase!, $timerSeconds: Int) {\n    setPhase(roomId: $roomId, phase: $phase, timerSeconds: $timerSeconds) {\n      id\n      phase\n      timer {\n        ...TimerFields\n      }\n    }\n  }\n": types.SetPhaseDocument,
    "\n  mutation ChangeTimer($roomId: ID!, $action: TimerAction!, $seconds: Int) {\n    changeTimer(roomId: $roomId, action: $action, seconds: $seconds) {\n      id\n      timer {\n        ...TimerFields\n      }\n    }\n  }\n": types.ChangeTimerDocument,
    "\n  mutation UpdateRoom($input: UpdateRoomInput!) {\n    updateRoom(input: $input) {\n      ...RoomStateFields\n    }\n  }\n": types.UpdateRoomDocument,
    "\n  mutation RevealIdeas($roomId: ID!) {\n    revealIdeas(roomId: $roomId) {\n      ...RoomStateFields\n      ideas {\n        ...IdeaFields\n      }\n    }\n  }\n": types.RevealIdeasDocument,
    "\n  mutation RevealTallies($roomId: ID!) {\n    revealTallies(roomId: $roomId) {\n      ...RoomStateFields\n      ideas {\n        id\n        votes {\n          total\n          voters\n        }\n      }\n    }\n  }\n": types.RevealTalliesDocument,
    "\n  mutation RemoveParticipant($roomId: ID!, $participantId: ID!) {\n    removeParticipant(roomId: $roomId, participantId: $participantId)\n  }\n": types.RemoveParticipantDocument,
    "\n  mutation MergeIdeas($input: MergeIdeasInput!) {\n    mergeIdeas(input: $input) {\n      ...IdeaFields\n    }\n  }\n": types.MergeIdeasDocument,
    "\n  mutation MoveIdea($input: MoveIdeaInput!) {\n    moveIdea(input: $input) {\n      ...IdeaFields\n    }\n  }\n": types.MoveIdeaDocument,
    "\n  mutation SaveCluster($input: SaveClusterInput!) {\n    saveCluster(input: $input) {\n      ...ClusterFields\n    }\n  }\n": types.SaveClusterDocument,
    "\n  mutation DeleteCluster($roomId: ID!, $clusterId: ID!) {\n    deleteCluster(roomId: $roomId, clusterId: $clusterId)\n  }\n": types.DeleteClusterDocument,
    "\n  query Viewer {\n    viewer {\n      kind\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  fragment ParticipantFields on Participant {\n    id\n    displayName\n    isFacilitator\n  }\n": types.ParticipantFieldsFragmentDoc,
    "\n  fragment IdeaFields on Idea {\n    id\n    roomId\n    title\n    description\n    author {\n      ...ParticipantFields\n    }\n    clusterId\n    position\n    needIds\n    mergedFromIds\n    private\n    votes {\n      total\n      voters\n      mine\n    }\n    createdAt\n    updatedAt\n  }\n": types.IdeaFieldsFragmentDoc,
    "\n  fragment ClusterFields on Cluster {\n    id\n    label\n    position\n  }\n": types.ClusterFieldsFragmentDoc,
    "\n  fragment TimerFields on PhaseTimer {\n    endsAt\n    remainingMs\n    paused\n  }\n": types.TimerFieldsFragmentDoc,
    "\n  fragment SettingsFields on RoomSettings {\n    allowLateIdeas\n    anonymousIdeas\n    facilitatorsVote\n    hiddenTallies\n    maxVotesPerIdea\n    privateWriting\n    votesPerParticipant\n  }\n": types.SettingsFieldsFragmentDoc,
    "\n  fragment RoomStateFields on Room {\n    id\n    locked\n    ideasRevealed\n    talliesRevealed\n    settings {\n      ...SettingsFields\n    }\n  }\n": types.RoomStateFieldsFragmentDoc,
    "\n  fragment RoomLiveFields on Room {\n    id\n    title\n    purpose\n    code\n    phase\n    locked\n    ideasRevealed\n    talliesRevealed\n    lastSeq\n    serverTime\n    timer {\n      ...TimerFields\n    }\n    settings {\n      ...SettingsFields\n    }\n    needs {\n      id\n      title\n      description\n      evidence\n    }\n    ideas {\n      ...IdeaFields\n    }\n    clusters {\n      ...ClusterFields\n    }\n    participants {\n      ...ParticipantFields\n    }\n    me {\n      ...ParticipantFields\n    }\n    myVotes {\n      used\n      remaining\n    }\n  }\n": types.RoomLiveFieldsFragmentDoc,
    "\n  fragment RoomSeq on Room {\n    id\n    lastSeq\n    me {\n      id\n    }\n    myVotes {\n      used\n      remaining\n    }\n  }\n": types.RoomSeqFragmentDoc,
    "\n  fragment RoomIdeaIds on Room {\n    id\n    ideas {\n      id\n      clusterId\n    }\n  }\n": types.RoomIdeaIdsFragmentDoc,
    "\n  query RoomLive($id: ID!) {\n    room(id: $id) {\n      ...RoomLiveFields\n    }\n  }\n": types.RoomLiveDocument,
    "\n  query RoomResults($id: ID!) {\n    room(id: $id) {\n      id\n      results {\n        voters\n        votesCast\n        ranking {\n          rank\n          total\n          voters\n          idea {\n            ...IdeaFields\n          }\n        }\n      }\n    }\n  }\n": types.RoomResultsDocument,
    "\n  subscription RoomEvents($roomId: ID!, $afterSeq: Int) {\n    roomEvents(roomId: $roomId, afterSeq: $afterSeq) {\n      __typename\n      seq\n      at\n      ... on ParticipantJoined {\n        participant {\n          ...ParticipantFields\n        }\n      }\n      ... on ParticipantRemoved {\n        participantId\n      }\n      ... on PhaseChanged {\n        phase\n        timer {\n          ...TimerFields\n        }\n      }\n      ... on TimerChanged {\n        timer {\n          ...TimerFields\n        }\n      }\n      ... on RoomSettingsChanged {\n        settings {\n          ...SettingsFields\n        }\n        locked\n        ideasRevealed\n        talliesRevealed\n      }\n      ... on IdeaAdded {\n        idea {\n          ...IdeaFields\n        }\n      }\n      ... on IdeaUpdated {\n        idea {\n          ...IdeaFields\n        }\n      }\n      ... on IdeaRemoved {\n        ideaId\n      }\n      ... on IdeasMerged {\n        idea {\n          ...IdeaFields\n        }\n        sourceIds\n      }\n      ... on IdeasRevealed {\n        ideas {\n          ...IdeaFields\n        }\n      }\n      ... on ClusterChanged {\n        cluster {\n          ...ClusterFields\n        }\n      }\n      ... on ClusterRemoved {\n        clusterId\n      }\n      ... on VoteTallyChanged {\n        tally {\n          ideaId\n          total\n          voters\n        }\n      }\n      ... on MyVotesChanged {\n        ideaId\n        mine\n        used\n        remaining\n      }\n      ... on VoteProgressChanged {\n        progress {\n          participant {\n            ...ParticipantFields\n          }\n          used\n        }\n      }\n      ... on TalliesRevealed {\n        tallies {\n          ideaId\n          total\n          voters\n        }\n      }\n      ... on PresenceChanged {\n        present {\n          ...ParticipantFields\n        }\n      }\n    }\n  }\n": types.RoomEventsDocument,
    "\n  mutation JoinRoom($input: JoinRoomInput!) {\n    joinRoom(input: $input) {\n      token\n      participant {\n        ...ParticipantFields\n      }\n      room {\n        id\n        code\n        title\n      }\n    }\n  }\n": types.JoinRoomDocument,
    "\n  mutation CreateIdea($input: CreateIdeaInput!) {\n    createIdea(input: $input) {\n      ...IdeaFields\n    }\n  }\n": types.CreateIdeaDocument,
    "\n  mutation UpdateIdea($input: UpdateIdeaInput!) {\n    updateIdea(input: $input) {\n      ...IdeaFields\n    }\n  }\n": types.UpdateIdeaDocument,
    "\n  mutation DeleteIdea($ideaId: ID!) {\n    deleteIdea(ideaId: $ideaId)\n  }\n": types.DeleteIdeaDocument,
    "\n  mutation CastVote($input: VoteInput!) {\n    castVote(input: $input) {\n      ideaId\n      mine\n      used\n      remaining\n    }\n  }\n": types.CastVoteDocument,
    "\n  mutation RetractVote($input: VoteInput!) {\n    retractVote(input: $input) {\n      ideaId\n      mine\n      used\n      remaining\n    }\n  }\n": types.RetractVoteDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard {\n    viewer {\n      kind\n      user {\n        id\n        displayName\n        memberships {\n          role\n          factory {\n            id\n            name\n            slug\n            territory {\n              id\n              name\n              kind\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Dashboard {\n    viewer {\n      kind\n      user {\n        id\n        displayName\n        memberships {\n          role\n          factory {\n            id\n            name\n            slug\n            territory {\n              id\n              name\n              kind\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FactoryRooms($slug: String!) {\n    factory(slug: $slug) {\n      id\n      rooms(first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            title\n            code\n            phase\n            locked\n            createdAt\n          }\n        }\n      }\n      needs(first: 50) {\n        edges {\n          node {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FactoryRooms($slug: String!) {\n    factory(slug: $slug) {\n      id\n      rooms(first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            title\n            code\n            phase\n            locked\n            createdAt\n          }\n        }\n      }\n      needs(first: 50) {\n        edges {\n          node {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      id\n      title\n      code\n      phase\n      locked\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      id\n      title\n      code\n      phase\n      locked\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleRoom($id: ID!) {\n    room(id: $id) {\n      ...RoomLiveFields\n      createdAt\n      factory {\n        id\n        name\n      }\n      voteProgress {\n        participant {\n          ...ParticipantFields\n        }\n        used\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleRoom($id: ID!) {\n    room(id: $id) {\n      ...RoomLiveFields\n      createdAt\n      factory {\n        id\n        name\n      }\n      voteProgress {\n        participant {\n          ...ParticipantFields\n        }\n        used\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPhase($roomId: ID!, $phase: Phase!, $timerSeconds: Int) {\n    setPhase(roomId: $roomId, phase: $phase, timerSeconds: $timerSeconds) {\n      id\n      phase\n      timer {\n        ...TimerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetPhase($roomId: ID!, $phase: Phase!, $timerSeconds: Int) {\n    setPhase(roomId: $roomId, phase: $phase, timerSeconds: $timerSeconds) {\n      id\n      phase\n      timer {\n        ...TimerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeTimer($roomId: ID!, $action: TimerAction!, $seconds: Int) {\n    changeTimer(roomId: $roomId, action: $action, seconds: $seconds) {\n      id\n      timer {\n        ...TimerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeTimer($roomId: ID!, $action: TimerAction!, $seconds: Int) {\n    changeTimer(roomId: $roomId, action: $action, seconds: $seconds) {\n      id\n      timer {\n        ...TimerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRoom($input: UpdateRoomInput!) {\n    updateRoom(input: $input) {\n      ...RoomStateFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRoom($input: UpdateRoomInput!) {\n    updateRoom(input: $input) {\n      ...RoomStateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevealIdeas($roomId: ID!) {\n    revealIdeas(roomId: $roomId) {\n      ...RoomStateFields\n      ideas {\n        ...IdeaFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevealIdeas($roomId: ID!) {\n    revealIdeas(roomId: $roomId) {\n      ...RoomStateFields\n      ideas {\n        ...IdeaFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevealTallies($roomId: ID!) {\n    revealTallies(roomId: $roomId) {\n      ...RoomStateFields\n      ideas {\n        id\n        votes {\n          total\n          voters\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevealTallies($roomId: ID!) {\n    revealTallies(roomId: $roomId) {\n      ...RoomStateFields\n      ideas {\n        id\n        votes {\n          total\n          voters\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveParticipant($roomId: ID!, $participantId: ID!) {\n    removeParticipant(roomId: $roomId, participantId: $participantId)\n  }\n"): (typeof documents)["\n  mutation RemoveParticipant($roomId: ID!, $participantId: ID!) {\n    removeParticipant(roomId: $roomId, participantId: $participantId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeIdeas($input: MergeIdeasInput!) {\n    mergeIdeas(input: $input) {\n      ...IdeaFields\n    }\n  }\n"): (typeof documents)["\n  mutation MergeIdeas($input: MergeIdeasInput!) {\n    mergeIdeas(input: $input) {\n      ...IdeaFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveIdea($input: MoveIdeaInput!) {\n    moveIdea(input: $input) {\n      ...IdeaFields\n    }\n  }\n"): (typeof documents)["\n  mutation MoveIdea($input: MoveIdeaInput!) {\n    moveIdea(input: $input) {\n      ...IdeaFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveCluster($input: SaveClusterInput!) {\n    saveCluster(input: $input) {\n      ...ClusterFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveCluster($input: SaveClusterInput!) {\n    saveCluster(input: $input) {\n      ...ClusterFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCluster($roomId: ID!, $clusterId: ID!) {\n    deleteCluster(roomId: $roomId, clusterId: $clusterId)\n  }\n"): (typeof documents)["\n  mutation DeleteCluster($roomId: ID!, $clusterId: ID!) {\n    deleteCluster(roomId: $roomId, clusterId: $clusterId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      kind\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      kind\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParticipantFields on Participant {\n    id\n    displayName\n    isFacilitator\n  }\n"): (typeof documents)["\n  fragment ParticipantFields on Participant {\n    id\n    displayName\n    isFacilitator\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IdeaFields on Idea {\n    id\n    roomId\n    title\n    description\n    author {\n      ...ParticipantFields\n    }\n    clusterId\n    position\n    needIds\n    mergedFromIds\n    private\n    votes {\n      total\n      voters\n      mine\n    }\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment IdeaFields on Idea {\n    id\n    roomId\n    title\n    description\n    author {\n      ...ParticipantFields\n    }\n    clusterId\n    position\n    needIds\n    mergedFromIds\n    private\n    votes {\n      total\n      voters\n      mine\n    }\n    createdAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClusterFields on Cluster {\n    id\n    label\n    position\n  }\n"): (typeof documents)["\n  fragment ClusterFields on Cluster {\n    id\n    label\n    position\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TimerFields on PhaseTimer {\n    endsAt\n    remainingMs\n    paused\n  }\n"): (typeof documents)["\n  fragment TimerFields on PhaseTimer {\n    endsAt\n    remainingMs\n    paused\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SettingsFields on RoomSettings {\n    allowLateIdeas\n    anonymousIdeas\n    facilitatorsVote\n    hiddenTallies\n    maxVotesPerIdea\n    privateWriting\n    votesPerParticipant\n  }\n"): (typeof documents)["\n  fragment SettingsFields on RoomSettings {\n    allowLateIdeas\n    anonymousIdeas\n    facilitatorsVote\n    hiddenTallies\n    maxVotesPerIdea\n    privateWriting\n    votesPerParticipant\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoomStateFields on Room {\n    id\n    locked\n    ideasRevealed\n    talliesRevealed\n    settings {\n      ...SettingsFields\n    }\n  }\n"): (typeof documents)["\n  fragment RoomStateFields on Room {\n    id\n    locked\n    ideasRevealed\n    talliesRevealed\n    settings {\n      ...SettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoomLiveFields on Room {\n    id\n    title\n    purpose\n    code\n    phase\n    locked\n    ideasRevealed\n    talliesRevealed\n    lastSeq\n    serverTime\n    timer {\n      ...TimerFields\n    }\n    settings {\n      ...SettingsFields\n    }\n    needs {\n      id\n      title\n      description\n      evidence\n    }\n    ideas {\n      ...IdeaFields\n    }\n    clusters {\n      ...ClusterFields\n    }\n    participants {\n      ...ParticipantFields\n    }\n    me {\n      ...ParticipantFields\n    }\n    myVotes {\n      used\n      remaining\n    }\n  }\n"): (typeof documents)["\n  fragment RoomLiveFields on Room {\n    id\n    title\n    purpose\n    code\n    phase\n    locked\n    ideasRevealed\n    talliesRevealed\n    lastSeq\n    serverTime\n    timer {\n      ...TimerFields\n    }\n    settings {\n      ...SettingsFields\n    }\n    needs {\n      id\n      title\n      description\n      evidence\n    }\n    ideas {\n      ...IdeaFields\n    }\n    clusters {\n      ...ClusterFields\n    }\n    participants {\n      ...ParticipantFields\n    }\n    me {\n      ...ParticipantFields\n    }\n    myVotes {\n      used\n      remaining\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoomSeq on Room {\n    id\n    lastSeq\n    me {\n      id\n    }\n    myVotes {\n      used\n      remaining\n    }\n  }\n"): (typeof documents)["\n  fragment RoomSeq on Room {\n    id\n    lastSeq\n    me {\n      id\n    }\n    myVotes {\n      used\n      remaining\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoomIdeaIds on Room {\n    id\n    ideas {\n      id\n      clusterId\n    }\n  }\n"): (typeof documents)["\n  fragment RoomIdeaIds on Room {\n    id\n    ideas {\n      id\n      clusterId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoomLive($id: ID!) {\n    room(id: $id) {\n      ...RoomLiveFields\n    }\n  }\n"): (typeof documents)["\n  query RoomLive($id: ID!) {\n    room(id: $id) {\n      ...RoomLiveFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoomResults($id: ID!) {\n    room(id: $id) {\n      id\n      results {\n        voters\n        votesCast\n        ranking {\n          rank\n          total\n          voters\n          idea {\n            ...IdeaFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoomResults($id: ID!) {\n    room(id: $id) {\n      id\n      results {\n        voters\n        votesCast\n        ranking {\n          rank\n          total\n          voters\n          idea {\n            ...IdeaFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RoomEvents($roomId: ID!, $afterSeq: Int) {\n    roomEvents(roomId: $roomId, afterSeq: $afterSeq) {\n      __typename\n      seq\n      at\n      ... on ParticipantJoined {\n        participant {\n          ...ParticipantFields\n        }\n      }\n      ... on ParticipantRemoved {\n        participantId\n      }\n      ... on PhaseChanged {\n        phase\n        timer {\n          ...TimerFields\n        }\n      }\n      ... on TimerChanged {\n        timer {\n          ...TimerFields\n        }\n      }\n      ... on RoomSettingsChanged {\n        settings {\n          ...SettingsFields\n        }\n        locked\n        ideasRevealed\n        talliesRevealed\n      }\n      ... on IdeaAdded {\n        idea {\n          ...IdeaFields\n        }\n      }\n      ... on IdeaUpdated {\n        idea {\n          ...IdeaFields\n        }\n      }\n      ... on IdeaRemoved {\n        ideaId\n      }\n      ... on IdeasMerged {\n        idea {\n          ...IdeaFields\n        }\n        sourceIds\n      }\n      ... on IdeasRevealed {\n        ideas {\n          ...IdeaFields\n        }\n      }\n      ... on ClusterChanged {\n        cluster {\n          ...ClusterFields\n        }\n      }\n      ... on ClusterRemoved {\n        clusterId\n      }\n      ... on VoteTallyChanged {\n        tally {\n          ideaId\n          total\n          voters\n        }\n      }\n      ... on MyVotesChanged {\n        ideaId\n        mine\n        used\n        remaining\n      }\n      ... on VoteProgressChanged {\n        progress {\n          participant {\n            ...ParticipantFields\n          }\n          used\n        }\n      }\n      ... on TalliesRevealed {\n        tallies {\n          ideaId\n          total\n          voters\n        }\n      }\n      ... on PresenceChanged {\n        present {\n          ...ParticipantFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription RoomEvents($roomId: ID!, $afterSeq: Int) {\n    roomEvents(roomId: $roomId, afterSeq: $afterSeq) {\n      __typename\n      seq\n      at\n      ... on ParticipantJoined {\n        participant {\n          ...ParticipantFields\n        }\n      }\n      ... on ParticipantRemoved {\n        participantId\n      }\n      ... on PhaseChanged {\n        phase\n        timer {\n          ...TimerFields\n        }\n      }\n      ... on TimerChanged {\n        timer {\n          ...TimerFields\n        }\n      }\n      ... on RoomSettingsChanged {\n        settings {\n          ...SettingsFields\n        }\n        locked\n        ideasRevealed\n        talliesRevealed\n      }\n      ... on IdeaAdded {\n        idea {\n          ...IdeaFields\n        }\n      }\n      ... on IdeaUpdated {\n        idea {\n          ...IdeaFields\n        }\n      }\n      ... on IdeaRemoved {\n        ideaId\n      }\n      ... on IdeasMerged {\n        idea {\n          ...IdeaFields\n        }\n        sourceIds\n      }\n      ... on IdeasRevealed {\n        ideas {\n          ...IdeaFields\n        }\n      }\n      ... on ClusterChanged {\n        cluster {\n          ...ClusterFields\n        }\n      }\n      ... on ClusterRemoved {\n        clusterId\n      }\n      ... on VoteTallyChanged {\n        tally {\n          ideaId\n          total\n          voters\n        }\n      }\n      ... on MyVotesChanged {\n        ideaId\n        mine\n        used\n        remaining\n      }\n      ... on VoteProgressChanged {\n        progress {\n          participant {\n            ...ParticipantFields\n          }\n          used\n        }\n      }\n      ... on TalliesRevealed {\n        tallies {\n          ideaId\n          total\n          voters\n        }\n      }\n      ... on PresenceChanged {\n        present {\n          ...ParticipantFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinRoom($input: JoinRoomInput!) {\n    joinRoom(input: $input) {\n      token\n      participant {\n        ...ParticipantFields\n      }\n      room {\n        id\n        code\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation JoinRoom($input: JoinRoomInput!) {\n    joinRoom(input: $input) {\n      token\n      participant {\n        ...ParticipantFields\n      }\n      room {\n        id\n        code\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateIdea($input: CreateIdeaInput!) {\n    createIdea(input: $input) {\n      ...IdeaFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateIdea($input: CreateIdeaInput!) {\n    createIdea(input: $input) {\n      ...IdeaFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateIdea($input: UpdateIdeaInput!) {\n    updateIdea(input: $input) {\n      ...IdeaFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateIdea($input: UpdateIdeaInput!) {\n    updateIdea(input: $input) {\n      ...IdeaFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteIdea($ideaId: ID!) {\n    deleteIdea(ideaId: $ideaId)\n  }\n"): (typeof documents)["\n  mutation DeleteIdea($ideaId: ID!) {\n    deleteIdea(ideaId: $ideaId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CastVote($input: VoteInput!) {\n    castVote(input: $input) {\n      ideaId\n      mine\n      used\n      remaining\n    }\n  }\n"): (typeof documents)["\n  mutation CastVote($input: VoteInput!) {\n    castVote(input: $input) {\n      ideaId\n      mine\n      used\n      remaining\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetractVote($input: VoteInput!) {\n    retractVote(input: $input) {\n      ideaId\n      mine\n      used\n      remaining\n    }\n  }\n"): (typeof documents)["\n  mutation RetractVote($input: VoteInput!) {\n    retractVote(input: $input) {\n      ideaId\n      mine\n      used\n      remaining\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;