import { Field, ID, InterfaceType } from 'type-graphql';
import { badUserInput } from '../errors.js';

/** Opaque global id: base64url of `Type:uuid`. Stable for the life of the object. */
export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`).toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function fromGlobalId(globalId: string): { type: string; id: string } | null {
  if (typeof globalId !== 'string' || globalId.length > 200) return null;
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const at = decoded.indexOf(':');
  if (at <= 0) return null;
  const type = decoded.slice(0, at);
  const id = decoded.slice(at + 1);
  return UUID.test(id) ? { type, id } : null;
}

/** The uuid behind a global id of the expected type, or BAD_USER_INPUT naming the argument. */
export function idOf(globalId: string, type: string, argument = 'id'): string {
  const parsed = fromGlobalId(globalId);
  if (!parsed || parsed.type !== type) {
    throw badUserInput(`"${argument}" is not a valid ${type} id.`, { [argument]: [`must be a ${type} id`] });
  }
  return parsed.id;
}

/** Objects with a stable global id, fetchable through `node(id)`. */
@InterfaceType('Node', {
  description: 'An object with a stable, opaque global id that `node(id:)` can fetch again.',
  // Entity class names are the GraphQL type names; plain view objects say theirs in __typename.
  resolveType: (value: object) => (value as { __typename?: string }).__typename ?? value.constructor.name,
})
export abstract class Node {
  @Field(() => ID, { name: 'id', description: 'Opaque global id of the object.' })
  nodeId: string;
}
