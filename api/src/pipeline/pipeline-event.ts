import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

/** What happened in a factory's pipeline. Every stage change is one of these. */
export enum PipelineEventType {
  STUDY_CREATED = 'STUDY_CREATED',
  STUDY_SCORED = 'STUDY_SCORED',
  DECISION_RECORDED = 'DECISION_RECORDED',
  CALL_OPENED = 'CALL_OPENED',
  CALL_CLOSED = 'CALL_CLOSED',
  APPLICATION_RECEIVED = 'APPLICATION_RECEIVED',
  PROJECT_STARTED = 'PROJECT_STARTED',
  LEAD_CHOSEN = 'LEAD_CHOSEN',
  PROJECT_LAUNCHED = 'PROJECT_LAUNCHED',
  PROJECT_STOPPED = 'PROJECT_STOPPED',
  PROJECT_PUBLISHED = 'PROJECT_PUBLISHED',
}

registerEnumType(PipelineEventType, {
  name: 'PipelineEventType',
  description: 'What happened in the pipeline from idea to launched activity.',
  valuesConfig: {
    STUDY_CREATED: { description: 'An idea was shortlisted: an opportunity study exists.' },
    STUDY_SCORED: { description: 'An assessor scored a criterion of a study.' },
    DECISION_RECORDED: { description: 'The steering committee recorded a decision (GO, NO_GO or REWORK).' },
    CALL_OPENED: { description: 'A call for entrepreneurs opened.' },
    CALL_CLOSED: { description: 'A call for entrepreneurs closed.' },
    APPLICATION_RECEIVED: { description: 'Someone applied to a call (public form or entered by a facilitator).' },
    PROJECT_STARTED: { description: 'A project started (stage SUPPORT).' },
    LEAD_CHOSEN: { description: 'The project lead was chosen among the applications.' },
    PROJECT_LAUNCHED: { description: 'The project launched its activity.' },
    PROJECT_STOPPED: { description: 'The project stopped, with a reason.' },
    PROJECT_PUBLISHED: { description: 'A launched project was published in the library as an initiative.' },
  },
});

/** The ids an event refers to (global ids), as stored with it. */
export interface PipelineEventPayload {
  studyId?: string;
  projectId?: string;
  decisionId?: string;
  callId?: string;
  applicationId?: string;
  initiativeId?: string;
  /** The project stage or the decision outcome after the change. */
  stage?: string;
}

/** One stored event (pipeline_event row) as it crosses the bus. */
export interface StoredPipelineEvent {
  factoryId: string;
  seq: number;
  type: PipelineEventType;
  payload: PipelineEventPayload;
  at: string;
}

export const pipelineChannel = (factoryId: string) => `germoir:pipeline:${factoryId}`;

/** A pipeline event as clients see it. Objects are referred to by id: fetch them with `node(id:)`. */
@ObjectType('PipelineEvent', { description: 'A change in a factory’s pipeline (idea → study → decision → call → project → launch). Numbered per factory, gap-free, in commit order.' })
export class PipelineEvent {
  // Not named `seq` on the object: the WebSocket fan-out would then share one execution between viewers.
  @Field(() => Int, { name: 'seq', description: 'Number of the event in the factory’s pipeline log (1, 2, 3…).' })
  number: number;

  @Field(() => PipelineEventType, { description: 'What happened.' })
  type: PipelineEventType;

  @Field(() => Date, { description: 'When it was committed.' })
  at: Date;

  @Field(() => ID, { nullable: true, description: 'The opportunity study concerned.' })
  studyId: string | null;

  @Field(() => ID, { nullable: true, description: 'The project concerned, if any.' })
  projectId: string | null;

  @Field(() => ID, { nullable: true, description: 'The steering decision recorded (DECISION_RECORDED).' })
  decisionId: string | null;

  @Field(() => ID, { nullable: true, description: 'The call for entrepreneurs concerned, if any.' })
  callId: string | null;

  @Field(() => ID, { nullable: true, description: 'The application concerned (APPLICATION_RECEIVED, LEAD_CHOSEN).' })
  applicationId: string | null;

  @Field(() => ID, { nullable: true, description: 'The library initiative created (PROJECT_PUBLISHED).' })
  initiativeId: string | null;

  @Field(() => String, { nullable: true, description: 'The decision outcome or project stage after the change.' })
  stage: string | null;
}

export function toPipelineEvent(e: StoredPipelineEvent): PipelineEvent {
  const p = e.payload;
  return Object.assign(new PipelineEvent(), {
    number: e.seq,
    type: e.type,
    at: new Date(e.at),
    studyId: p.studyId ?? null,
    projectId: p.projectId ?? null,
    decisionId: p.decisionId ?? null,
    callId: p.callId ?? null,
    applicationId: p.applicationId ?? null,
    initiativeId: p.initiativeId ?? null,
    stage: p.stage ?? null,
  });
}
