import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

@ObjectType('IdeaDocumentState', { description: 'An idea card’s Yjs document, or the part a client lacks.' })
export class IdeaDocumentState {
  @Field(() => ID, { description: 'The idea.' })
  ideaId!: string;

  @Field(() => String, { description: 'Base64 Yjs update (v1) holding what the given state vector lacks, or the whole document without one.' })
  update!: string;

  @Field(() => String, { description: 'Base64 state vector of the server’s document: send it what your document has beyond it (Y.encodeStateAsUpdate(doc, stateVector)).' })
  stateVector!: string;
}

@ObjectType('IdeaUpdateAck', { description: 'An update is acknowledged only once it is stored in the database.' })
export class IdeaUpdateAck {
  @Field(() => ID, { description: 'The idea.' })
  ideaId!: string;

  @Field(() => String, { description: 'Base64 state vector of the server’s document after the update.' })
  stateVector!: string;

  @Field(() => Boolean, { description: 'False when the server already had everything in the update: nothing was stored (re-sent updates are harmless).' })
  stored!: boolean;
}

export enum IdeaDocMessageKind {
  UPDATE = 'UPDATE',
  AWARENESS = 'AWARENESS',
}
registerEnumType(IdeaDocMessageKind, {
  name: 'IdeaDocMessageKind',
  description: 'What an IdeaDocMessage carries.',
  valuesConfig: {
    UPDATE: { description: 'A Yjs update (v1), to apply with Y.applyUpdate.' },
    AWARENESS: { description: 'An awareness update (y-protocols/awareness encoding), ephemeral: never stored.' },
  },
});

@ObjectType('IdeaDocMessage', { description: 'A message on an idea card’s co-editing stream.' })
export class IdeaDocMessage {
  @Field(() => ID, { description: 'The idea.' })
  ideaId!: string;

  @Field(() => IdeaDocMessageKind, { description: 'Update or awareness.' })
  kind!: IdeaDocMessageKind;

  @Field(() => String, { description: 'Base64 bytes of the update or awareness message.' })
  data!: string;

  @Field(() => String, { nullable: true, description: 'The clientId of the editor that sent it; null for the server (the initial state, plain edits) and for updates of several editors stored together (which may then include your own: applying it again changes nothing).' })
  origin!: string | null;
}
