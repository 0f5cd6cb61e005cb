import { graphql } from '../../gql';

/** What a card of the pipeline board shows. */
export const BoardStudyFields = graphql(`
  fragment BoardStudyFields on OpportunityStudy {
    id
    factoryId
    title
    roomTitle
    stage
    outcome
    updatedAt
    grid {
      overall
    }
    call {
      id
      open
    }
    project {
      id
      title
      stage
      hasLead
      cohort {
        id
        name
      }
    }
  }
`);

export const PipelineBoardDocument = graphql(`
  query PipelineBoard($factoryId: ID!) {
    opportunityStudies(factoryId: $factoryId, first: 50) {
      totalCount
      edges {
        node {
          ...BoardStudyFields
        }
      }
    }
  }
`);

/** One study as the board shows it, read again after an event. */
export const BoardStudyDocument = graphql(`
  query BoardStudy($id: ID!) {
    opportunityStudy(id: $id) {
      ...BoardStudyFields
    }
  }
`);

export const PipelineEventsDocument = graphql(`
  subscription PipelineEvents($factoryId: ID!) {
    pipelineEvents(factoryId: $factoryId) {
      seq
      type
      studyId
      projectId
      stage
    }
  }
`);

export const ShortlistIdeaDocument = graphql(`
  mutation ShortlistIdea($ideaId: ID!) {
    shortlistIdea(ideaId: $ideaId) {
      ...BoardStudyFields
    }
  }
`);

export const StudyFields = graphql(`
  fragment StudyFields on OpportunityStudy {
    ...BoardStudyFields
    ideaTitle
    summary
    decidedAt
    sourceIdeaIds
    room {
      id
      title
    }
    idea {
      id
      title
    }
    needs {
      id
      title
    }
    references {
      note
      initiative {
        id
        name
      }
    }
    documents {
      id
      title
      url
    }
    assessors {
      userId
      displayName
    }
    grid {
      overall
      criteria {
        criterion {
          id
          label
          description
        }
        count
        average
        min
        max
        spread
        room {
          count
          average
          spread
        }
        scores {
          assessorName
          score
          comment
          updatedAt
        }
      }
    }
    decisions {
      id
      outcome
      decidedOn
      members
      rationale
      recordedByName
      createdAt
      supersededBy {
        id
      }
    }
    call {
      id
      description
      deadline
      open
      closedAt
      applications {
        id
        name
        contact
        motivation
        origin
        createdAt
      }
    }
    project {
      lead {
        id
        name
      }
    }
  }
`);

export const StudyDocument = graphql(`
  query Study($id: ID!) {
    opportunityStudy(id: $id) {
      ...StudyFields
    }
    viewer {
      user {
        id
        displayName
      }
    }
  }
`);

export const CohortOptionsDocument = graphql(`
  query CohortOptions($factoryId: ID!) {
    cohorts(factoryId: $factoryId) {
      id
      name
    }
  }
`);

export const UpdateStudyDocument = graphql(`
  mutation UpdateStudy($input: UpdateStudyInput!) {
    updateStudy(input: $input) {
      id
      summary
      title
    }
  }
`);

export const AddStudyDocumentDocument = graphql(`
  mutation AddStudyDocument($input: StudyDocumentInput!) {
    addStudyDocument(input: $input) {
      id
    }
  }
`);

export const RemoveStudyDocumentDocument = graphql(`
  mutation RemoveStudyDocument($id: ID!) {
    removeStudyDocument(id: $id)
  }
`);

export const AddStudyAssessorDocument = graphql(`
  mutation AddStudyAssessor($input: StudyAssessorInput!) {
    addStudyAssessor(input: $input) {
      id
      assessors {
        userId
        displayName
      }
    }
  }
`);

export const RemoveStudyAssessorDocument = graphql(`
  mutation RemoveStudyAssessor($studyId: ID!, $userId: ID!) {
    removeStudyAssessor(studyId: $studyId, userId: $userId) {
      id
      assessors {
        userId
        displayName
      }
    }
  }
`);

export const ScoreStudyDocument = graphql(`
  mutation ScoreStudy($input: ScoreStudyInput!) {
    scoreStudy(input: $input) {
      ...StudyFields
    }
  }
`);

export const RecordDecisionDocument = graphql(`
  mutation RecordDecision($input: RecordDecisionInput!) {
    recordDecision(input: $input) {
      id
    }
  }
`);

export const OpenCallDocument = graphql(`
  mutation OpenCall($input: OpenCallInput!) {
    openCall(input: $input) {
      id
    }
  }
`);

export const CloseCallDocument = graphql(`
  mutation CloseCall($id: ID!) {
    closeCall(id: $id) {
      id
      open
      closedAt
    }
  }
`);

