import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLArmorConfig } from '@escape.tech/graphql-armor-types';

/**
 * Published limits of the public API, the same over HTTP and WebSocket. External developers find them
 * in the README; errors name the limit that was hit.
 */
export const LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxCost: 20_000,
  maxTokens: 3_000,
  maxDirectives: 20,
  /** HTTP request body. */
  maxBodyBytes: 256 * 1024,
  /** One WebSocket message. */
  maxWsMessageBytes: 256 * 1024,
} as const;

export const armorConfig: GraphQLArmorConfig = {
  maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: true, exposeLimits: true },
  maxAliases: { n: LIMITS.maxAliases, exposeLimits: true },
  costLimit: { maxCost: LIMITS.maxCost, ignoreIntrospection: true, exposeLimits: true },
  maxTokens: { n: LIMITS.maxTokens, exposeLimits: true },
  maxDirectives: { n: LIMITS.maxDirectives, exposeLimits: true },
  blockFieldSuggestion: { enabled: true },
};

export function armor() {
  return new ApolloArmor(armorConfig).protect();
}
