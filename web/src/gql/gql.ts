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
    "\n  fragment RoomBallotFields on RoomBallot {\n    studyId\n    title\n    summary\n    criteria {\n      id\n      label\n      description\n    }\n    myScores {\n      criterionId\n      score\n    }\n  }\n": typeof types.RoomBallotFieldsFragmentDoc,
    "\n  query RoomBallots($roomId: ID!) {\n    roomBallots(roomId: $roomId) {\n      ...RoomBallotFields\n    }\n  }\n": typeof types.RoomBallotsDocument,
    "\n  mutation RateStudyInRoom($input: RateStudyInput!) {\n    rateStudyInRoom(input: $input) {\n      ...RoomBallotFields\n    }\n  }\n": typeof types.RateStudyInRoomDocument,
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
    "\n  mutation PlaceIdea($input: PlaceIdeaInput!) {\n    placeIdea(input: $input) {\n      ...IdeaFields\n    }\n  }\n": typeof types.PlaceIdeaDocument,
    "\n  query Viewer {\n    viewer {\n      kind\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  fragment IdeaReferenceFields on ReferenceLink {\n    id\n    note\n    linkedBy\n    initiative {\n      id\n      name\n      summary\n      place {\n        town\n        region\n      }\n    }\n  }\n": typeof types.IdeaReferenceFieldsFragmentDoc,
    "\n  fragment IdeaReferences on Idea {\n    id\n    references {\n      ...IdeaReferenceFields\n    }\n  }\n": typeof types.IdeaReferencesFragmentDoc,
    "\n  query RoomReferences($id: ID!) {\n    room(id: $id) {\n      id\n      ideas {\n        ...IdeaReferences\n      }\n    }\n  }\n": typeof types.RoomReferencesDocument,
    "\n  fragment ThemeFields on Theme {\n    id\n    slug\n    labelFr\n    labelEn\n  }\n": typeof types.ThemeFieldsFragmentDoc,
    "\n  fragment InitiativeSummaryFields on Initiative {\n    id\n    name\n    summary\n    status\n    legalForm\n    updatedAt\n    place {\n      town\n      departement\n      region\n      country\n    }\n    themes {\n      ...ThemeFields\n    }\n    transferability {\n      replicationMode\n    }\n  }\n": typeof types.InitiativeSummaryFieldsFragmentDoc,
    "\n  fragment ReferenceLinkFields on ReferenceLink {\n    id\n    note\n    linkedBy\n    createdAt\n    updatedAt\n  }\n": typeof types.ReferenceLinkFieldsFragmentDoc,
    "\n  fragment InitiativeDetailFields on Initiative {\n    ...InitiativeSummaryFields\n    factoryId\n    description\n    economicModel\n    revenueSources\n    funders\n    yearStarted\n    legalFormDetail\n    jobs {\n      count\n      asOf\n    }\n    place {\n      postcode\n      latitude\n      longitude\n    }\n    transferability {\n      preconditions\n      preconditionsNote\n      minPopulation\n      transferable\n      contact\n    }\n    sources {\n      url\n      title\n      consultedOn\n    }\n    curatedBy\n    createdAt\n    publishedAt\n    archivedAt\n  }\n": typeof types.InitiativeDetailFieldsFragmentDoc,
    "\n  query LibraryFactories {\n    myFactories {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.LibraryFactoriesDocument,
    "\n  query LibraryThemes($factoryId: ID) {\n    themes(factoryId: $factoryId) {\n      ...ThemeFields\n    }\n  }\n": typeof types.LibraryThemesDocument,
    "\n  query LibrarySearch($factoryId: ID!, $query: String, $filter: InitiativeFilter, $sort: InitiativeSort, $first: Int, $after: String) {\n    initiatives(factoryId: $factoryId, query: $query, filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        score\n        node {\n          ...InitiativeSummaryFields\n        }\n      }\n      facets {\n        themes {\n          count\n          theme {\n            ...ThemeFields\n          }\n        }\n        regions {\n          region\n          count\n        }\n        legalForms {\n          legalForm\n          count\n        }\n        replicationModes {\n          replicationMode\n          count\n        }\n        statuses {\n          status\n          count\n        }\n      }\n    }\n  }\n": typeof types.LibrarySearchDocument,
    "\n  query Initiative($id: ID!) {\n    initiative(id: $id) {\n      ...InitiativeDetailFields\n      ideas {\n        ...ReferenceLinkFields\n        idea {\n          id\n          title\n          roomId\n        }\n      }\n    }\n  }\n": typeof types.InitiativeDocument,
    "\n  query InitiativeHistory($id: ID!) {\n    initiative(id: $id) {\n      id\n      history {\n        id\n        action\n        actorName\n        createdAt\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n": typeof types.InitiativeHistoryDocument,
    "\n  query LibraryRooms($slug: String!) {\n    factory(slug: $slug) {\n      id\n      rooms(first: 50) {\n        edges {\n          node {\n            id\n            title\n            phase\n          }\n        }\n      }\n    }\n  }\n": typeof types.LibraryRoomsDocument,
    "\n  query RoomIdeaChoices($id: ID!) {\n    room(id: $id) {\n      id\n      ideas {\n        id\n        title\n      }\n    }\n  }\n": typeof types.RoomIdeaChoicesDocument,
    "\n  query InitiativeDuplicates($input: InitiativeDuplicatesInput!) {\n    initiativeDuplicates(input: $input) {\n      ...InitiativeSummaryFields\n    }\n  }\n": typeof types.InitiativeDuplicatesDocument,
    "\n  mutation CreateInitiative($input: CreateInitiativeInput!) {\n    createInitiative(input: $input) {\n      initiative {\n        id\n      }\n    }\n  }\n": typeof types.CreateInitiativeDocument,
    "\n  mutation UpdateInitiative($input: UpdateInitiativeInput!) {\n    updateInitiative(input: $input) {\n      initiative {\n        ...InitiativeDetailFields\n      }\n    }\n  }\n": typeof types.UpdateInitiativeDocument,
    "\n  mutation PublishInitiative($id: ID!) {\n    publishInitiative(id: $id) {\n      id\n      status\n      publishedAt\n      archivedAt\n      updatedAt\n    }\n  }\n": typeof types.PublishInitiativeDocument,
    "\n  mutation ArchiveInitiative($id: ID!) {\n    archiveInitiative(id: $id) {\n      id\n      status\n      publishedAt\n      archivedAt\n      updatedAt\n    }\n  }\n": typeof types.ArchiveInitiativeDocument,
    "\n  mutation ImportInitiatives($input: ImportInitiativesInput!) {\n    importInitiatives(input: $input) {\n      dryRun\n      applied\n      created\n      updated\n      rejected\n      rows {\n        line\n        name\n        action\n        initiativeId\n        reasons\n        warnings\n      }\n    }\n  }\n": typeof types.ImportInitiativesDocument,
    "\n  query ExportInitiatives($factoryId: ID!, $format: LibraryFileFormat!, $query: String, $filter: InitiativeFilter, $sort: InitiativeSort) {\n    exportInitiatives(factoryId: $factoryId, format: $format, query: $query, filter: $filter, sort: $sort) {\n      content\n      contentType\n      filename\n      count\n      truncated\n    }\n  }\n": typeof types.ExportInitiativesDocument,
    "\n  mutation LinkReference($ideaId: ID!, $initiativeId: ID!, $note: String!) {\n    linkReference(ideaId: $ideaId, initiativeId: $initiativeId, note: $note) {\n      ...ReferenceLinkFields\n      idea {\n        id\n        title\n        roomId\n        references {\n          ...IdeaReferenceFields\n        }\n      }\n    }\n  }\n": typeof types.LinkReferenceDocument,
    "\n  mutation UnlinkReference($ideaId: ID!, $initiativeId: ID!) {\n    unlinkReference(ideaId: $ideaId, initiativeId: $initiativeId)\n  }\n": typeof types.UnlinkReferenceDocument,
    "\n  mutation PushReference($roomId: ID!, $initiativeId: ID!, $ideaId: ID) {\n    pushReference(roomId: $roomId, initiativeId: $initiativeId, ideaId: $ideaId) {\n      id\n    }\n  }\n": typeof types.PushReferenceDocument,
    "\n  fragment NeedFields on Need {\n    id\n    title\n    description\n    evidence\n    reportedBy\n    status\n    createdAt\n    updatedAt\n    archivedAt\n    sources {\n      title\n      url\n    }\n    theme {\n      id\n      labelFr\n      labelEn\n    }\n    territory {\n      id\n      name\n    }\n  }\n": typeof types.NeedFieldsFragmentDoc,
    "\n  query NeedsVocabulary($slug: String!, $factoryId: ID!) {\n    factory(slug: $slug) {\n      id\n      territories {\n        id\n        name\n      }\n    }\n    themes(factoryId: $factoryId) {\n      id\n      labelFr\n      labelEn\n    }\n  }\n": typeof types.NeedsVocabularyDocument,
    "\n  query FactoryNeeds($factoryId: ID!, $filter: NeedFilter, $after: String) {\n    needs(factoryId: $factoryId, filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...NeedFields\n        }\n      }\n    }\n  }\n": typeof types.FactoryNeedsDocument,
    "\n  mutation CreateNeed($input: CreateNeedInput!) {\n    createNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n": typeof types.CreateNeedDocument,
    "\n  mutation UpdateNeed($input: UpdateNeedInput!) {\n    updateNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n": typeof types.UpdateNeedDocument,
    "\n  mutation ArchiveNeed($id: ID!) {\n    archiveNeed(id: $id) {\n      ...NeedFields\n    }\n  }\n": typeof types.ArchiveNeedDocument,
    "\n  fragment BoardStudyFields on OpportunityStudy {\n    id\n    factoryId\n    title\n    roomTitle\n    stage\n    outcome\n    updatedAt\n    grid {\n      overall\n    }\n    call {\n      id\n      open\n    }\n    project {\n      id\n      title\n      stage\n      hasLead\n      cohort {\n        id\n        name\n      }\n    }\n  }\n": typeof types.BoardStudyFieldsFragmentDoc,
    "\n  query PipelineBoard($factoryId: ID!) {\n    opportunityStudies(factoryId: $factoryId, first: 50) {\n      totalCount\n      edges {\n        node {\n          ...BoardStudyFields\n        }\n      }\n    }\n  }\n": typeof types.PipelineBoardDocument,
    "\n  query BoardStudy($id: ID!) {\n    opportunityStudy(id: $id) {\n      ...BoardStudyFields\n    }\n  }\n": typeof types.BoardStudyDocument,
    "\n  subscription PipelineEvents($factoryId: ID!) {\n    pipelineEvents(factoryId: $factoryId) {\n      seq\n      type\n      studyId\n      projectId\n      stage\n    }\n  }\n": typeof types.PipelineEventsDocument,
    "\n  mutation ShortlistIdea($ideaId: ID!) {\n    shortlistIdea(ideaId: $ideaId) {\n      ...BoardStudyFields\n    }\n  }\n": typeof types.ShortlistIdeaDocument,
    "\n  fragment StudyFields on OpportunityStudy {\n    ...BoardStudyFields\n    ideaTitle\n    summary\n    decidedAt\n    sourceIdeaIds\n    room {\n      id\n      title\n    }\n    idea {\n      id\n      title\n    }\n    needs {\n      id\n      title\n    }\n    references {\n      note\n      initiative {\n        id\n        name\n      }\n    }\n    documents {\n      id\n      title\n      url\n    }\n    assessors {\n      userId\n      displayName\n    }\n    grid {\n      overall\n      criteria {\n        criterion {\n          id\n          label\n          description\n        }\n        count\n        average\n        min\n        max\n        spread\n        room {\n          count\n          average\n          spread\n        }\n        scores {\n          assessorName\n          score\n          comment\n          updatedAt\n        }\n      }\n    }\n    decisions {\n      id\n      outcome\n      decidedOn\n      members\n      rationale\n      recordedByName\n      createdAt\n      supersededBy {\n        id\n      }\n    }\n    call {\n      id\n      description\n      deadline\n      open\n      closedAt\n      applications {\n        id\n        name\n        contact\n        motivation\n        origin\n        createdAt\n      }\n    }\n    project {\n      lead {\n        id\n        name\n      }\n    }\n  }\n": typeof types.StudyFieldsFragmentDoc,
    "\n  query Study($id: ID!) {\n    opportunityStudy(id: $id) {\n      ...StudyFields\n    }\n    viewer {\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.StudyDocument,
    "\n  query CohortOptions($factoryId: ID!) {\n    cohorts(factoryId: $factoryId) {\n      id\n      name\n    }\n  }\n": typeof types.CohortOptionsDocument,
    "\n  mutation UpdateStudy($input: UpdateStudyInput!) {\n    updateStudy(input: $input) {\n      id\n      summary\n      title\n    }\n  }\n": typeof types.UpdateStudyDocument,
    "\n  mutation AddStudyDocument($input: StudyDocumentInput!) {\n    addStudyDocument(input: $input) {\n      id\n    }\n  }\n": typeof types.AddStudyDocumentDocument,
    "\n  mutation RemoveStudyDocument($id: ID!) {\n    removeStudyDocument(id: $id)\n  }\n": typeof types.RemoveStudyDocumentDocument,
    "\n  mutation AddStudyAssessor($input: StudyAssessorInput!) {\n    addStudyAssessor(input: $input) {\n      id\n      assessors {\n        userId\n        displayName\n      }\n    }\n  }\n": typeof types.AddStudyAssessorDocument,
    "\n  mutation RemoveStudyAssessor($studyId: ID!, $userId: ID!) {\n    removeStudyAssessor(studyId: $studyId, userId: $userId) {\n      id\n      assessors {\n        userId\n        displayName\n      }\n    }\n  }\n": typeof types.RemoveStudyAssessorDocument,
    "\n  mutation ScoreStudy($input: ScoreStudyInput!) {\n    scoreStudy(input: $input) {\n      ...StudyFields\n    }\n  }\n": typeof types.ScoreStudyDocument,
    "\n  mutation RecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordDecisionDocument,
    "\n  mutation OpenCall($input: OpenCallInput!) {\n    openCall(input: $input) {\n      id\n    }\n  }\n": typeof types.OpenCallDocument,
    "\n  mutation CloseCall($id: ID!) {\n    closeCall(id: $id) {\n      id\n      open\n      closedAt\n    }\n  }\n": typeof types.CloseCallDocument,
    "\n  mutation ChooseLead($applicationId: ID!) {\n    chooseLead(applicationId: $applicationId) {\n      id\n      hasLead\n      lead {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ChooseLeadDocument,
    "\n  mutation StartProject($input: StartProjectInput!) {\n    startProject(input: $input) {\n      id\n    }\n  }\n": typeof types.StartProjectDocument,
    "\n  query PublicCall($id: ID!) {\n    entrepreneurCall(id: $id) {\n      id\n      title\n      description\n      deadline\n      open\n    }\n  }\n": typeof types.PublicCallDocument,
    "\n  mutation ApplyToCall($input: ApplyToCallInput!) {\n    applyToCall(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.ApplyToCallDocument,
    "\n  fragment ProjectFields on Project {\n    id\n    factoryId\n    title\n    summary\n    stage\n    hasLead\n    jobs\n    beneficiaries\n    turnoverBand\n    launchedAt\n    stoppedAt\n    stoppedReason\n    lead {\n      id\n      name\n    }\n    cohort {\n      id\n      name\n    }\n    study {\n      id\n      title\n    }\n    milestones {\n      id\n      title\n      plannedOn\n      doneOn\n    }\n    initiative {\n      id\n      name\n    }\n  }\n": typeof types.ProjectFieldsFragmentDoc,
    "\n  query Project($id: ID!) {\n    project(id: $id) {\n      ...ProjectFields\n    }\n  }\n": typeof types.ProjectDocument,
    "\n  mutation UpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      ...ProjectFields\n    }\n  }\n": typeof types.UpdateProjectDocument,
    "\n  mutation LaunchProject($projectId: ID!) {\n    launchProject(projectId: $projectId) {\n      ...ProjectFields\n    }\n  }\n": typeof types.LaunchProjectDocument,
    "\n  mutation StopProject($projectId: ID!, $reason: String!) {\n    stopProject(projectId: $projectId, reason: $reason) {\n      ...ProjectFields\n    }\n  }\n": typeof types.StopProjectDocument,
    "\n  mutation SaveMilestone($input: MilestoneInput!) {\n    saveMilestone(input: $input) {\n      id\n      title\n      plannedOn\n      doneOn\n    }\n  }\n": typeof types.SaveMilestoneDocument,
    "\n  mutation DeleteMilestone($id: ID!) {\n    deleteMilestone(id: $id)\n  }\n": typeof types.DeleteMilestoneDocument,
    "\n  mutation PublishProject($input: PublishProjectInput!) {\n    publishProjectToLibrary(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.PublishProjectDocument,
    "\n  query Cohorts($factoryId: ID!) {\n    cohorts(factoryId: $factoryId) {\n      id\n      name\n      startsOn\n      endsOn\n      projects {\n        id\n        title\n        stage\n        hasLead\n        jobs\n        launchedAt\n        lead {\n          id\n          name\n        }\n        milestones {\n          id\n          doneOn\n        }\n      }\n    }\n    projects(factoryId: $factoryId, first: 50) {\n      edges {\n        node {\n          id\n          title\n          stage\n          cohort {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.CohortsDocument,
    "\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateCohortDocument,
    "\n  query FunnelReport($factoryId: ID!, $from: DateTime, $to: DateTime) {\n    pipelineFunnelReport(factoryId: $factoryId, from: $from, to: $to) {\n      csv\n      rows {\n        label\n        scope\n        scopeId\n        needs\n        ideas\n        shortlisted\n        studied\n        go\n        launched\n        jobsCreated\n      }\n    }\n  }\n": typeof types.FunnelReportDocument,
    "\n  query Criteria($factoryId: ID!) {\n    studyCriteria(factoryId: $factoryId, includeArchived: true) {\n      id\n      label\n      description\n      position\n      archivedAt\n    }\n  }\n": typeof types.CriteriaDocument,
    "\n  mutation SaveCriterion($input: StudyCriterionInput!) {\n    saveStudyCriterion(input: $input) {\n      id\n      label\n      description\n      position\n      archivedAt\n    }\n  }\n": typeof types.SaveCriterionDocument,
    "\n  mutation ArchiveCriterion($id: ID!) {\n    archiveStudyCriterion(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.ArchiveCriterionDocument,
    "\n  query OpenData($slug: String!) {\n    factory(slug: $slug) {\n      id\n      pipelineOpenData\n    }\n  }\n": typeof types.OpenDataDocument,
    "\n  mutation SetOpenData($factoryId: ID!, $open: Boolean!) {\n    setPipelineOpenData(factoryId: $factoryId, open: $open)\n  }\n": typeof types.SetOpenDataDocument,
    "\n  fragment ParticipantFields on Participant {\n    id\n    displayName\n    isFacilitator\n  }\n": typeof types.ParticipantFieldsFragmentDoc,
    "\n  fragment IdeaFields on Idea {\n    id\n    roomId\n    title\n    description\n    need\n    beneficiaries\n    economicModel\n    author {\n      ...ParticipantFields\n    }\n    clusterId\n    position\n    needIds\n    mergedFromIds\n    private\n    votes {\n      total\n      voters\n      mine\n    }\n    matrix {\n      impact\n      feasibility\n    }\n    createdAt\n    updatedAt\n  }\n": typeof types.IdeaFieldsFragmentDoc,
    "\n  fragment ClusterFields on Cluster {\n    id\n    label\n    position\n  }\n": typeof types.ClusterFieldsFragmentDoc,
    "\n  fragment TimerFields on PhaseTimer {\n    endsAt\n    remainingMs\n    paused\n  }\n": typeof types.TimerFieldsFragmentDoc,
    "\n  fragment SettingsFields on RoomSettings {\n    allowLateIdeas\n    anonymousIdeas\n    facilitatorsVote\n    hiddenTallies\n    maxVotesPerIdea\n    privateWriting\n    votesPerParticipant\n  }\n": typeof types.SettingsFieldsFragmentDoc,
    "\n  fragment RoomStateFields on Room {\n    id\n    locked\n    ideasRevealed\n    talliesRevealed\n    settings {\n      ...SettingsFields\n    }\n  }\n": typeof types.RoomStateFieldsFragmentDoc,
    "\n  fragment RoomLiveFields on Room {\n    id\n    title\n    purpose\n    code\n    phase\n    locked\n    ideasRevealed\n    talliesRevealed\n    lastSeq\n    serverTime\n    timer {\n      ...TimerFields\n    }\n    settings {\n      ...SettingsFields\n    }\n    needs {\n      id\n      title\n      description\n      evidence\n    }\n    ideas {\n      ...IdeaFields\n    }\n    clusters {\n      ...ClusterFields\n    }\n    participants {\n      ...ParticipantFields\n    }\n    me {\n      ...ParticipantFields\n    }\n    myVotes {\n      used\n      remaining\n    }\n  }\n": typeof types.RoomLiveFieldsFragmentDoc,
    "\n  fragment RoomSeq on Room {\n    id\n    lastSeq\n    me {\n      id\n    }\n    myVotes {\n      used\n      remaining\n    }\n  }\n": typeof types.RoomSeqFragmentDoc,
    "\n  fragment RoomIdeaIds on Room {\n    id\n    ideas {\n      id\n      clusterId\n    }\n  }\n": typeof types.RoomIdeaIdsFragmentDoc,
    "\n  query RoomLive($id: ID!) {\n    room(id: $id) {\n      ...RoomLiveFields\n    }\n  }\n": typeof types.RoomLiveDocument,
    "\n  query RoomResults($id: ID!) {\n    room(id: $id) {\n      id\n      results {\n        voters\n        votesCast\n        ranking {\n          rank\n          total\n          voters\n          idea {\n            ...IdeaFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.RoomResultsDocument,
    "\n  subscription RoomEvents($roomId: ID!, $afterSeq: Int) {\n    roomEvents(roomId: $roomId, afterSeq: $afterSeq) {\n      __typename\n      seq\n      at\n      ... on ParticipantJoined {\n        participant {\n          ...ParticipantFields\n        }\n      }\n      ... on ParticipantRemoved {\n        participantId\n      }\n      ... on PhaseChanged {\n        phase\n        timer {\n          ...TimerFields\n        }\n      }\n      ... on TimerChanged {\n        timer {\n          ...TimerFields\n        }\n      }\n      ... on RoomSettingsChanged {\n        settings {\n          ...SettingsFields\n        }\n        locked\n        ideasRevealed\n        talliesRevealed\n      }\n      ... on IdeaAdded {\n        idea {\n          ...IdeaFields\n        }\n      }\n      ... on IdeaUpdated {\n        idea {\n          ...IdeaFields\n          ...IdeaReferences\n        }\n      }\n      ... on IdeaRemoved {\n        ideaId\n      }\n      ... on IdeasMerged {\n        idea {\n          ...IdeaFields\n        }\n        sourceIds\n      }\n      ... on IdeasRevealed {\n        ideas {\n          ...IdeaFields\n        }\n      }\n      ... on ClusterChanged {\n        cluster {\n          ...ClusterFields\n        }\n      }\n      ... on ClusterRemoved {\n        clusterId\n      }\n      ... on VoteTallyChanged {\n        tally {\n          ideaId\n          total\n          voters\n        }\n      }\n      ... on MyVotesChanged {\n        ideaId\n        mine\n        used\n        remaining\n      }\n      ... on VoteProgressChanged {\n        progress {\n          participant {\n            ...ParticipantFields\n          }\n          used\n        }\n      }\n      ... on TalliesRevealed {\n        tallies {\n          ideaId\n          total\n          voters\n        }\n      }\n      ... on PresenceChanged {\n        present {\n          ...ParticipantFields\n        }\n      }\n      ... on ReferencePushed {\n        forIdeaId: ideaId\n        pushedBy\n        initiative {\n          id\n          name\n          summary\n          themes\n          transferable\n          replicationMode\n          place {\n            town\n            region\n          }\n          sources {\n            url\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.RoomEventsDocument,
    "\n  mutation JoinRoom($input: JoinRoomInput!) {\n    joinRoom(input: $input) {\n      token\n      participant {\n        ...ParticipantFields\n      }\n      room {\n        id\n        code\n        title\n      }\n    }\n  }\n": typeof types.JoinRoomDocument,
    "\n  mutation CreateIdea($input: CreateIdeaInput!) {\n    createIdea(input: $input) {\n      ...IdeaFields\n    }\n  }\n": typeof types.CreateIdeaDocument,
    "\n  mutation UpdateIdea($input: UpdateIdeaInput!) {\n    updateIdea(input: $input) {\n      ...IdeaFields\n    }\n  }\n": typeof types.UpdateIdeaDocument,
    "\n  mutation DeleteIdea($ideaId: ID!) {\n    deleteIdea(ideaId: $ideaId)\n  }\n": typeof types.DeleteIdeaDocument,
    "\n  mutation CastVote($input: VoteInput!) {\n    castVote(input: $input) {\n      ideaId\n      mine\n      used\n      remaining\n    }\n  }\n": typeof types.CastVoteDocument,
    "\n  mutation RetractVote($input: VoteInput!) {\n    retractVote(input: $input) {\n      ideaId\n      mine\n      used\n      remaining\n    }\n  }\n": typeof types.RetractVoteDocument,
    "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    scopes\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n": typeof types.ApiTokenFieldsFragmentDoc,
    "\n  query FactoryApiTokens($slug: String!) {\n    factory(slug: $slug) {\n      id\n      apiTokens {\n        ...ApiTokenFields\n      }\n    }\n  }\n": typeof types.FactoryApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
};
const documents: Documents = {
    "\n  fragment RoomBallotFields on RoomBallot {\n    studyId\n    title\n    summary\n    criteria {\n      id\n      label\n      description\n    }\n    myScores {\n      criterionId\n      score\n    }\n  }\n": types.RoomBallotFieldsFragmentDoc,
    "\n  query RoomBallots($roomId: ID!) {\n    roomBallots(roomId: $roomId) {\n      ...RoomBallotFields\n    }\n  }\n": types.RoomBallotsDocument,
    "\n  mutation RateStudyInRoom($input: RateStudyInput!) {\n    rateStudyInRoom(input: $input) {\n      ...RoomBallotFields\n    }\n  }\n": types.RateStudyInRoomDocument,
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
    "\n  mutation PlaceIdea($input: PlaceIdeaInput!) {\n    placeIdea(input: $input) {\n      ...IdeaFields\n    }\n  }\n": types.PlaceIdeaDocument,
    "\n  query Viewer {\n    viewer {\n      kind\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  fragment IdeaReferenceFields on ReferenceLink {\n    id\n    note\n    linkedBy\n    initiative {\n      id\n      name\n      summary\n      place {\n        town\n        region\n      }\n    }\n  }\n": types.IdeaReferenceFieldsFragmentDoc,
    "\n  fragment IdeaReferences on Idea {\n    id\n    references {\n      ...IdeaReferenceFields\n    }\n  }\n": types.IdeaReferencesFragmentDoc,
    "\n  query RoomReferences($id: ID!) {\n    room(id: $id) {\n      id\n      ideas {\n        ...IdeaReferences\n      }\n    }\n  }\n": types.RoomReferencesDocument,
    "\n  fragment ThemeFields on Theme {\n    id\n    slug\n    labelFr\n    labelEn\n  }\n": types.ThemeFieldsFragmentDoc,
    "\n  fragment InitiativeSummaryFields on Initiative {\n    id\n    name\n    summary\n    status\n    legalForm\n    updatedAt\n    place {\n      town\n      departement\n      region\n      country\n    }\n    themes {\n      ...ThemeFields\n    }\n    transferability {\n      replicationMode\n    }\n  }\n": types.InitiativeSummaryFieldsFragmentDoc,
    "\n  fragment ReferenceLinkFields on ReferenceLink {\n    id\n    note\n    linkedBy\n    createdAt\n    updatedAt\n  }\n": types.ReferenceLinkFieldsFragmentDoc,
    "\n  fragment InitiativeDetailFields on Initiative {\n    ...InitiativeSummaryFields\n    factoryId\n    description\n    economicModel\n    revenueSources\n    funders\n    yearStarted\n    legalFormDetail\n    jobs {\n      count\n      asOf\n    }\n    place {\n      postcode\n      latitude\n      longitude\n    }\n    transferability {\n      preconditions\n      preconditionsNote\n      minPopulation\n      transferable\n      contact\n    }\n    sources {\n      url\n      title\n      consultedOn\n    }\n    curatedBy\n    createdAt\n    publishedAt\n    archivedAt\n  }\n": types.InitiativeDetailFieldsFragmentDoc,
    "\n  query LibraryFactories {\n    myFactories {\n      id\n      slug\n      name\n    }\n  }\n": types.LibraryFactoriesDocument,
    "\n  query LibraryThemes($factoryId: ID) {\n    themes(factoryId: $factoryId) {\n      ...ThemeFields\n    }\n  }\n": types.LibraryThemesDocument,
    "\n  query LibrarySearch($factoryId: ID!, $query: String, $filter: InitiativeFilter, $sort: InitiativeSort, $first: Int, $after: String) {\n    initiatives(factoryId: $factoryId, query: $query, filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        score\n        node {\n          ...InitiativeSummaryFields\n        }\n      }\n      facets {\n        themes {\n          count\n          theme {\n            ...ThemeFields\n          }\n        }\n        regions {\n          region\n          count\n        }\n        legalForms {\n          legalForm\n          count\n        }\n        replicationModes {\n          replicationMode\n          count\n        }\n        statuses {\n          status\n          count\n        }\n      }\n    }\n  }\n": types.LibrarySearchDocument,
    "\n  query Initiative($id: ID!) {\n    initiative(id: $id) {\n      ...InitiativeDetailFields\n      ideas {\n        ...ReferenceLinkFields\n        idea {\n          id\n          title\n          roomId\n        }\n      }\n    }\n  }\n": types.InitiativeDocument,
    "\n  query InitiativeHistory($id: ID!) {\n    initiative(id: $id) {\n      id\n      history {\n        id\n        action\n        actorName\n        createdAt\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n": types.InitiativeHistoryDocument,
    "\n  query LibraryRooms($slug: String!) {\n    factory(slug: $slug) {\n      id\n      rooms(first: 50) {\n        edges {\n          node {\n            id\n            title\n            phase\n          }\n        }\n      }\n    }\n  }\n": types.LibraryRoomsDocument,
    "\n  query RoomIdeaChoices($id: ID!) {\n    room(id: $id) {\n      id\n      ideas {\n        id\n        title\n      }\n    }\n  }\n": types.RoomIdeaChoicesDocument,
    "\n  query InitiativeDuplicates($input: InitiativeDuplicatesInput!) {\n    initiativeDuplicates(input: $input) {\n      ...InitiativeSummaryFields\n    }\n  }\n": types.InitiativeDuplicatesDocument,
    "\n  mutation CreateInitiative($input: CreateInitiativeInput!) {\n    createInitiative(input: $input) {\n      initiative {\n        id\n      }\n    }\n  }\n": types.CreateInitiativeDocument,
    "\n  mutation UpdateInitiative($input: UpdateInitiativeInput!) {\n    updateInitiative(input: $input) {\n      initiative {\n        ...InitiativeDetailFields\n      }\n    }\n  }\n": types.UpdateInitiativeDocument,
    "\n  mutation PublishInitiative($id: ID!) {\n    publishInitiative(id: $id) {\n      id\n      status\n      publishedAt\n      archivedAt\n      updatedAt\n    }\n  }\n": types.PublishInitiativeDocument,
    "\n  mutation ArchiveInitiative($id: ID!) {\n    archiveInitiative(id: $id) {\n      id\n      status\n      publishedAt\n      archivedAt\n      updatedAt\n    }\n  }\n": types.ArchiveInitiativeDocument,
    "\n  mutation ImportInitiatives($input: ImportInitiativesInput!) {\n    importInitiatives(input: $input) {\n      dryRun\n      applied\n      created\n      updated\n      rejected\n      rows {\n        line\n        name\n        action\n        initiativeId\n        reasons\n        warnings\n      }\n    }\n  }\n": types.ImportInitiativesDocument,
    "\n  query ExportInitiatives($factoryId: ID!, $format: LibraryFileFormat!, $query: String, $filter: InitiativeFilter, $sort: InitiativeSort) {\n    exportInitiatives(factoryId: $factoryId, format: $format, query: $query, filter: $filter, sort: $sort) {\n      content\n      contentType\n      filename\n      count\n      truncated\n    }\n  }\n": types.ExportInitiativesDocument,
    "\n  mutation LinkReference($ideaId: ID!, $initiativeId: ID!, $note: String!) {\n    linkReference(ideaId: $ideaId, initiativeId: $initiativeId, note: $note) {\n      ...ReferenceLinkFields\n      idea {\n        id\n        title\n        roomId\n        references {\n          ...IdeaReferenceFields\n        }\n      }\n    }\n  }\n": types.LinkReferenceDocument,
    "\n  mutation UnlinkReference($ideaId: ID!, $initiativeId: ID!) {\n    unlinkReference(ideaId: $ideaId, initiativeId: $initiativeId)\n  }\n": types.UnlinkReferenceDocument,
    "\n  mutation PushReference($roomId: ID!, $initiativeId: ID!, $ideaId: ID) {\n    pushReference(roomId: $roomId, initiativeId: $initiativeId, ideaId: $ideaId) {\n      id\n    }\n  }\n": types.PushReferenceDocument,
    "\n  fragment NeedFields on Need {\n    id\n    title\n    description\n    evidence\n    reportedBy\n    status\n    createdAt\n    updatedAt\n    archivedAt\n    sources {\n      title\n      url\n    }\n    theme {\n      id\n      labelFr\n      labelEn\n    }\n    territory {\n      id\n      name\n    }\n  }\n": types.NeedFieldsFragmentDoc,
    "\n  query NeedsVocabulary($slug: String!, $factoryId: ID!) {\n    factory(slug: $slug) {\n      id\n      territories {\n        id\n        name\n      }\n    }\n    themes(factoryId: $factoryId) {\n      id\n      labelFr\n      labelEn\n    }\n  }\n": types.NeedsVocabularyDocument,
    "\n  query FactoryNeeds($factoryId: ID!, $filter: NeedFilter, $after: String) {\n    needs(factoryId: $factoryId, filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...NeedFields\n        }\n      }\n    }\n  }\n": types.FactoryNeedsDocument,
    "\n  mutation CreateNeed($input: CreateNeedInput!) {\n    createNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n": types.CreateNeedDocument,
    "\n  mutation UpdateNeed($input: UpdateNeedInput!) {\n    updateNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n": types.UpdateNeedDocument,
    "\n  mutation ArchiveNeed($id: ID!) {\n    archiveNeed(id: $id) {\n      ...NeedFields\n    }\n  }\n": types.ArchiveNeedDocument,
    "\n  fragment BoardStudyFields on OpportunityStudy {\n    id\n    factoryId\n    title\n    roomTitle\n    stage\n    outcome\n    updatedAt\n    grid {\n      overall\n    }\n    call {\n      id\n      open\n    }\n    project {\n      id\n      title\n      stage\n      hasLead\n      cohort {\n        id\n        name\n      }\n    }\n  }\n": types.BoardStudyFieldsFragmentDoc,
    "\n  query PipelineBoard($factoryId: ID!) {\n    opportunityStudies(factoryId: $factoryId, first: 50) {\n      totalCount\n      edges {\n        node {\n          ...BoardStudyFields\n        }\n      }\n    }\n  }\n": types.PipelineBoardDocument,
    "\n  query BoardStudy($id: ID!) {\n    opportunityStudy(id: $id) {\n      ...BoardStudyFields\n    }\n  }\n": types.BoardStudyDocument,
    "\n  subscription PipelineEvents($factoryId: ID!) {\n    pipelineEvents(factoryId: $factoryId) {\n      seq\n      type\n      studyId\n      projectId\n      stage\n    }\n  }\n": types.PipelineEventsDocument,
    "\n  mutation ShortlistIdea($ideaId: ID!) {\n    shortlistIdea(ideaId: $ideaId) {\n      ...BoardStudyFields\n    }\n  }\n": types.ShortlistIdeaDocument,
    "\n  fragment StudyFields on OpportunityStudy {\n    ...BoardStudyFields\n    ideaTitle\n    summary\n    decidedAt\n    sourceIdeaIds\n    room {\n      id\n      title\n    }\n    idea {\n      id\n      title\n    }\n    needs {\n      id\n      title\n    }\n    references {\n      note\n      initiative {\n        id\n        name\n      }\n    }\n    documents {\n      id\n      title\n      url\n    }\n    assessors {\n      userId\n      displayName\n    }\n    grid {\n      overall\n      criteria {\n        criterion {\n          id\n          label\n          description\n        }\n        count\n        average\n        min\n        max\n        spread\n        room {\n          count\n          average\n          spread\n        }\n        scores {\n          assessorName\n          score\n          comment\n          updatedAt\n        }\n      }\n    }\n    decisions {\n      id\n      outcome\n      decidedOn\n      members\n      rationale\n      recordedByName\n      createdAt\n      supersededBy {\n        id\n      }\n    }\n    call {\n      id\n      description\n      deadline\n      open\n      closedAt\n      applications {\n        id\n        name\n        contact\n        motivation\n        origin\n        createdAt\n      }\n    }\n    project {\n      lead {\n        id\n        name\n      }\n    }\n  }\n": types.StudyFieldsFragmentDoc,
    "\n  query Study($id: ID!) {\n    opportunityStudy(id: $id) {\n      ...StudyFields\n    }\n    viewer {\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": types.StudyDocument,
    "\n  query CohortOptions($factoryId: ID!) {\n    cohorts(factoryId: $factoryId) {\n      id\n      name\n    }\n  }\n": types.CohortOptionsDocument,
    "\n  mutation UpdateStudy($input: UpdateStudyInput!) {\n    updateStudy(input: $input) {\n      id\n      summary\n      title\n    }\n  }\n": types.UpdateStudyDocument,
    "\n  mutation AddStudyDocument($input: StudyDocumentInput!) {\n    addStudyDocument(input: $input) {\n      id\n    }\n  }\n": types.AddStudyDocumentDocument,
    "\n  mutation RemoveStudyDocument($id: ID!) {\n    removeStudyDocument(id: $id)\n  }\n": types.RemoveStudyDocumentDocument,
    "\n  mutation AddStudyAssessor($input: StudyAssessorInput!) {\n    addStudyAssessor(input: $input) {\n      id\n      assessors {\n        userId\n        displayName\n      }\n    }\n  }\n": types.AddStudyAssessorDocument,
    "\n  mutation RemoveStudyAssessor($studyId: ID!, $userId: ID!) {\n    removeStudyAssessor(studyId: $studyId, userId: $userId) {\n      id\n      assessors {\n        userId\n        displayName\n      }\n    }\n  }\n": types.RemoveStudyAssessorDocument,
    "\n  mutation ScoreStudy($input: ScoreStudyInput!) {\n    scoreStudy(input: $input) {\n      ...StudyFields\n    }\n  }\n": types.ScoreStudyDocument,
    "\n  mutation RecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      id\n    }\n  }\n": types.RecordDecisionDocument,
    "\n  mutation OpenCall($input: OpenCallInput!) {\n    openCall(input: $input) {\n      id\n    }\n  }\n": types.OpenCallDocument,
    "\n  mutation CloseCall($id: ID!) {\n    closeCall(id: $id) {\n      id\n      open\n      closedAt\n    }\n  }\n": types.CloseCallDocument,
    "\n  mutation ChooseLead($applicationId: ID!) {\n    chooseLead(applicationId: $applicationId) {\n      id\n      hasLead\n      lead {\n        id\n        name\n      }\n    }\n  }\n": types.ChooseLeadDocument,
    "\n  mutation StartProject($input: StartProjectInput!) {\n    startProject(input: $input) {\n      id\n    }\n  }\n": types.StartProjectDocument,
    "\n  query PublicCall($id: ID!) {\n    entrepreneurCall(id: $id) {\n      id\n      title\n      description\n      deadline\n      open\n    }\n  }\n": types.PublicCallDocument,
    "\n  mutation ApplyToCall($input: ApplyToCallInput!) {\n    applyToCall(input: $input) {\n      id\n      name\n    }\n  }\n": types.ApplyToCallDocument,
    "\n  fragment ProjectFields on Project {\n    id\n    factoryId\n    title\n    summary\n    stage\n    hasLead\n    jobs\n    beneficiaries\n    turnoverBand\n    launchedAt\n    stoppedAt\n    stoppedReason\n    lead {\n      id\n      name\n    }\n    cohort {\n      id\n      name\n    }\n    study {\n      id\n      title\n    }\n    milestones {\n      id\n      title\n      plannedOn\n      doneOn\n    }\n    initiative {\n      id\n      name\n    }\n  }\n": types.ProjectFieldsFragmentDoc,
    "\n  query Project($id: ID!) {\n    project(id: $id) {\n      ...ProjectFields\n    }\n  }\n": types.ProjectDocument,
    "\n  mutation UpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      ...ProjectFields\n    }\n  }\n": types.UpdateProjectDocument,
    "\n  mutation LaunchProject($projectId: ID!) {\n    launchProject(projectId: $projectId) {\n      ...ProjectFields\n    }\n  }\n": types.LaunchProjectDocument,
    "\n  mutation StopProject($projectId: ID!, $reason: String!) {\n    stopProject(projectId: $projectId, reason: $reason) {\n      ...ProjectFields\n    }\n  }\n": types.StopProjectDocument,
    "\n  mutation SaveMilestone($input: MilestoneInput!) {\n    saveMilestone(input: $input) {\n      id\n      title\n      plannedOn\n      doneOn\n    }\n  }\n": types.SaveMilestoneDocument,
    "\n  mutation DeleteMilestone($id: ID!) {\n    deleteMilestone(id: $id)\n  }\n": types.DeleteMilestoneDocument,
    "\n  mutation PublishProject($input: PublishProjectInput!) {\n    publishProjectToLibrary(input: $input) {\n      id\n      name\n    }\n  }\n": types.PublishProjectDocument,
    "\n  query Cohorts($factoryId: ID!) {\n    cohorts(factoryId: $factoryId) {\n      id\n      name\n      startsOn\n      endsOn\n      projects {\n        id\n        title\n        stage\n        hasLead\n        jobs\n        launchedAt\n        lead {\n          id\n          name\n        }\n        milestones {\n          id\n          doneOn\n        }\n      }\n    }\n    projects(factoryId: $factoryId, first: 50) {\n      edges {\n        node {\n          id\n          title\n          stage\n          cohort {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.CohortsDocument,
    "\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateCohortDocument,
    "\n  query FunnelReport($factoryId: ID!, $from: DateTime, $to: DateTime) {\n    pipelineFunnelReport(factoryId: $factoryId, from: $from, to: $to) {\n      csv\n      rows {\n        label\n        scope\n        scopeId\n        needs\n        ideas\n        shortlisted\n        studied\n        go\n        launched\n        jobsCreated\n      }\n    }\n  }\n": types.FunnelReportDocument,
    "\n  query Criteria($factoryId: ID!) {\n    studyCriteria(factoryId: $factoryId, includeArchived: true) {\n      id\n      label\n      description\n      position\n      archivedAt\n    }\n  }\n": types.CriteriaDocument,
    "\n  mutation SaveCriterion($input: StudyCriterionInput!) {\n    saveStudyCriterion(input: $input) {\n      id\n      label\n      description\n      position\n      archivedAt\n    }\n  }\n": types.SaveCriterionDocument,
    "\n  mutation ArchiveCriterion($id: ID!) {\n    archiveStudyCriterion(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": types.ArchiveCriterionDocument,
    "\n  query OpenData($slug: String!) {\n    factory(slug: $slug) {\n      id\n      pipelineOpenData\n    }\n  }\n": types.OpenDataDocument,
    "\n  mutation SetOpenData($factoryId: ID!, $open: Boolean!) {\n    setPipelineOpenData(factoryId: $factoryId, open: $open)\n  }\n": types.SetOpenDataDocument,
    "\n  fragment ParticipantFields on Participant {\n    id\n    displayName\n    isFacilitator\n  }\n": types.ParticipantFieldsFragmentDoc,
    "\n  fragment IdeaFields on Idea {\n    id\n    roomId\n    title\n    description\n    need\n    beneficiaries\n    economicModel\n    author {\n      ...ParticipantFields\n    }\n    clusterId\n    position\n    needIds\n    mergedFromIds\n    private\n    votes {\n      total\n      voters\n      mine\n    }\n    matrix {\n      impact\n      feasibility\n    }\n    createdAt\n    updatedAt\n  }\n": types.IdeaFieldsFragmentDoc,
    "\n  fragment ClusterFields on Cluster {\n    id\n    label\n    position\n  }\n": types.ClusterFieldsFragmentDoc,
    "\n  fragment TimerFields on PhaseTimer {\n    endsAt\n    remainingMs\n    paused\n  }\n": types.TimerFieldsFragmentDoc,
    "\n  fragment SettingsFields on RoomSettings {\n    allowLateIdeas\n    anonymousIdeas\n    facilitatorsVote\n    hiddenTallies\n    maxVotesPerIdea\n    privateWriting\n    votesPerParticipant\n  }\n": types.SettingsFieldsFragmentDoc,
    "\n  fragment RoomStateFields on Room {\n    id\n    locked\n    ideasRevealed\n    talliesRevealed\n    settings {\n      ...SettingsFields\n    }\n  }\n": types.RoomStateFieldsFragmentDoc,
    "\n  fragment RoomLiveFields on Room {\n    id\n    title\n    purpose\n    code\n    phase\n    locked\n    ideasRevealed\n    talliesRevealed\n    lastSeq\n    serverTime\n    timer {\n      ...TimerFields\n    }\n    settings {\n      ...SettingsFields\n    }\n    needs {\n      id\n      title\n      description\n      evidence\n    }\n    ideas {\n      ...IdeaFields\n    }\n    clusters {\n      ...ClusterFields\n    }\n    participants {\n      ...ParticipantFields\n    }\n    me {\n      ...ParticipantFields\n    }\n    myVotes {\n      used\n      remaining\n    }\n  }\n": types.RoomLiveFieldsFragmentDoc,
    "\n  fragment RoomSeq on Room {\n    id\n    lastSeq\n    me {\n      id\n    }\n    myVotes {\n      used\n      remaining\n    }\n  }\n": types.RoomSeqFragmentDoc,
    "\n  fragment RoomIdeaIds on Room {\n    id\n    ideas {\n      id\n      clusterId\n    }\n  }\n": types.RoomIdeaIdsFragmentDoc,
    "\n  query RoomLive($id: ID!) {\n    room(id: $id) {\n      ...RoomLiveFields\n    }\n  }\n": types.RoomLiveDocument,
    "\n  query RoomResults($id: ID!) {\n    room(id: $id) {\n      id\n      results {\n        voters\n        votesCast\n        ranking {\n          rank\n          total\n          voters\n          idea {\n            ...IdeaFields\n          }\n        }\n      }\n    }\n  }\n": types.RoomResultsDocument,
    "\n  subscription RoomEvents($roomId: ID!, $afterSeq: Int) {\n    roomEvents(roomId: $roomId, afterSeq: $afterSeq) {\n      __typename\n      seq\n      at\n      ... on ParticipantJoined {\n        participant {\n          ...ParticipantFields\n        }\n      }\n      ... on ParticipantRemoved {\n        participantId\n      }\n      ... on PhaseChanged {\n        phase\n        timer {\n          ...TimerFields\n        }\n      }\n      ... on TimerChanged {\n        timer {\n          ...TimerFields\n        }\n      }\n      ... on RoomSettingsChanged {\n        settings {\n          ...SettingsFields\n        }\n        locked\n        ideasRevealed\n        talliesRevealed\n      }\n      ... on IdeaAdded {\n        idea {\n          ...IdeaFields\n        }\n      }\n      ... on IdeaUpdated {\n        idea {\n          ...IdeaFields\n          ...IdeaReferences\n        }\n      }\n      ... on IdeaRemoved {\n        ideaId\n      }\n      ... on IdeasMerged {\n        idea {\n          ...IdeaFields\n        }\n        sourceIds\n      }\n      ... on IdeasRevealed {\n        ideas {\n          ...IdeaFields\n        }\n      }\n      ... on ClusterChanged {\n        cluster {\n          ...ClusterFields\n        }\n      }\n      ... on ClusterRemoved {\n        clusterId\n      }\n      ... on VoteTallyChanged {\n        tally {\n          ideaId\n          total\n          voters\n        }\n      }\n      ... on MyVotesChanged {\n        ideaId\n        mine\n        used\n        remaining\n      }\n      ... on VoteProgressChanged {\n        progress {\n          participant {\n            ...ParticipantFields\n          }\n          used\n        }\n      }\n      ... on TalliesRevealed {\n        tallies {\n          ideaId\n          total\n          voters\n        }\n      }\n      ... on PresenceChanged {\n        present {\n          ...ParticipantFields\n        }\n      }\n      ... on ReferencePushed {\n        forIdeaId: ideaId\n        pushedBy\n        initiative {\n          id\n          name\n          summary\n          themes\n          transferable\n          replicationMode\n          place {\n            town\n            region\n          }\n          sources {\n            url\n            title\n          }\n        }\n      }\n    }\n  }\n": types.RoomEventsDocument,
    "\n  mutation JoinRoom($input: JoinRoomInput!) {\n    joinRoom(input: $input) {\n      token\n      participant {\n        ...ParticipantFields\n      }\n      room {\n        id\n        code\n        title\n      }\n    }\n  }\n": types.JoinRoomDocument,
    "\n  mutation CreateIdea($input: CreateIdeaInput!) {\n    createIdea(input: $input) {\n      ...IdeaFields\n    }\n  }\n": types.CreateIdeaDocument,
    "\n  mutation UpdateIdea($input: UpdateIdeaInput!) {\n    updateIdea(input: $input) {\n      ...IdeaFields\n    }\n  }\n": types.UpdateIdeaDocument,
    "\n  mutation DeleteIdea($ideaId: ID!) {\n    deleteIdea(ideaId: $ideaId)\n  }\n": types.DeleteIdeaDocument,
    "\n  mutation CastVote($input: VoteInput!) {\n    castVote(input: $input) {\n      ideaId\n      mine\n      used\n      remaining\n    }\n  }\n": types.CastVoteDocument,
    "\n  mutation RetractVote($input: VoteInput!) {\n    retractVote(input: $input) {\n      ideaId\n      mine\n      used\n      remaining\n    }\n  }\n": types.RetractVoteDocument,
    "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    scopes\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n": types.ApiTokenFieldsFragmentDoc,
    "\n  query FactoryApiTokens($slug: String!) {\n    factory(slug: $slug) {\n      id\n      apiTokens {\n        ...ApiTokenFields\n      }\n    }\n  }\n": types.FactoryApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n": types.RevokeApiTokenDocument,
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
export function graphql(source: "\n  fragment RoomBallotFields on RoomBallot {\n    studyId\n    title\n    summary\n    criteria {\n      id\n      label\n      description\n    }\n    myScores {\n      criterionId\n      score\n    }\n  }\n"): (typeof documents)["\n  fragment RoomBallotFields on RoomBallot {\n    studyId\n    title\n    summary\n    criteria {\n      id\n      label\n      description\n    }\n    myScores {\n      criterionId\n      score\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoomBallots($roomId: ID!) {\n    roomBallots(roomId: $roomId) {\n      ...RoomBallotFields\n    }\n  }\n"): (typeof documents)["\n  query RoomBallots($roomId: ID!) {\n    roomBallots(roomId: $roomId) {\n      ...RoomBallotFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateStudyInRoom($input: RateStudyInput!) {\n    rateStudyInRoom(input: $input) {\n      ...RoomBallotFields\n    }\n  }\n"): (typeof documents)["\n  mutation RateStudyInRoom($input: RateStudyInput!) {\n    rateStudyInRoom(input: $input) {\n      ...RoomBallotFields\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation PlaceIdea($input: PlaceIdeaInput!) {\n    placeIdea(input: $input) {\n      ...IdeaFields\n    }\n  }\n"): (typeof documents)["\n  mutation PlaceIdea($input: PlaceIdeaInput!) {\n    placeIdea(input: $input) {\n      ...IdeaFields\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment IdeaReferenceFields on ReferenceLink {\n    id\n    note\n    linkedBy\n    initiative {\n      id\n      name\n      summary\n      place {\n        town\n        region\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment IdeaReferenceFields on ReferenceLink {\n    id\n    note\n    linkedBy\n    initiative {\n      id\n      name\n      summary\n      place {\n        town\n        region\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IdeaReferences on Idea {\n    id\n    references {\n      ...IdeaReferenceFields\n    }\n  }\n"): (typeof documents)["\n  fragment IdeaReferences on Idea {\n    id\n    references {\n      ...IdeaReferenceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoomReferences($id: ID!) {\n    room(id: $id) {\n      id\n      ideas {\n        ...IdeaReferences\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoomReferences($id: ID!) {\n    room(id: $id) {\n      id\n      ideas {\n        ...IdeaReferences\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThemeFields on Theme {\n    id\n    slug\n    labelFr\n    labelEn\n  }\n"): (typeof documents)["\n  fragment ThemeFields on Theme {\n    id\n    slug\n    labelFr\n    labelEn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InitiativeSummaryFields on Initiative {\n    id\n    name\n    summary\n    status\n    legalForm\n    updatedAt\n    place {\n      town\n      departement\n      region\n      country\n    }\n    themes {\n      ...ThemeFields\n    }\n    transferability {\n      replicationMode\n    }\n  }\n"): (typeof documents)["\n  fragment InitiativeSummaryFields on Initiative {\n    id\n    name\n    summary\n    status\n    legalForm\n    updatedAt\n    place {\n      town\n      departement\n      region\n      country\n    }\n    themes {\n      ...ThemeFields\n    }\n    transferability {\n      replicationMode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReferenceLinkFields on ReferenceLink {\n    id\n    note\n    linkedBy\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment ReferenceLinkFields on ReferenceLink {\n    id\n    note\n    linkedBy\n    createdAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InitiativeDetailFields on Initiative {\n    ...InitiativeSummaryFields\n    factoryId\n    description\n    economicModel\n    revenueSources\n    funders\n    yearStarted\n    legalFormDetail\n    jobs {\n      count\n      asOf\n    }\n    place {\n      postcode\n      latitude\n      longitude\n    }\n    transferability {\n      preconditions\n      preconditionsNote\n      minPopulation\n      transferable\n      contact\n    }\n    sources {\n      url\n      title\n      consultedOn\n    }\n    curatedBy\n    createdAt\n    publishedAt\n    archivedAt\n  }\n"): (typeof documents)["\n  fragment InitiativeDetailFields on Initiative {\n    ...InitiativeSummaryFields\n    factoryId\n    description\n    economicModel\n    revenueSources\n    funders\n    yearStarted\n    legalFormDetail\n    jobs {\n      count\n      asOf\n    }\n    place {\n      postcode\n      latitude\n      longitude\n    }\n    transferability {\n      preconditions\n      preconditionsNote\n      minPopulation\n      transferable\n      contact\n    }\n    sources {\n      url\n      title\n      consultedOn\n    }\n    curatedBy\n    createdAt\n    publishedAt\n    archivedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LibraryFactories {\n    myFactories {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  query LibraryFactories {\n    myFactories {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LibraryThemes($factoryId: ID) {\n    themes(factoryId: $factoryId) {\n      ...ThemeFields\n    }\n  }\n"): (typeof documents)["\n  query LibraryThemes($factoryId: ID) {\n    themes(factoryId: $factoryId) {\n      ...ThemeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LibrarySearch($factoryId: ID!, $query: String, $filter: InitiativeFilter, $sort: InitiativeSort, $first: Int, $after: String) {\n    initiatives(factoryId: $factoryId, query: $query, filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        score\n        node {\n          ...InitiativeSummaryFields\n        }\n      }\n      facets {\n        themes {\n          count\n          theme {\n            ...ThemeFields\n          }\n        }\n        regions {\n          region\n          count\n        }\n        legalForms {\n          legalForm\n          count\n        }\n        replicationModes {\n          replicationMode\n          count\n        }\n        statuses {\n          status\n          count\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LibrarySearch($factoryId: ID!, $query: String, $filter: InitiativeFilter, $sort: InitiativeSort, $first: Int, $after: String) {\n    initiatives(factoryId: $factoryId, query: $query, filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        score\n        node {\n          ...InitiativeSummaryFields\n        }\n      }\n      facets {\n        themes {\n          count\n          theme {\n            ...ThemeFields\n          }\n        }\n        regions {\n          region\n          count\n        }\n        legalForms {\n          legalForm\n          count\n        }\n        replicationModes {\n          replicationMode\n          count\n        }\n        statuses {\n          status\n          count\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Initiative($id: ID!) {\n    initiative(id: $id) {\n      ...InitiativeDetailFields\n      ideas {\n        ...ReferenceLinkFields\n        idea {\n          id\n          title\n          roomId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Initiative($id: ID!) {\n    initiative(id: $id) {\n      ...InitiativeDetailFields\n      ideas {\n        ...ReferenceLinkFields\n        idea {\n          id\n          title\n          roomId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InitiativeHistory($id: ID!) {\n    initiative(id: $id) {\n      id\n      history {\n        id\n        action\n        actorName\n        createdAt\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InitiativeHistory($id: ID!) {\n    initiative(id: $id) {\n      id\n      history {\n        id\n        action\n        actorName\n        createdAt\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LibraryRooms($slug: String!) {\n    factory(slug: $slug) {\n      id\n      rooms(first: 50) {\n        edges {\n          node {\n            id\n            title\n            phase\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LibraryRooms($slug: String!) {\n    factory(slug: $slug) {\n      id\n      rooms(first: 50) {\n        edges {\n          node {\n            id\n            title\n            phase\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoomIdeaChoices($id: ID!) {\n    room(id: $id) {\n      id\n      ideas {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoomIdeaChoices($id: ID!) {\n    room(id: $id) {\n      id\n      ideas {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InitiativeDuplicates($input: InitiativeDuplicatesInput!) {\n    initiativeDuplicates(input: $input) {\n      ...InitiativeSummaryFields\n    }\n  }\n"): (typeof documents)["\n  query InitiativeDuplicates($input: InitiativeDuplicatesInput!) {\n    initiativeDuplicates(input: $input) {\n      ...InitiativeSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInitiative($input: CreateInitiativeInput!) {\n    createInitiative(input: $input) {\n      initiative {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateInitiative($input: CreateInitiativeInput!) {\n    createInitiative(input: $input) {\n      initiative {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInitiative($input: UpdateInitiativeInput!) {\n    updateInitiative(input: $input) {\n      initiative {\n        ...InitiativeDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateInitiative($input: UpdateInitiativeInput!) {\n    updateInitiative(input: $input) {\n      initiative {\n        ...InitiativeDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishInitiative($id: ID!) {\n    publishInitiative(id: $id) {\n      id\n      status\n      publishedAt\n      archivedAt\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation PublishInitiative($id: ID!) {\n    publishInitiative(id: $id) {\n      id\n      status\n      publishedAt\n      archivedAt\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveInitiative($id: ID!) {\n    archiveInitiative(id: $id) {\n      id\n      status\n      publishedAt\n      archivedAt\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveInitiative($id: ID!) {\n    archiveInitiative(id: $id) {\n      id\n      status\n      publishedAt\n      archivedAt\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportInitiatives($input: ImportInitiativesInput!) {\n    importInitiatives(input: $input) {\n      dryRun\n      applied\n      created\n      updated\n      rejected\n      rows {\n        line\n        name\n        action\n        initiativeId\n        reasons\n        warnings\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportInitiatives($input: ImportInitiativesInput!) {\n    importInitiatives(input: $input) {\n      dryRun\n      applied\n      created\n      updated\n      rejected\n      rows {\n        line\n        name\n        action\n        initiativeId\n        reasons\n        warnings\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportInitiatives($factoryId: ID!, $format: LibraryFileFormat!, $query: String, $filter: InitiativeFilter, $sort: InitiativeSort) {\n    exportInitiatives(factoryId: $factoryId, format: $format, query: $query, filter: $filter, sort: $sort) {\n      content\n      contentType\n      filename\n      count\n      truncated\n    }\n  }\n"): (typeof documents)["\n  query ExportInitiatives($factoryId: ID!, $format: LibraryFileFormat!, $query: String, $filter: InitiativeFilter, $sort: InitiativeSort) {\n    exportInitiatives(factoryId: $factoryId, format: $format, query: $query, filter: $filter, sort: $sort) {\n      content\n      contentType\n      filename\n      count\n      truncated\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkReference($ideaId: ID!, $initiativeId: ID!, $note: String!) {\n    linkReference(ideaId: $ideaId, initiativeId: $initiativeId, note: $note) {\n      ...ReferenceLinkFields\n      idea {\n        id\n        title\n        roomId\n        references {\n          ...IdeaReferenceFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LinkReference($ideaId: ID!, $initiativeId: ID!, $note: String!) {\n    linkReference(ideaId: $ideaId, initiativeId: $initiativeId, note: $note) {\n      ...ReferenceLinkFields\n      idea {\n        id\n        title\n        roomId\n        references {\n          ...IdeaReferenceFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlinkReference($ideaId: ID!, $initiativeId: ID!) {\n    unlinkReference(ideaId: $ideaId, initiativeId: $initiativeId)\n  }\n"): (typeof documents)["\n  mutation UnlinkReference($ideaId: ID!, $initiativeId: ID!) {\n    unlinkReference(ideaId: $ideaId, initiativeId: $initiativeId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PushReference($roomId: ID!, $initiativeId: ID!, $ideaId: ID) {\n    pushReference(roomId: $roomId, initiativeId: $initiativeId, ideaId: $ideaId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PushReference($roomId: ID!, $initiativeId: ID!, $ideaId: ID) {\n    pushReference(roomId: $roomId, initiativeId: $initiativeId, ideaId: $ideaId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NeedFields on Need {\n    id\n    title\n    description\n    evidence\n    reportedBy\n    status\n    createdAt\n    updatedAt\n    archivedAt\n    sources {\n      title\n      url\n    }\n    theme {\n      id\n      labelFr\n      labelEn\n    }\n    territory {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment NeedFields on Need {\n    id\n    title\n    description\n    evidence\n    reportedBy\n    status\n    createdAt\n    updatedAt\n    archivedAt\n    sources {\n      title\n      url\n    }\n    theme {\n      id\n      labelFr\n      labelEn\n    }\n    territory {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedsVocabulary($slug: String!, $factoryId: ID!) {\n    factory(slug: $slug) {\n      id\n      territories {\n        id\n        name\n      }\n    }\n    themes(factoryId: $factoryId) {\n      id\n      labelFr\n      labelEn\n    }\n  }\n"): (typeof documents)["\n  query NeedsVocabulary($slug: String!, $factoryId: ID!) {\n    factory(slug: $slug) {\n      id\n      territories {\n        id\n        name\n      }\n    }\n    themes(factoryId: $factoryId) {\n      id\n      labelFr\n      labelEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FactoryNeeds($factoryId: ID!, $filter: NeedFilter, $after: String) {\n    needs(factoryId: $factoryId, filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...NeedFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FactoryNeeds($factoryId: ID!, $filter: NeedFilter, $after: String) {\n    needs(factoryId: $factoryId, filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...NeedFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateNeed($input: CreateNeedInput!) {\n    createNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateNeed($input: CreateNeedInput!) {\n    createNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNeed($input: UpdateNeedInput!) {\n    updateNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNeed($input: UpdateNeedInput!) {\n    updateNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveNeed($id: ID!) {\n    archiveNeed(id: $id) {\n      ...NeedFields\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveNeed($id: ID!) {\n    archiveNeed(id: $id) {\n      ...NeedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BoardStudyFields on OpportunityStudy {\n    id\n    factoryId\n    title\n    roomTitle\n    stage\n    outcome\n    updatedAt\n    grid {\n      overall\n    }\n    call {\n      id\n      open\n    }\n    project {\n      id\n      title\n      stage\n      hasLead\n      cohort {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment BoardStudyFields on OpportunityStudy {\n    id\n    factoryId\n    title\n    roomTitle\n    stage\n    outcome\n    updatedAt\n    grid {\n      overall\n    }\n    call {\n      id\n      open\n    }\n    project {\n      id\n      title\n      stage\n      hasLead\n      cohort {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PipelineBoard($factoryId: ID!) {\n    opportunityStudies(factoryId: $factoryId, first: 50) {\n      totalCount\n      edges {\n        node {\n          ...BoardStudyFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PipelineBoard($factoryId: ID!) {\n    opportunityStudies(factoryId: $factoryId, first: 50) {\n      totalCount\n      edges {\n        node {\n          ...BoardStudyFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardStudy($id: ID!) {\n    opportunityStudy(id: $id) {\n      ...BoardStudyFields\n    }\n  }\n"): (typeof documents)["\n  query BoardStudy($id: ID!) {\n    opportunityStudy(id: $id) {\n      ...BoardStudyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PipelineEvents($factoryId: ID!) {\n    pipelineEvents(factoryId: $factoryId) {\n      seq\n      type\n      studyId\n      projectId\n      stage\n    }\n  }\n"): (typeof documents)["\n  subscription PipelineEvents($factoryId: ID!) {\n    pipelineEvents(factoryId: $factoryId) {\n      seq\n      type\n      studyId\n      projectId\n      stage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShortlistIdea($ideaId: ID!) {\n    shortlistIdea(ideaId: $ideaId) {\n      ...BoardStudyFields\n    }\n  }\n"): (typeof documents)["\n  mutation ShortlistIdea($ideaId: ID!) {\n    shortlistIdea(ideaId: $ideaId) {\n      ...BoardStudyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StudyFields on OpportunityStudy {\n    ...BoardStudyFields\n    ideaTitle\n    summary\n    decidedAt\n    sourceIdeaIds\n    room {\n      id\n      title\n    }\n    idea {\n      id\n      title\n    }\n    needs {\n      id\n      title\n    }\n    references {\n      note\n      initiative {\n        id\n        name\n      }\n    }\n    documents {\n      id\n      title\n      url\n    }\n    assessors {\n      userId\n      displayName\n    }\n    grid {\n      overall\n      criteria {\n        criterion {\n          id\n          label\n          description\n        }\n        count\n        average\n        min\n        max\n        spread\n        room {\n          count\n          average\n          spread\n        }\n        scores {\n          assessorName\n          score\n          comment\n          updatedAt\n        }\n      }\n    }\n    decisions {\n      id\n      outcome\n      decidedOn\n      members\n      rationale\n      recordedByName\n      createdAt\n      supersededBy {\n        id\n      }\n    }\n    call {\n      id\n      description\n      deadline\n      open\n      closedAt\n      applications {\n        id\n        name\n        contact\n        motivation\n        origin\n        createdAt\n      }\n    }\n    project {\n      lead {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment StudyFields on OpportunityStudy {\n    ...BoardStudyFields\n    ideaTitle\n    summary\n    decidedAt\n    sourceIdeaIds\n    room {\n      id\n      title\n    }\n    idea {\n      id\n      title\n    }\n    needs {\n      id\n      title\n    }\n    references {\n      note\n      initiative {\n        id\n        name\n      }\n    }\n    documents {\n      id\n      title\n      url\n    }\n    assessors {\n      userId\n      displayName\n    }\n    grid {\n      overall\n      criteria {\n        criterion {\n          id\n          label\n          description\n        }\n        count\n        average\n        min\n        max\n        spread\n        room {\n          count\n          average\n          spread\n        }\n        scores {\n          assessorName\n          score\n          comment\n          updatedAt\n        }\n      }\n    }\n    decisions {\n      id\n      outcome\n      decidedOn\n      members\n      rationale\n      recordedByName\n      createdAt\n      supersededBy {\n        id\n      }\n    }\n    call {\n      id\n      description\n      deadline\n      open\n      closedAt\n      applications {\n        id\n        name\n        contact\n        motivation\n        origin\n        createdAt\n      }\n    }\n    project {\n      lead {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Study($id: ID!) {\n    opportunityStudy(id: $id) {\n      ...StudyFields\n    }\n    viewer {\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query Study($id: ID!) {\n    opportunityStudy(id: $id) {\n      ...StudyFields\n    }\n    viewer {\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortOptions($factoryId: ID!) {\n    cohorts(factoryId: $factoryId) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query CohortOptions($factoryId: ID!) {\n    cohorts(factoryId: $factoryId) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStudy($input: UpdateStudyInput!) {\n    updateStudy(input: $input) {\n      id\n      summary\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateStudy($input: UpdateStudyInput!) {\n    updateStudy(input: $input) {\n      id\n      summary\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddStudyDocument($input: StudyDocumentInput!) {\n    addStudyDocument(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddStudyDocument($input: StudyDocumentInput!) {\n    addStudyDocument(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveStudyDocument($id: ID!) {\n    removeStudyDocument(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveStudyDocument($id: ID!) {\n    removeStudyDocument(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddStudyAssessor($input: StudyAssessorInput!) {\n    addStudyAssessor(input: $input) {\n      id\n      assessors {\n        userId\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddStudyAssessor($input: StudyAssessorInput!) {\n    addStudyAssessor(input: $input) {\n      id\n      assessors {\n        userId\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveStudyAssessor($studyId: ID!, $userId: ID!) {\n    removeStudyAssessor(studyId: $studyId, userId: $userId) {\n      id\n      assessors {\n        userId\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveStudyAssessor($studyId: ID!, $userId: ID!) {\n    removeStudyAssessor(studyId: $studyId, userId: $userId) {\n      id\n      assessors {\n        userId\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScoreStudy($input: ScoreStudyInput!) {\n    scoreStudy(input: $input) {\n      ...StudyFields\n    }\n  }\n"): (typeof documents)["\n  mutation ScoreStudy($input: ScoreStudyInput!) {\n    scoreStudy(input: $input) {\n      ...StudyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenCall($input: OpenCallInput!) {\n    openCall(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OpenCall($input: OpenCallInput!) {\n    openCall(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseCall($id: ID!) {\n    closeCall(id: $id) {\n      id\n      open\n      closedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CloseCall($id: ID!) {\n    closeCall(id: $id) {\n      id\n      open\n      closedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChooseLead($applicationId: ID!) {\n    chooseLead(applicationId: $applicationId) {\n      id\n      hasLead\n      lead {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChooseLead($applicationId: ID!) {\n    chooseLead(applicationId: $applicationId) {\n      id\n      hasLead\n      lead {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartProject($input: StartProjectInput!) {\n    startProject(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation StartProject($input: StartProjectInput!) {\n    startProject(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicCall($id: ID!) {\n    entrepreneurCall(id: $id) {\n      id\n      title\n      description\n      deadline\n      open\n    }\n  }\n"): (typeof documents)["\n  query PublicCall($id: ID!) {\n    entrepreneurCall(id: $id) {\n      id\n      title\n      description\n      deadline\n      open\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyToCall($input: ApplyToCallInput!) {\n    applyToCall(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyToCall($input: ApplyToCallInput!) {\n    applyToCall(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectFields on Project {\n    id\n    factoryId\n    title\n    summary\n    stage\n    hasLead\n    jobs\n    beneficiaries\n    turnoverBand\n    launchedAt\n    stoppedAt\n    stoppedReason\n    lead {\n      id\n      name\n    }\n    cohort {\n      id\n      name\n    }\n    study {\n      id\n      title\n    }\n    milestones {\n      id\n      title\n      plannedOn\n      doneOn\n    }\n    initiative {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ProjectFields on Project {\n    id\n    factoryId\n    title\n    summary\n    stage\n    hasLead\n    jobs\n    beneficiaries\n    turnoverBand\n    launchedAt\n    stoppedAt\n    stoppedReason\n    lead {\n      id\n      name\n    }\n    cohort {\n      id\n      name\n    }\n    study {\n      id\n      title\n    }\n    milestones {\n      id\n      title\n      plannedOn\n      doneOn\n    }\n    initiative {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Project($id: ID!) {\n    project(id: $id) {\n      ...ProjectFields\n    }\n  }\n"): (typeof documents)["\n  query Project($id: ID!) {\n    project(id: $id) {\n      ...ProjectFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      ...ProjectFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      ...ProjectFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LaunchProject($projectId: ID!) {\n    launchProject(projectId: $projectId) {\n      ...ProjectFields\n    }\n  }\n"): (typeof documents)["\n  mutation LaunchProject($projectId: ID!) {\n    launchProject(projectId: $projectId) {\n      ...ProjectFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StopProject($projectId: ID!, $reason: String!) {\n    stopProject(projectId: $projectId, reason: $reason) {\n      ...ProjectFields\n    }\n  }\n"): (typeof documents)["\n  mutation StopProject($projectId: ID!, $reason: String!) {\n    stopProject(projectId: $projectId, reason: $reason) {\n      ...ProjectFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveMilestone($input: MilestoneInput!) {\n    saveMilestone(input: $input) {\n      id\n      title\n      plannedOn\n      doneOn\n    }\n  }\n"): (typeof documents)["\n  mutation SaveMilestone($input: MilestoneInput!) {\n    saveMilestone(input: $input) {\n      id\n      title\n      plannedOn\n      doneOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMilestone($id: ID!) {\n    deleteMilestone(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteMilestone($id: ID!) {\n    deleteMilestone(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishProject($input: PublishProjectInput!) {\n    publishProjectToLibrary(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation PublishProject($input: PublishProjectInput!) {\n    publishProjectToLibrary(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cohorts($factoryId: ID!) {\n    cohorts(factoryId: $factoryId) {\n      id\n      name\n      startsOn\n      endsOn\n      projects {\n        id\n        title\n        stage\n        hasLead\n        jobs\n        launchedAt\n        lead {\n          id\n          name\n        }\n        milestones {\n          id\n          doneOn\n        }\n      }\n    }\n    projects(factoryId: $factoryId, first: 50) {\n      edges {\n        node {\n          id\n          title\n          stage\n          cohort {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Cohorts($factoryId: ID!) {\n    cohorts(factoryId: $factoryId) {\n      id\n      name\n      startsOn\n      endsOn\n      projects {\n        id\n        title\n        stage\n        hasLead\n        jobs\n        launchedAt\n        lead {\n          id\n          name\n        }\n        milestones {\n          id\n          doneOn\n        }\n      }\n    }\n    projects(factoryId: $factoryId, first: 50) {\n      edges {\n        node {\n          id\n          title\n          stage\n          cohort {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FunnelReport($factoryId: ID!, $from: DateTime, $to: DateTime) {\n    pipelineFunnelReport(factoryId: $factoryId, from: $from, to: $to) {\n      csv\n      rows {\n        label\n        scope\n        scopeId\n        needs\n        ideas\n        shortlisted\n        studied\n        go\n        launched\n        jobsCreated\n      }\n    }\n  }\n"): (typeof documents)["\n  query FunnelReport($factoryId: ID!, $from: DateTime, $to: DateTime) {\n    pipelineFunnelReport(factoryId: $factoryId, from: $from, to: $to) {\n      csv\n      rows {\n        label\n        scope\n        scopeId\n        needs\n        ideas\n        shortlisted\n        studied\n        go\n        launched\n        jobsCreated\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Criteria($factoryId: ID!) {\n    studyCriteria(factoryId: $factoryId, includeArchived: true) {\n      id\n      label\n      description\n      position\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  query Criteria($factoryId: ID!) {\n    studyCriteria(factoryId: $factoryId, includeArchived: true) {\n      id\n      label\n      description\n      position\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveCriterion($input: StudyCriterionInput!) {\n    saveStudyCriterion(input: $input) {\n      id\n      label\n      description\n      position\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SaveCriterion($input: StudyCriterionInput!) {\n    saveStudyCriterion(input: $input) {\n      id\n      label\n      description\n      position\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveCriterion($id: ID!) {\n    archiveStudyCriterion(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveCriterion($id: ID!) {\n    archiveStudyCriterion(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenData($slug: String!) {\n    factory(slug: $slug) {\n      id\n      pipelineOpenData\n    }\n  }\n"): (typeof documents)["\n  query OpenData($slug: String!) {\n    factory(slug: $slug) {\n      id\n      pipelineOpenData\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOpenData($factoryId: ID!, $open: Boolean!) {\n    setPipelineOpenData(factoryId: $factoryId, open: $open)\n  }\n"): (typeof documents)["\n  mutation SetOpenData($factoryId: ID!, $open: Boolean!) {\n    setPipelineOpenData(factoryId: $factoryId, open: $open)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParticipantFields on Participant {\n    id\n    displayName\n    isFacilitator\n  }\n"): (typeof documents)["\n  fragment ParticipantFields on Participant {\n    id\n    displayName\n    isFacilitator\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IdeaFields on Idea {\n    id\n    roomId\n    title\n    description\n    need\n    beneficiaries\n    economicModel\n    author {\n      ...ParticipantFields\n    }\n    clusterId\n    position\n    needIds\n    mergedFromIds\n    private\n    votes {\n      total\n      voters\n      mine\n    }\n    matrix {\n      impact\n      feasibility\n    }\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment IdeaFields on Idea {\n    id\n    roomId\n    title\n    description\n    need\n    beneficiaries\n    economicModel\n    author {\n      ...ParticipantFields\n    }\n    clusterId\n    position\n    needIds\n    mergedFromIds\n    private\n    votes {\n      total\n      voters\n      mine\n    }\n    matrix {\n      impact\n      feasibility\n    }\n    createdAt\n    updatedAt\n  }\n"];
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
export function graphql(source: "\n  subscription RoomEvents($roomId: ID!, $afterSeq: Int) {\n    roomEvents(roomId: $roomId, afterSeq: $afterSeq) {\n      __typename\n      seq\n      at\n      ... on ParticipantJoined {\n        participant {\n          ...ParticipantFields\n        }\n      }\n      ... on ParticipantRemoved {\n        participantId\n      }\n      ... on PhaseChanged {\n        phase\n        timer {\n          ...TimerFields\n        }\n      }\n      ... on TimerChanged {\n        timer {\n          ...TimerFields\n        }\n      }\n      ... on RoomSettingsChanged {\n        settings {\n          ...SettingsFields\n        }\n        locked\n        ideasRevealed\n        talliesRevealed\n      }\n      ... on IdeaAdded {\n        idea {\n          ...IdeaFields\n        }\n      }\n      ... on IdeaUpdated {\n        idea {\n          ...IdeaFields\n          ...IdeaReferences\n        }\n      }\n      ... on IdeaRemoved {\n        ideaId\n      }\n      ... on IdeasMerged {\n        idea {\n          ...IdeaFields\n        }\n        sourceIds\n      }\n      ... on IdeasRevealed {\n        ideas {\n          ...IdeaFields\n        }\n      }\n      ... on ClusterChanged {\n        cluster {\n          ...ClusterFields\n        }\n      }\n      ... on ClusterRemoved {\n        clusterId\n      }\n      ... on VoteTallyChanged {\n        tally {\n          ideaId\n          total\n          voters\n        }\n      }\n      ... on MyVotesChanged {\n        ideaId\n        mine\n        used\n        remaining\n      }\n      ... on VoteProgressChanged {\n        progress {\n          participant {\n            ...ParticipantFields\n          }\n          used\n        }\n      }\n      ... on TalliesRevealed {\n        tallies {\n          ideaId\n          total\n          voters\n        }\n      }\n      ... on PresenceChanged {\n        present {\n          ...ParticipantFields\n        }\n      }\n      ... on ReferencePushed {\n        forIdeaId: ideaId\n        pushedBy\n        initiative {\n          id\n          name\n          summary\n          themes\n          transferable\n          replicationMode\n          place {\n            town\n            region\n          }\n          sources {\n            url\n            title\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription RoomEvents($roomId: ID!, $afterSeq: Int) {\n    roomEvents(roomId: $roomId, afterSeq: $afterSeq) {\n      __typename\n      seq\n      at\n      ... on ParticipantJoined {\n        participant {\n          ...ParticipantFields\n        }\n      }\n      ... on ParticipantRemoved {\n        participantId\n      }\n      ... on PhaseChanged {\n        phase\n        timer {\n          ...TimerFields\n        }\n      }\n      ... on TimerChanged {\n        timer {\n          ...TimerFields\n        }\n      }\n      ... on RoomSettingsChanged {\n        settings {\n          ...SettingsFields\n        }\n        locked\n        ideasRevealed\n        talliesRevealed\n      }\n      ... on IdeaAdded {\n        idea {\n          ...IdeaFields\n        }\n      }\n      ... on IdeaUpdated {\n        idea {\n          ...IdeaFields\n          ...IdeaReferences\n        }\n      }\n      ... on IdeaRemoved {\n        ideaId\n      }\n      ... on IdeasMerged {\n        idea {\n          ...IdeaFields\n        }\n        sourceIds\n      }\n      ... on IdeasRevealed {\n        ideas {\n          ...IdeaFields\n        }\n      }\n      ... on ClusterChanged {\n        cluster {\n          ...ClusterFields\n        }\n      }\n      ... on ClusterRemoved {\n        clusterId\n      }\n      ... on VoteTallyChanged {\n        tally {\n          ideaId\n          total\n          voters\n        }\n      }\n      ... on MyVotesChanged {\n        ideaId\n        mine\n        used\n        remaining\n      }\n      ... on VoteProgressChanged {\n        progress {\n          participant {\n            ...ParticipantFields\n          }\n          used\n        }\n      }\n      ... on TalliesRevealed {\n        tallies {\n          ideaId\n          total\n          voters\n        }\n      }\n      ... on PresenceChanged {\n        present {\n          ...ParticipantFields\n        }\n      }\n      ... on ReferencePushed {\n        forIdeaId: ideaId\n        pushedBy\n        initiative {\n          id\n          name\n          summary\n          themes\n          transferable\n          replicationMode\n          place {\n            town\n            region\n          }\n          sources {\n            url\n            title\n          }\n        }\n      }\n    }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    scopes\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n"): (typeof documents)["\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    scopes\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FactoryApiTokens($slug: String!) {\n    factory(slug: $slug) {\n      id\n      apiTokens {\n        ...ApiTokenFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query FactoryApiTokens($slug: String!) {\n    factory(slug: $slug) {\n      id\n      apiTokens {\n        ...ApiTokenFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;