import { Field, ID, ObjectType } from 'type-graphql';
import { Initiative } from '../library/initiative.entity.js';

@ObjectType('StudyReference', { description: 'A library initiative the shortlisted idea drew on, with the note that says what to transfer.' })
export class StudyReference {
  @Field(() => Initiative, { description: 'The initiative.' })
  initiative: Initiative;

  @Field(() => String, { description: 'What to transfer from it.' })
  note: string;
}

@ObjectType('StudyAssessor', { description: 'A person named as assessor of a study.' })
export class StudyAssessor {
  @Field(() => ID, { description: 'Global id of their account.' })
  userId: string;

  @Field(() => String, { description: 'Their name.' })
  displayName: string;
}
