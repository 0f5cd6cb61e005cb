import { MaxLength } from 'class-validator';
import { Arg, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../core/context.js';
import { idOf } from '../core/graphql/node.js';
import { MyVotesPayload } from '../rooms/room.types.js';
import * as votes from './vote.service.js';

@InputType('VoteInput', { description: 'One dot on an idea, added or retracted.' })
export class VoteInput {
  @Field(() => ID, { description: 'The idea.' })
  ideaId: string;

  @Field(() => String, { nullable: true, description: 'Any unique string per attempt: retrying with the same key returns the first result instead of voting twice.' })
  @MaxLength(100)
  idempotencyKey?: string;
}

@Resolver()
export class VoteResolver {
  @Mutation(() => MyVotesPayload, { description: 'Puts one of the viewer’s dots on an idea (VOTE phase). VOTE_BUDGET_EXHAUSTED or VOTE_CAP_REACHED past the limits.' })
  castVote(@Arg('input', () => VoteInput, { description: 'The idea and an optional idempotency key.' }) input: VoteInput, @Ctx() ctx: Context): Promise<MyVotesPayload> {
    return votes.vote(ctx, idOf(input.ideaId, 'Idea', 'ideaId'), 1, input.idempotencyKey);
  }

  @Mutation(() => MyVotesPayload, { description: 'Takes back one of the viewer’s dots from an idea (VOTE phase).' })
  retractVote(@Arg('input', () => VoteInput, { description: 'The idea and an optional idempotency key.' }) input: VoteInput, @Ctx() ctx: Context): Promise<MyVotesPayload> {
    return votes.vote(ctx, idOf(input.ideaId, 'Idea', 'ideaId'), -1, input.idempotencyKey);
  }
}