export const ChooseLeadDocument = graphql(`
  mutation ChooseLead($applicationId: ID!) {
    chooseLead(applicationId: $applicationId) {
      id
      hasLead
      lead {
        id
        name
      }
    }
  }
`);

export const StartProjectDocument = graphql(`
  mutation StartProject($input: StartProjectInput!) {
    startProject(input: $input) {
      id
    }
  }
`);

/** The public call form: readable without an account while the call is open. */
export const PublicCallDocument = graphql(`
  query PublicCall($id: ID!) {
    entrepreneurCall(id: $id) {
      id
      title
      description
      deadline
      open
    }
  }
`);

export const ApplyToCallDocument = graphql(`
  mutation ApplyToCall($input: ApplyToCallInput!) {
    applyToCall(input: $input) {
      id
      name
    }
  }
`);

export const ProjectFields = graphql(`
  fragment ProjectFields on Project {
    id
    factoryId
    title
    summary
    stage
    hasLead
    jobs
    beneficiaries
    turnoverBand
    launchedAt
    stoppedAt
    stoppedReason
    lead {
      id
      name
    }
    cohort {
      id
      name
    }
    study {
      id
      title
    }
    milestones {
      id
      title
      plannedOn
      doneOn
    }
    initiative {
      id
      name
    }
  }
`);

export const ProjectDocument = graphql(`
  query Project($id: ID!) {
    project(id: $id) {
      ...ProjectFields
    }
  }
`);

export const UpdateProjectDocument = graphql(`
  mutation UpdateProject($input: UpdateProjectInput!) {
    updateProject(input: $input) {
      ...ProjectFields
    }
  }
`);

export const LaunchProjectDocument = graphql(`
  mutation LaunchProject($projectId: ID!) {
    launchProject(projectId: $projectId) {
      ...ProjectFields
    }
  }
`);

export const StopProjectDocument = graphql(`
  mutation StopProject($projectId: ID!, $reason: String!) {
    stopProject(projectId: $projectId, reason: $reason) {
      ...ProjectFields
    }
  }
`);

export const SaveMilestoneDocument = graphql(`
  mutation SaveMilestone($input: MilestoneInput!) {
    saveMilestone(input: $input) {
      id
      title
      plannedOn
      doneOn
    }
  }
`);

export const DeleteMilestoneDocument = graphql(`
  mutation DeleteMilestone($id: ID!) {
    deleteMilestone(id: $id)
  }
`);

export const PublishProjectDocument = graphql(`
  mutation PublishProject($input: PublishProjectInput!) {
    publishProjectToLibrary(input: $input) {
      id
      name
    }
  }
`);

export const CohortsDocument = graphql(`
  query Cohorts($factoryId: ID!) {
    cohorts(factoryId: $factoryId) {
      id
      name
      startsOn
      endsOn
      projects {
        id
        title
        stage
        hasLead
        jobs
        launchedAt
        lead {
          id
          name
        }
        milestones {
          id
          doneOn
        }
      }
    }
    projects(factoryId: $factoryId, first: 50) {
      edges {
        node {
          id
          title
          stage
          cohort {
            id
          }
        }
      }
    }
  }
`);

export const CreateCohortDocument = graphql(`
  mutation CreateCohort($input: CreateCohortInput!) {
    createCohort(input: $input) {
      id
      name
    }
  }
`);

export const FunnelReportDocument = graphql(`
  query FunnelReport($factoryId: ID!, $from: DateTime, $to: DateTime) {
    pipelineFunnelReport(factoryId: $factoryId, from: $from, to: $to) {
      csv
      rows {
        label
        scope
        scopeId
        needs
        ideas
        shortlisted
        studied
        go
        launched
        jobsCreated
      }
    }
  }
`);

export const CriteriaDocument = graphql(`
  query Criteria($factoryId: ID!) {
    studyCriteria(factoryId: $factoryId, includeArchived: true) {
      id
      label
      description
      position
      archivedAt
    }
  }
`);

export const SaveCriterionDocument = graphql(`
  mutation SaveCriterion($input: StudyCriterionInput!) {
    saveStudyCriterion(input: $input) {
      id
      label
      description
      position
      archivedAt
    }
  }
`);

export const ArchiveCriterionDocument = graphql(`
  mutation ArchiveCriterion($id: ID!) {
    archiveStudyCriterion(id: $id) {
      id
      archivedAt
    }
  }
`);

export const OpenDataDocument = graphql(`
  query OpenData($slug: String!) {
    factory(slug: $slug) {
      id
      pipelineOpenData
    }
  }
`);

export const SetOpenDataDocument = graphql(`
  mutation SetOpenData($factoryId: ID!, $open: Boolean!) {
    setPipelineOpenData(factoryId: $factoryId, open: $open)
  }
`);
