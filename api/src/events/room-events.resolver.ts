import { Arg, Ctx, ID, Int, Mutation, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../core/context.js';
import { idOf } from '../core/graphql/node.js';
import { RoomEvent } from './event.types.js';
import { roomEventStream, setEditing } from './room-events.service.js';

@Resolver()
export class RoomEventsResolver {
  @Subscription(() => RoomEvent, {
    description:
      'Everything that happens in a room, in order. Give the last `seq` you received as `afterSeq` to get exactly what you missed, then live events; omit it to start from now. A PresenceChanged comes first, then whenever presence changes.',
    subscribe: ({ args, context }) => roomEventStream(context as Context, idOf(args.roomId as string, 'Room', 'roomId'), (args.afterSeq as number | null | undefined) ?? null),
  })
  roomEvents(
    @Root() event: RoomEvent,
    @Arg('roomId', () => ID, { description: 'The room.' }) _roomId: string,
    @Arg('afterSeq', () => Int, { nullable: true, description: 'Deliver events after this sequence number (stored ones first).' }) _afterSeq: number | null,
    @Ctx() _ctx: Context,
  ): RoomEvent {
    return event;
  }

  @Mutation(() => Boolean, {
    description: 'Tells the room that the viewer started editing an idea (or stopped, with no ideaId). Not stored; it lapses after 30 s unless repeated, so repeat it every 15 s or so while editing.',
  })
  setEditing(
    @Arg('roomId', () => ID, { description: 'The room.' }) roomId: string,
    @Arg('ideaId', () => ID, { nullable: true, description: 'The idea being edited; omit when done.' }) ideaId: string | null,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return setEditing(ctx, idOf(roomId, 'Room', 'roomId'), ideaId ? idOf(ideaId, 'Idea', 'ideaId') : null);
  }
}
