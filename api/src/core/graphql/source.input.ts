import { IsUrl, Length, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

/**
 * A cited source (needs, library records): an http(s) address and a title. Declared as a GraphQL input
 * only so that inputs extending it inherit these fields; it is never referenced, so never emitted.
 */
@InputType()
export abstract class SourceInput {
  @Field(() => String, { description: 'Address of the source (http or https).' })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'must be an http(s) address' })
  @MaxLength(2000)
  url: string;

  @Field(() => String, { description: 'Title of the source.' })
  @Length(1, 300)
  title: string;
}
