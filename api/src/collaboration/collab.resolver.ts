import { Arg, Ctx, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../core/context.js';
import { idOf, toGlobalId } from '../core/graphql/node.js';
import type { CollabMessage } from './doc.registry.js';
import { COLLAB_LIMITS, ideaDocStream, ideaDocument, pushAwareness, pushIdeaUpdate } from './collab.service.js';
import { IdeaDocMessage, IdeaDocMessageKind, IdeaDocumentState, IdeaUpdateAck } from './collab.types.js';

const ideaId = (id: string) => idOf(id, 'Idea', 'ideaId');
const CLIENT_ID = 'A random id the client picks once per document session: its own updates are not echoed back to it.';

@Resolver()
export class CollabResolver {
  @Query(() => IdeaDocumentState, {
    description: 'An idea card’s Yjs document (fields: title, description, need, beneficiaries, economicModel as Y.Text), or only what `stateVector` lacks.',
  })
  async ideaDocument(
    @Arg('ideaId', () => ID, { description: 'The idea.' }) id: string,
    @Arg('stateVector', () => String, { nullable: true, description: 'Base64 Yjs state vector of the client’s document.' }) stateVector: string | null,
    @Ctx() ctx: Context,
  ): Promise<IdeaDocumentState> {
    const state = await ideaDocument(ctx, ideaId(id), stateVector);
    return { ...state, ideaId: id };
  }

  @Mutation(() => IdeaUpdateAck, {
    description: `Stores a Yjs update of an idea card and answers once it is durable; then sends it to the other editors. Participants of the room and facilitators; PHASE_CLOSED once the room is closed. BAD_USER_INPUT for an update that is not a Yjs update, over ${COLLAB_LIMITS.maxUpdateBytes} bytes, or that would make the document exceed ${COLLAB_LIMITS.maxDocumentBytes} bytes; RATE_LIMITED past ${COLLAB_LIMITS.messagesPerSecond} messages per second.`,
  })
  async pushIdeaUpdate(
    @Arg('ideaId', () => ID, { description: 'The idea.' }) id: string,
    @Arg('update', () => String, { description: 'Base64 Yjs update (v1).' }) update: string,
    @Arg('clientId', () => String, { nullable: true, description: CLIENT_ID }) clientId: string | null,
    @Ctx() ctx: Context,
  ): Promise<IdeaUpdateAck> {
    const ack = await pushIdeaUpdate(ctx, ideaId(id), update, clientId);
    return { ...ack, ideaId: id };
  }

  @Mutation(() => Boolean, { description: `Sends awareness (caret, selection, name) to the card’s other editors; never stored. At most ${COLLAB_LIMITS.maxAwarenessBytes} bytes.` })
  pushAwareness(
    @Arg('ideaId', () => ID, { description: 'The idea.' }) id: string,
    @Arg('awareness', () => String, { description: 'Base64 awareness update (y-protocols/awareness encoding).' }) awareness: string,
    @Arg('clientId', () => String, { nullable: true, description: CLIENT_ID }) clientId: string | null,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return pushAwareness(ctx, ideaId(id), awareness, clientId);
  }

  @Subscription(() => IdeaDocMessage, {
    description:
      'Co-editing an idea card: first an UPDATE with what `stateVector` lacks (the whole document without one), then the other editors’ updates and awareness. After a reconnection, subscribe again with your state vector and push what the server lacks.',
    subscribe: ({ args, context }) =>
      ideaDocStream(context as Context, ideaId(args.ideaId as string), args.stateVector as string | null | undefined, args.clientId as string | null | undefined),
  })
  ideaDocUpdates(
    @Root() message: CollabMessage,
    @Arg('ideaId', () => ID, { description: 'The idea.' }) _ideaId: string,
    @Arg('stateVector', () => String, { nullable: true, description: 'Base64 Yjs state vector of the client’s document.' }) _stateVector: string | null,
    @Arg('clientId', () => String, { nullable: true, description: CLIENT_ID }) _clientId: string | null,
  ): IdeaDocMessage {
    return {
      ideaId: toGlobalId('Idea', message.ideaId),
      kind: message.kind === 'update' ? IdeaDocMessageKind.UPDATE : IdeaDocMessageKind.AWARENESS,
      data: message.data,
      origin: message.origin,
    };
  }
}
