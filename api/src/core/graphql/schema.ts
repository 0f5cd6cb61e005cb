import 'reflect-metadata';
import { DateTimeResolver } from 'graphql-scalars';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { FactoryResolver, TerritoryResolver } from '../../factories/factory.resolver.js';
import { getFactory, getTerritory } from '../../factories/factory.service.js';
import { IdentityResolver, MembershipResolver, UserResolver } from '../../identity/identity.resolver.js';
import { currentUser } from '../../identity/identity.service.js';
import { FactoryNeedsResolver, NeedResolver } from '../../needs/need.resolver.js';
import { getNeed } from '../../needs/need.service.js';
import { nodeResolver, type NodeFetchers } from './node.resolver.js';

const nodeFetchers: NodeFetchers = {
  Factory: getFactory,
  Territory: getTerritory,
  Need: getNeed,
  User: async (ctx, id) => {
    const me = await currentUser(ctx);
    return me?.id === id ? me : null;
  },
};

export async function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [nodeResolver(nodeFetchers), IdentityResolver, UserResolver, MembershipResolver, FactoryResolver, TerritoryResolver, NeedResolver, FactoryNeedsResolver],
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
    emitSchemaFile: false,
  });
}

/** The SDL committed as schema.graphql: sorted, so that it only changes when the API does. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
