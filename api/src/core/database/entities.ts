import { ApiToken } from '../../identity/api-token.entity.js';
import { Membership } from '../../identity/membership.entity.js';
import { Session } from '../../identity/session.entity.js';
import { User } from '../../identity/user.entity.js';
import { Factory } from '../../factories/factory.entity.js';
import { Territory } from '../../factories/territory.entity.js';
import { Need } from '../../needs/need.entity.js';
import { Theme } from '../../needs/theme.entity.js';
import { Room } from '../../rooms/room.entity.js';
import { Participant } from '../../rooms/participant.entity.js';
import { Cluster, Idea } from '../../ideas/idea.entity.js';
import { Vote } from '../../votes/vote.entity.js';
import { Initiative, LibrarySettings } from '../../library/initiative.entity.js';
import { InitiativeChange } from '../../library/initiative-change.entity.js';
import { ReferenceLink } from '../../library/reference-link.entity.js';
import { OpportunityStudy, SteeringDecision, StudyCriterion, StudyDocument, StudyScore } from '../../studies/study.entity.js';
import { CallApplication, Cohort, EntrepreneurCall, Project, ProjectMilestone } from '../../projects/project.entity.js';

/** Every entity, listed explicitly: no folder scanning at start-up. Features add theirs here. */
export const entities = [Territory, Factory, User, Membership, Session, ApiToken, Theme, Need, Room, Participant, Cluster, Idea, Vote];
// The benchmark library (appended: the array's element type is inferred from the classes listed above).
(entities as unknown[]).push(LibrarySettings, Initiative, InitiativeChange, ReferenceLink);
// From idea to launched activity (studies, decisions, calls, cohorts, projects).
(entities as unknown[]).push(StudyCriterion, OpportunityStudy, StudyDocument, StudyScore, SteeringDecision, EntrepreneurCall, CallApplication, Cohort, Project, ProjectMilestone);
