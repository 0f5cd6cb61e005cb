import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../core/context.js';
import { idOf, toGlobalId } from '../core/graphql/node.js';
import { connectionType, type ConnectionShape } from '../core/graphql/relay.js';
import { can } from '../identity/policy.js';
import { Initiative } from '../library/initiative.entity.js';
import { getInitiative } from '../library/library.service.js';
import { OpportunityStudy } from '../studies/study.entity.js';
import { applicationsOf, applyToCall, callOfStudy, chooseLead, closeCall, getCall, openCall } from './call.service.js';
import { launchedProjectOf, publishProjectToLibrary } from './loop-back.js';
import { CallApplication, Cohort, EntrepreneurCall, PipelineStage, Project, ProjectMilestone } from './project.entity.js';
import { ApplyToCallInput, CreateCohortInput, MilestoneInput, OpenCallInput, ProjectsArgs, PublishProjectInput, StartProjectInput, UpdateProjectInput } from './project.inputs.js';
import * as projects from './project.service.js';

export const ProjectConnection = connectionType(Project, 'Project', 'project');
const projectId = (id: string) => idOf(id, 'Project', 'projectId');
const factoryId = (id: string) => idOf(id, 'Factory', 'factoryId');

@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => ProjectConnection, { description: 'Projects of a factory, newest first, by stage or cohort (facilitators, API tokens).' })
  projects(@Arg('factoryId', () => ID, { description: 'The factory.' }) id: string, @Args(() => ProjectsArgs) args: ProjectsArgs, @Ctx() ctx: Context): Promise<ConnectionShape<Project>> {
    return projects.listProjects(ctx, factoryId(id), args);
  }

  @Query(() => Project, { description: 'A project (facilitators, API tokens of its factory).' })
  project(@Arg('id', () => ID, { description: 'The project.' }) id: string, @Ctx() ctx: Context): Promise<Project> {
    return projects.getProject(ctx, idOf(id, 'Project'));
  }

  @Query(() => [Cohort], { description: 'Cohorts of a factory, latest start first.' })
  cohorts(@Arg('factoryId', () => ID, { description: 'The factory.' }) id: string, @Ctx() ctx: Context): Promise<Cohort[]> {
    return projects.cohortsOf(ctx, factoryId(id));
  }

  @Mutation(() => Cohort, { description: 'Creates a cohort (facilitators, write tokens). CONFLICT if the name is taken.' })
  createCohort(@Arg('input', () => CreateCohortInput, { description: 'The cohort.' }) input: CreateCohortInput, @Ctx() ctx: Context): Promise<Cohort> {
    return projects.createCohort(ctx, input);
  }

  @Mutation(() => Project, { description: 'Starts the project of a study, in stage SUPPORT (facilitators, write tokens). NO_GO_DECISION unless the study’s decision in force is GO.' })
  startProject(@Arg('input', () => StartProjectInput, { description: 'The study and the cohort.' }) input: StartProjectInput, @Ctx() ctx: Context): Promise<Project> {
    return projects.startProject(ctx, input);
  }

  @Mutation(() => Project, { description: 'Changes a project: name, summary, cohort, key figures (facilitators, write tokens).' })
  updateProject(@Arg('input', () => UpdateProjectInput, { description: 'The changes.' }) input: UpdateProjectInput, @Ctx() ctx: Context): Promise<Project> {
    return projects.updateProject(ctx, input);
  }

  @Mutation(() => Project, { description: 'SUPPORT → LAUNCHED. NO_PROJECT_LEAD without a chosen lead; INVALID_STAGE_TRANSITION from another stage.' })
  launchProject(
    @Arg('projectId', () => ID, { description: 'The project.' }) id: string,
    @Arg('launchedAt', () => Date, { nullable: true, description: 'When the activity launched (now by default).' }) launchedAt: Date | null,
    @Ctx() ctx: Context,
  ): Promise<Project> {
    return projects.launchProject(ctx, projectId(id), launchedAt);
  }

  @Mutation(() => Project, { description: 'SUPPORT → STOPPED, with a reason (required). INVALID_STAGE_TRANSITION from another stage.' })
  stopProject(
    @Arg('projectId', () => ID, { description: 'The project.' }) id: string,
    @Arg('reason', () => String, { description: 'Why it stops (at most 5,000 characters).' }) reason: string,
    @Ctx() ctx: Context,
  ): Promise<Project> {
    return projects.stopProject(ctx, projectId(id), reason.slice(0, 5000));
  }

  @Mutation(() => ProjectMilestone, { description: 'Adds a milestone to a project, or changes one (facilitators, write tokens).' })
  saveMilestone(@Arg('input', () => MilestoneInput, { description: 'The milestone.' }) input: MilestoneInput, @Ctx() ctx: Context): Promise<ProjectMilestone> {
    return projects.saveMilestone(ctx, input);
  }

  @Mutation(() => Boolean, { description: 'Deletes a milestone (facilitators, write tokens).' })
  deleteMilestone(@Arg('id', () => ID, { description: 'The milestone.' }) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return projects.deleteMilestone(ctx, idOf(id, 'ProjectMilestone'));
  }

  @Mutation(() => Initiative, {
    description:
      'Loop back: publishes a launched project as a new initiative of the factory’s library, prefilled from the project, its study and needs, with the provenance “launched by this factory”. Once per project; a DRAFT unless `publish`. INVALID_STAGE_TRANSITION unless LAUNCHED.',
  })
  publishProjectToLibrary(@Arg('input', () => PublishProjectInput, { description: 'The project and options.' }) input: PublishProjectInput, @Ctx() ctx: Context): Promise<Initiative> {
    return publishProjectToLibrary(ctx, input);
  }

  @FieldResolver(() => ID, { description: 'The factory of the project.' })
  factoryId(@Root() project: Project): string {
    return toGlobalId('Factory', project.factory.id);
  }

  @FieldResolver(() => OpportunityStudy, { description: 'The study it was born from: its lineage leads back to the idea, the room, the needs and the references.' })
  async study(@Root() project: Project, @Ctx() ctx: Context): Promise<OpportunityStudy> {
    return (await ctx.loaders.load(OpportunityStudy, project.study.id))!;
  }

  @FieldResolver(() => Cohort, { nullable: true, description: 'The cohort it belongs to.' })
  cohort(@Root() project: Project, @Ctx() ctx: Context): Promise<Cohort | null> {
    return project.cohort ? ctx.loaders.load(Cohort, project.cohort.id) : Promise.resolve(null);
  }

  @FieldResolver(() => CallApplication, { nullable: true, description: 'The chosen lead (their application); null while none, or for viewers who may not see applications.' })
  lead(@Root() project: Project, @Ctx() ctx: Context): Promise<CallApplication | null> {
    if (!project.lead || !can(ctx.viewer, 'pipeline:manage', project.factory.id)) return Promise.resolve(null);
    return ctx.loaders.load(CallApplication, project.lead.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether a lead was chosen.' })
  hasLead(@Root() project: Project): boolean {
    return project.lead !== null;
  }

  @FieldResolver(() => [ProjectMilestone], { description: 'Milestones, by planned date.' })
  milestones(@Root() project: Project, @Ctx() ctx: Context): Promise<ProjectMilestone[]> {
    return projects.milestonesOf(ctx, project);
  }

  @FieldResolver(() => Initiative, { nullable: true, description: 'The library initiative it was published as (loop back), if the viewer may read it.' })
  initiative(@Root() project: Project, @Ctx() ctx: Context): Promise<Initiative | null> {
    return project.initiativeId ? getInitiative(ctx, project.initiativeId).catch(() => null) : Promise.resolve(null);
  }
}

@Resolver(() => EntrepreneurCall)
export class EntrepreneurCallResolver {
  @Query(() => EntrepreneurCall, { description: 'A call for entrepreneurs. Open calls are public (the application form reads them without a token); closed ones for the factory only.' })
  entrepreneurCall(@Arg('id', () => ID, { description: 'The call.' }) id: string, @Ctx() ctx: Context): Promise<EntrepreneurCall> {
    return getCall(ctx, idOf(id, 'EntrepreneurCall'));
  }

  @Mutation(() => EntrepreneurCall, { description: 'Opens the call for entrepreneurs of a study (facilitators, write tokens). NO_GO_DECISION unless its decision in force is GO; CONFLICT if it has one.' })
  openCall(@Arg('input', () => OpenCallInput, { description: 'The call.' }) input: OpenCallInput, @Ctx() ctx: Context): Promise<EntrepreneurCall> {
    return openCall(ctx, input);
  }

  @Mutation(() => EntrepreneurCall, { description: 'Closes a call before its deadline. Closing twice is harmless.' })
  closeCall(@Arg('id', () => ID, { description: 'The call.' }) id: string, @Ctx() ctx: Context): Promise<EntrepreneurCall> {
    return closeCall(ctx, idOf(id, 'EntrepreneurCall'));
  }

  @Mutation(() => CallApplication, {
    description: 'Applies to a call. Without a token while the call is open (public form, rate-limited; CALL_CLOSED after it); facilitators and write tokens enter applications at any time.',
  })
  applyToCall(@Arg('input', () => ApplyToCallInput, { description: 'The application.' }) input: ApplyToCallInput, @Ctx() ctx: Context): Promise<CallApplication> {
    return applyToCall(ctx, input);
  }

  @Mutation(() => Project, { description: 'Chooses the project lead among the call’s applications (facilitators, write tokens). The study’s project must have started, in SUPPORT.' })
  chooseLead(@Arg('applicationId', () => ID, { description: 'The chosen application.' }) id: string, @Ctx() ctx: Context): Promise<Project> {
    return chooseLead(ctx, idOf(id, 'CallApplication', 'applicationId'));
  }

  @FieldResolver(() => String, { description: 'Title of the study the call is for.' })
  async title(@Root() call: EntrepreneurCall, @Ctx() ctx: Context): Promise<string> {
    return (await ctx.loaders.load(OpportunityStudy, call.study.id))?.title ?? '';
  }

  @FieldResolver(() => ID, { description: 'The study the call is for.' })
  studyId(@Root() call: EntrepreneurCall): string {
    return toGlobalId('OpportunityStudy', call.study.id);
  }

  @FieldResolver(() => [CallApplication], { description: 'Applications, oldest first (facilitators and write tokens: personal data).' })
  applications(@Root() call: EntrepreneurCall, @Ctx() ctx: Context): Promise<CallApplication[]> {
    return applicationsOf(ctx, call);
  }
}

@Resolver(() => OpportunityStudy)
export class StudyProjectResolver {
  @FieldResolver(() => EntrepreneurCall, { nullable: true, description: 'The call for entrepreneurs of the study, once opened.' })
  call(@Root() study: OpportunityStudy, @Ctx() ctx: Context): Promise<EntrepreneurCall | null> {
    return callOfStudy(ctx, study);
  }

  @FieldResolver(() => Project, { nullable: true, description: 'The project born from the study, once started.' })
  project(@Root() study: OpportunityStudy, @Ctx() ctx: Context): Promise<Project | null> {
    return projects.projectOfStudy(ctx, study);
  }

  @FieldResolver(() => PipelineStage, { description: 'Where it stands from study to launch: the project’s stage once started, else the call or the decision in force.' })
  stage(@Root() study: OpportunityStudy, @Ctx() ctx: Context): Promise<PipelineStage> {
    return projects.stageOfStudy(ctx, study);
  }
}

@Resolver(() => Cohort)
export class CohortResolver {
  @FieldResolver(() => [Project], { description: 'Projects of the cohort, newest first.' })
  projects(@Root() cohort: Cohort, @Ctx() ctx: Context): Promise<Project[]> {
    return projects.projectsOfCohort(ctx, cohort);
  }
}

@Resolver(() => Initiative)
export class InitiativeProvenanceResolver {
  @FieldResolver(() => Project, { nullable: true, description: 'The project of this factory that launched it, when it was published from the pipeline (provenance “launched by this factory”); null otherwise or for viewers who may not see the pipeline.' })
  launchedProject(@Root() initiative: Initiative, @Ctx() ctx: Context): Promise<Project | null> {
    return launchedProjectOf(ctx, initiative);
  }
}
