import { ArrayMaxSize, IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';

@InputType('RoomSettingsInput', { description: 'Room settings; omitted fields keep their value (or default).' })
export class RoomSettingsInput {
  @Field(() => Boolean, { nullable: true, description: 'Hide idea authors from other participants.' })
  anonymousIdeas?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Ideas visible only to their author and facilitators until revealed.' })
  privateWriting?: boolean;

  @Field(() => Int, { nullable: true, description: 'Dots each participant may spend (1–100).' })
  @IsOptional()
  @Min(1)
  @Max(100)
  votesPerParticipant?: number;

  @Field(() => Int, { nullable: true, description: 'Dots one participant may put on one idea (1–100).' })
  @IsOptional()
  @Min(1)
  @Max(100)
  maxVotesPerIdea?: number;

  @Field(() => Boolean, { nullable: true, description: 'Participants see only their own votes until the tallies are revealed.' })
  hiddenTallies?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Facilitators vote too.' })
  facilitatorsVote?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Participants may still add ideas after DIVERGE.' })
  allowLateIdeas?: boolean;
}

@InputType('CreateRoomInput', { description: 'A new ideation room.' })
export class CreateRoomInput {
  @Field(() => ID, { description: 'Factory running the room.' })
  factoryId: string;

  @Field(() => String, { description: 'Title of the session.' })
  @Length(3, 120)
  title: string;

  @Field(() => String, { nullable: true, description: 'What the session is for.' })
  @IsOptional()
  @MaxLength(2000)
  purpose?: string;

  @Field(() => [ID], { nullable: true, description: 'Needs the room works on.' })
  @IsOptional()
  @ArrayMaxSize(50)
  needIds?: string[];

  @Field(() => RoomSettingsInput, { nullable: true, description: 'How the room runs.' })
  @IsOptional()
  settings?: RoomSettingsInput;
}

@InputType('UpdateRoomInput', { description: 'Changes to a room; omitted fields stay as they are.' })
export class UpdateRoomInput {
  @Field(() => ID, { description: 'The room.' })
  roomId: string;

  @Field(() => String, { nullable: true, description: 'New title.' })
  @IsOptional()
  @Length(3, 120)
  title?: string;

  @Field(() => String, { nullable: true, description: 'New purpose.' })
  @IsOptional()
  @MaxLength(2000)
  purpose?: string;

  @Field(() => [ID], { nullable: true, description: 'Needs the room works on (replaces the list).' })
  @IsOptional()
  @ArrayMaxSize(50)
  needIds?: string[];

  @Field(() => RoomSettingsInput, { nullable: true, description: 'Settings to change.' })
  @IsOptional()
  settings?: RoomSettingsInput;

  @Field(() => Boolean, { nullable: true, description: 'Refuse (true) or accept (false) new participants.' })
  locked?: boolean;
}

export enum TimerActionEnum {
  START = 'START',
  PAUSE = 'PAUSE',
  RESUME = 'RESUME',
  EXTEND = 'EXTEND',
  CLEAR = 'CLEAR',
}
registerEnumType(TimerActionEnum, {
  name: 'TimerAction',
  description: 'What to do with the phase timer.',
  valuesConfig: {
    START: { description: 'Start it for `seconds`.' },
    PAUSE: { description: 'Pause it, keeping the time left.' },
    RESUME: { description: 'Resume a paused timer.' },
    EXTEND: { description: 'Add `seconds` to it.' },
    CLEAR: { description: 'Remove it.' },
  },
});

@InputType('JoinRoomInput', { description: 'Joining a room with its code.' })
export class JoinRoomInput {
  @Field(() => String, { description: 'The code shown by the facilitator (spaces, dashes and case are ignored).' })
  @Length(4, 32)
  code: string;

  @Field(() => String, { description: 'The name others will see (1–40 characters).' })
  @Length(1, 40)
  displayName: string;
}

export const TIMER_MAX_SECONDS = 24 * 3600;
