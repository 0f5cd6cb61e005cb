import { ApiToken } from '../../identity/api-token.entity.js';
import { Membership } from '../../identity/membership.entity.js';
import { Session } from '../../identity/session.entity.js';
import { User } from '../../identity/user.entity.js';
import { Factory } from '../../factories/factory.entity.js';
import { Territory } from '../../factories/territory.entity.js';
import { Need } from '../../needs/need.entity.js';
import { Theme } from '../../needs/theme.entity.js';

/** Every entity, listed explicitly: no folder scanning at start-up. Features add theirs here. */
export const entities = [Territory, Factory, User, Membership, Session, ApiToken, Theme, Need];
