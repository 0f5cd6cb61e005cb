import { ArrayMaxSize, ArrayMinSize, IsEmail, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { ApiToken, ApiTokenScopeEnum } from './api-token.entity.js';
import { User } from './user.entity.js';

export enum ViewerKind {
  ANONYMOUS = 'ANONYMOUS',
  FACILITATOR = 'FACILITATOR',
  PARTICIPANT = 'PARTICIPANT',
  API_TOKEN = 'API_TOKEN',
}
registerEnumType(ViewerKind, {
  name: 'ViewerKind',
  description: 'What kind of identity makes the request.',
  valuesConfig: {
    ANONYMOUS: { description: 'No credentials.' },
    FACILITATOR: { description: 'A signed-in facilitator (session token or cookie).' },
    PARTICIPANT: { description: 'A participant of one room (participant token).' },
    API_TOKEN: { description: 'An external tool using an API token.' },
  },
});

@ObjectType('Viewer', { description: 'The identity making the request.' })
export class ViewerType {
  @Field(() => ViewerKind, { description: 'What kind of identity it is.' })
  kind: ViewerKind;

  @Field(() => User, { nullable: true, description: 'The signed-in facilitator, if the viewer is one.' })
  user: User | null;
}

@InputType('LoginInput', { description: 'Credentials of a facilitator.' })
export class LoginInput {
  @Field(() => String, { description: 'Sign-in email.' })
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email: string;

  @Field(() => String, { description: 'Password.' })
  @Length(1, 1024)
  password: string;
}

@ObjectType('LoginPayload', { description: 'A new session. The web app also receives it as an httpOnly cookie.' })
export class LoginPayload {
  @Field(() => String, { description: 'Session token, for `Authorization: Bearer <token>` or `connection_init` `{ authorization }`.' })
  token: string;

  @Field(() => Date, { description: 'When the token stops working.' })
  expiresAt: Date;

  @Field(() => User, { description: 'The signed-in facilitator.' })
  user: User;
}

@InputType('CreateApiTokenInput', { description: 'A new API token for an external tool.' })
export class CreateApiTokenInput {
  @Field(() => ID, { description: 'Factory the token gives access to.' })
  factoryId: string;

  @Field(() => String, { description: 'What the token is for (the tool using it).' })
  @Length(1, 100)
  name: string;

  @Field(() => [ApiTokenScopeEnum], { description: 'What the token may do.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(2)
  scopes: ApiTokenScopeEnum[];
}

@ObjectType('CreateApiTokenPayload', { description: 'A new API token. Its secret is shown here only, once.' })
export class CreateApiTokenPayload {
  @Field(() => String, { description: 'The secret token, to send as `Authorization: Bearer <token>`. Shown once; only a hash is stored.' })
  token: string;

  @Field(() => ApiToken, { description: 'The token record.' })
  apiToken: ApiToken;
}
