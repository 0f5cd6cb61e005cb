import 'reflect-metadata';
import type { Context } from '../context.js';
import { DateTimeResolver } from 'graphql-scalars';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { createPubSub } from '@graphql-yoga/subscription';
import { FactoryResolver, TerritoryResolver } from '../../factories/factory.resolver.js';
import { getFactory, getTerritory } from '../../factories/factory.service.js';
import { IdentityResolver, MembershipResolver, UserResolver } from '../../identity/identity.resolver.js';
import { currentUser } from '../../identity/identity.service.js';
import { FactoryNeedsResolver, NeedResolver } from '../../needs/need.resolver.js';
import { getNeed } from '../../needs/need.service.js';
import { nodeResolver, type NodeFetchers } from './node.resolver.js';
import { FactoryRoomsResolver, RoomResolver } from '../../rooms/room.resolver.js';
import { getRoom } from '../../rooms/room.service.js';
import { IdeaResolver } from '../../ideas/idea.resolver.js';
import { VoteResolver } from '../../votes/vote.resolver.js';
import { RoomEventsResolver } from '../../events/room-events.resolver.js';
import { eventTypes } from '../../events/event.types.js';
import { ideaNode } from '../../ideas/idea.service.js';
import { FactoryLibraryResolver, IdeaReferencesResolver, LibraryResolver, ReferenceLinkResolver } from '../../library/library.resolver.js';
import { getInitiative, getLibrary } from '../../library/library.service.js';
import { CollabResolver } from '../../collaboration/collab.resolver.js';
import { SteeringDecisionResolver, StudyResolver } from '../../studies/study.resolver.js';
import { getDecision } from '../../studies/decision.service.js';
import { getStudy, getStudyDocument } from '../../studies/study.service.js';
import { getCriterion } from '../../studies/criteria.js';
import { RoomVoteResolver } from '../../studies/room-vote.js';
import { CohortResolver, EntrepreneurCallResolver, InitiativeProvenanceResolver, ProjectResolver, StudyProjectResolver } from '../../projects/project.resolver.js';
import { getApplication, getCall } from '../../projects/call.service.js';
import { getCohort, getMilestone, getProject } from '../../projects/project.service.js';
import { ReportingResolver } from '../../reporting/reporting.resolver.js';
import { PipelineEventsResolver } from '../../pipeline/pipeline-events.js';
// Every entity module, so that the schema holds the same types whatever else was imported first.
import '../database/entities.js';

const nodeFetchers: NodeFetchers = {
  Factory: getFactory,
  Territory: getTerritory,
  Need: getNeed,
  Room: (ctx, id) => getRoom(ctx, id),
  Idea: ideaNode,
  Initiative: getInitiative,
  Library: getLibrary,
  OpportunityStudy: (ctx, id) => getStudy(ctx, id),
  SteeringDecision: getDecision,
  EntrepreneurCall: getCall,
  Cohort: getCohort,
  Project: (ctx, id) => getProject(ctx, id),
  StudyCriterion: getCriterion,
  StudyDocument: getStudyDocument,
  CallApplication: getApplication,
  ProjectMilestone: getMilestone,
  User: async (ctx, id) => {
    const me = await currentUser(ctx);
    return me?.id === id ? me : null;
  },
};

export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [
      nodeResolver(nodeFetchers), IdentityResolver, UserResolver, MembershipResolver, FactoryResolver, TerritoryResolver, NeedResolver, FactoryNeedsResolver,
      RoomResolver, FactoryRoomsResolver, IdeaResolver, VoteResolver, RoomEventsResolver,
      LibraryResolver, ReferenceLinkResolver, IdeaReferencesResolver, FactoryLibraryResolver,
      CollabResolver,
      StudyResolver, SteeringDecisionResolver, RoomVoteResolver, ProjectResolver, EntrepreneurCallResolver, StudyProjectResolver, CohortResolver, InitiativeProvenanceResolver,
      ReportingResolver, PipelineEventsResolver,
    ],
    orphanedTypes: eventTypes,
    // Required by type-graphql for any subscription; ours bring their own iterators (events/room-feed.ts).
    pubSub: createPubSub(),
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
    emitSchemaFile: false,
  });
  // type-graphql does not describe the root types; the public API describes everything.
  schema.getQueryType()!.description = 'Reads. Lists are Relay connections with a maximum page size; see the README for the published limits.';
  schema.getMutationType()!.description = 'Writes. Each mutation is atomic: it applies completely or not at all.';
  const subscription = schema.getSubscriptionType();
  if (subscription) subscription.description = 'Live events, over graphql-ws on the same /graphql endpoint.';
  freshLoadsPerMutation(schema);
  return schema;
}

/** The SDL committed as schema.graphql: sorted, so that it only changes when the API does. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

/**
 * Mutations of one request run in turn: each starts with empty per-request loaders, so that its result
 * (and the next mutation's) never reads what an earlier one loaded before changing it. Wrapped once here,
 * on the root fields only: no cost on other fields.
 */
function freshLoadsPerMutation(schema: GraphQLSchema): void {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const resolve = field.resolve;
    if (!resolve) continue;
    field.resolve = (source, args, context: Context, info) => {
      context.loaders.clear();
      return resolve(source, args, context, info);
    };
  }
}
