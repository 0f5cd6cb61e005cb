import { Field, Int, ObjectType, ArgsType } from 'type-graphql';
import { Max, Min, MaxLength } from 'class-validator';
import type { ClassType } from 'type-graphql';
import { badUserInput } from '../errors.js';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ObjectType({ description: 'Where a page sits in a list (Relay cursor connections).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether more items follow this page.' })
  hasNextPage: boolean;

  @Field(() => Boolean, { description: 'Whether items precede this page.' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page.' })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the page; pass it as `after` for the next page.' })
  endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `How many items to return (1–${MAX_PAGE_SIZE}, default ${DEFAULT_PAGE_SIZE}).` })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Return the items after this cursor.' })
  @MaxLength(200)
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** Counts the whole list; called only when the client asks for `totalCount`. */
  count: () => Promise<number>;
}

/** Declares `<Name>Connection` and `<Name>Edge` types for a node type. */
export function connectionType<T extends object>(nodeType: ClassType<T>, name: string, what: string) {
  @ObjectType(`${name}Edge`, { description: `One ${what} in a list, with its cursor.` })
  class EdgeType {
    @Field(() => String, { description: 'Opaque cursor of this item.' })
    cursor: string;

    @Field(() => nodeType, { description: `The ${what}.` })
    node: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${what} items (Relay cursor connection).` })
  class ConnectionType implements ConnectionShape<T> {
    @Field(() => [EdgeType], { description: 'The items of this page, in order.' })
    edges: Edge<T>[];

    @Field(() => PageInfo, { description: 'Where this page sits in the whole list.' })
    pageInfo: PageInfo;

    count: () => Promise<number>;

    @Field(() => Int, { description: 'How many items the whole list holds, all pages together.' })
    totalCount(): Promise<number> {
      return this.count();
    }
  }
  return ConnectionType;
}

/** Keyset cursor over (createdAt, id), newest first. */
export interface KeysetCursor {
  createdAt: Date;
  id: string;
}

export function encodeCursor(c: KeysetCursor): string {
  return Buffer.from(JSON.stringify([c.createdAt.toISOString(), c.id])).toString('base64url');
}

export function decodeCursor(cursor: string): KeysetCursor {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    const createdAt = new Date(at);
    if (typeof id !== 'string' || Number.isNaN(createdAt.getTime())) throw new Error('bad cursor');
    return { createdAt, id };
  } catch {
    throw badUserInput('"after" is not a valid cursor.', { after: ['is not a cursor returned by this list'] });
  }
}

/** Builds a connection from `limit + 1` rows fetched newest first. */
export function toConnection<T extends KeysetCursor>(rows: T[], limit: number, hasPrevious: boolean, count: () => Promise<number>): ConnectionShape<T> {
  const page = rows.slice(0, limit);
  const edges = page.map((node) => ({ cursor: encodeCursor(node), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > limit,
      hasPreviousPage: hasPrevious,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    count,
  };
}
