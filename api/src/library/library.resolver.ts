import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { Max, Min } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../core/context.js';
import { badUserInput } from '../core/errors.js';
import { fromGlobalId, idOf, toGlobalId } from '../core/graphql/node.js';
import { Factory } from '../factories/factory.entity.js';
import { can } from '../identity/policy.js';
import { User } from '../identity/user.entity.js';
import { Theme } from '../needs/theme.entity.js';
import { Room } from '../rooms/room.entity.js';
import { IdeaView } from '../rooms/room.views.js';
import { ideaView } from '../ideas/idea.service.js';
import { InitiativeChange } from './initiative-change.entity.js';
import { Initiative } from './initiative.entity.js';
import {
  CreateInitiativeInput,
  ExchangeFormat,
  ImportInitiativesInput,
  InitiativeDuplicatesInput,
  InitiativeFilter,
  InitiativeSort,
  InitiativesArgs,
  UpdateInitiativeInput,
} from './initiative.inputs.js';
import { exportInitiatives, importInitiatives } from './import.js';
import * as library from './library.service.js';
import { searchFilterOf, searchLibrary, suggestReferences } from './library.queries.js';
import { ImportReport, InitiativeConnection, InitiativePayload, LibraryExport, LibraryView, ReferenceLinkView, ReferenceSuggestion } from './library.types.js';
import { findDuplicates } from './search.js';

const initiativeId = (id: string, field = 'id') => idOf(id, 'Initiative', field);
const factoryId = (id: string) => idOf(id, 'Factory', 'factoryId');

/** Whether the operation selects `field` directly on the current field (fragments included). */
function selects(info: GraphQLResolveInfo, field: string): boolean {
  const visit = (set: SelectionSetNode | undefined): boolean =>
    !!set?.selections.some((s) =>
      s.kind === 'Field' ? s.name.value === field : s.kind === 'InlineFragment' ? visit(s.selectionSet) : visit(info.fragments[s.name.value]?.selectionSet),
    );
  return info.fieldNodes.some((node) => visit(node.selectionSet));
}

@ArgsType()
class SuggestionArgs {
  @Field(() => Int, { nullable: true, description: 'How many suggestions (1–20, default 5).' })
  @Min(1)
  @Max(20)
  first?: number | null;
}

@Resolver(() => Initiative)
export class LibraryResolver {
  @Query(() => LibraryView, { description: 'A factory’s library: members, tokens and participants of the factory, or anyone when it is shared publicly.' })
  library(@Arg('factoryId', () => ID, { description: 'The factory.' }) id: string, @Ctx() ctx: Context): Promise<LibraryView> {
    return library.getLibrary(ctx, factoryId(id));
  }

  @Query(() => [LibraryView], { description: 'Libraries shared publicly by their factories (readable by anyone, without a token).' })
  publicLibraries(@Ctx() ctx: Context): Promise<LibraryView[]> {
    return library.publicLibraries(ctx);
  }

  @Query(() => Initiative, { description: 'An initiative. The id of a record merged into another one gives the surviving record. NOT_FOUND for records the viewer may not see (drafts, for readers).' })
  initiative(@Arg('id', () => ID, { description: 'The initiative (or a record merged into it).' }) id: string, @Ctx() ctx: Context): Promise<Initiative> {
    return library.getInitiative(ctx, initiativeId(id));
  }

  @Query(() => InitiativeConnection, {
    description:
      'Searches a library in French (plurals, accents, small typos in names), best match first or newest first, with filters, the total and facet counts. Readers see published records only.',
  })
  initiatives(
    @Arg('factoryId', () => ID, { description: 'The factory whose library to search.' }) id: string,
    @Args(() => InitiativesArgs) args: InitiativesArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ): Promise<InitiativeConnection> {
    return searchLibrary(ctx, factoryId(id), args, { total: selects(info, 'totalCount'), facets: selects(info, 'facets') });
  }

  @Query(() => [Initiative], { description: 'Likely duplicates of a record about to be saved: a similar name in the same place (curators). Ask before saving; saving is never blocked.' })
  async initiativeDuplicates(@Arg('input', () => InitiativeDuplicatesInput, { description: 'Name and place.' }) input: InitiativeDuplicatesInput, @Ctx() ctx: Context): Promise<Initiative[]> {
    const factory = factoryId(input.factoryId);
    await library.authorizeLibrary(ctx, 'library:curate', factory);
    const ids = await findDuplicates(ctx.em, factory, input.name, input.place ?? null, input.excludeId ? initiativeId(input.excludeId, 'excludeId') : null);
    const found = ids.length ? await ctx.em.find(Initiative, { id: { $in: ids } }) : [];
    return ids.map((i) => found.find((f) => f.id === i)!).filter(Boolean);
  }

  @Query(() => [ReferenceSuggestion], { description: 'Initiatives of the idea’s factory most likely to inspire it (from its words and its needs’ themes), best first, with why. Records already linked are left out.' })
  suggestReferences(
    @Arg('ideaId', () => ID, { description: 'The idea.' }) ideaId: string,
    @Args(() => SuggestionArgs) args: SuggestionArgs,
    @Ctx() ctx: Context,
  ): Promise<ReferenceSuggestion[]> {
    return suggestReferences(ctx, idOf(ideaId, 'Idea', 'ideaId'), args.first ?? 5);
  }

  @Query(() => LibraryExport, { description: `Exports a library, or the result of a search, as CSV or JSON that \`importInitiatives\` reads back (at most 10,000 records). Readers get published records only.` })
  exportInitiatives(
    @Arg('factoryId', () => ID, { description: 'The factory whose library to export.' }) id: string,
    @Arg('format', () => ExchangeFormat, { description: 'CSV or JSON.' }) format: ExchangeFormat,
    @Arg('query', () => String, { nullable: true, description: 'Only records matching these words (as in `initiatives`).' }) query: string | null,
    @Arg('filter', () => InitiativeFilter, { nullable: true, description: 'Only records meeting these conditions.' }) filter: InitiativeFilter | null,
    @Arg('sort', () => InitiativeSort, { nullable: true, description: 'Order of the records (default RELEVANCE).' }) sort: InitiativeSort | null,
    @Ctx() ctx: Context,
  ): Promise<LibraryExport> {
    return exportInitiatives(ctx, factoryId(id), format, { query: query?.slice(0, 200), sort }, searchFilterOf(filter));
  }

  @Mutation(() => InitiativePayload, { description: 'Adds an initiative to a library (curators: facilitators, write tokens), as a DRAFT unless `publish`. Returns likely duplicates.' })
  createInitiative(@Arg('input', () => CreateInitiativeInput, { description: 'The initiative.' }) input: CreateInitiativeInput, @Ctx() ctx: Context): Promise<InitiativePayload> {
    return library.createInitiative(ctx, input);
  }

  @Mutation(() => InitiativePayload, { description: 'Changes an initiative (curators). Each change is kept in its history. Returns likely duplicates.' })
  updateInitiative(@Arg('input', () => UpdateInitiativeInput, { description: 'The changes.' }) input: UpdateInitiativeInput, @Ctx() ctx: Context): Promise<InitiativePayload> {
    return library.updateInitiative(ctx, input);
  }

  @Mutation(() => Initiative, { description: 'Publishes an initiative (curators); BAD_USER_INPUT if it has no source. Publishing twice is harmless.' })
  publishInitiative(@Arg('id', () => ID, { description: 'The initiative.' }) id: string, @Ctx() ctx: Context): Promise<Initiative> {
    return library.publishInitiative(ctx, initiativeId(id));
  }

  @Mutation(() => Initiative, { description: 'Archives an initiative (curators): readers no longer see it. Archiving twice is harmless.' })
  archiveInitiative(@Arg('id', () => ID, { description: 'The initiative.' }) id: string, @Ctx() ctx: Context): Promise<Initiative> {
    return library.archiveInitiative(ctx, initiativeId(id));
  }

  @Mutation(() => Initiative, {
    description:
      'Merges a record into another of the same library (curators): links from ideas, themes, sources and missing fields move to the survivor; the merged record is archived and its id keeps answering with the survivor.',
  })
  mergeInitiatives(
    @Arg('survivorId', () => ID, { description: 'The record that stays.' }) survivorId: string,
    @Arg('mergedId', () => ID, { description: 'The record merged into it.' }) mergedId: string,
    @Ctx() ctx: Context,
  ): Promise<Initiative> {
    return library.mergeInitiatives(ctx, initiativeId(survivorId, 'survivorId'), initiativeId(mergedId, 'mergedId'));
  }

  @Mutation(() => ImportReport, { description: 'Imports initiatives from CSV or JSON (curators). A dry run only reports, row by row; a real import writes every row or, if any is rejected, none.' })
  importInitiatives(@Arg('input', () => ImportInitiativesInput, { description: 'The file and how to import it.' }) input: ImportInitiativesInput, @Ctx() ctx: Context): Promise<ImportReport> {
    return importInitiatives(ctx, input);
  }

  @Mutation(() => LibraryView, { description: 'Shares the library with everyone, read-only and published records only, or stops sharing it (owners).' })
  setLibraryPublic(
    @Arg('factoryId', () => ID, { description: 'The factory.' }) id: string,
    @Arg('public', () => Boolean, { description: 'Whether to share it.' }) shared: boolean,
    @Ctx() ctx: Context,
  ): Promise<LibraryView> {
    return library.setLibraryPublic(ctx, factoryId(id), shared);
  }

  @Mutation(() => ReferenceLinkView, { description: 'Links an initiative to an idea with a note on what to transfer (anyone who may work on the idea: its room’s participants, facilitators). Linking again changes the note.' })
  async linkReference(
    @Arg('ideaId', () => ID, { description: 'The idea.' }) ideaId: string,
    @Arg('initiativeId', () => ID, { description: 'The initiative it draws on.' }) id: string,
    @Arg('note', () => String, { description: 'What to transfer, by whom, when (at most 2,000 characters).' }) note: string,
    @Ctx() ctx: Context,
  ): Promise<ReferenceLinkView> {
    if (note.length > 2000) throw badUserInput('The note is too long.', { note: ['must be at most 2000 characters'] });
    return library.linkView(await library.linkReference(ctx, idOf(ideaId, 'Idea', 'ideaId'), initiativeId(id, 'initiativeId'), note));
  }

  @Mutation(() => Boolean, { description: 'Removes the link between an idea and an initiative; false when there was none.' })
  unlinkReference(
    @Arg('ideaId', () => ID, { description: 'The idea.' }) ideaId: string,
    @Arg('initiativeId', () => ID, { description: 'The initiative.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return library.unlinkReference(ctx, idOf(ideaId, 'Idea', 'ideaId'), initiativeId(id, 'initiativeId'));
  }

  @Mutation(() => Room, { description: 'Shows a published initiative to everyone in a live room: a `ReferencePushed` event in `roomEvents` (facilitators).' })
  pushReference(
    @Arg('roomId', () => ID, { description: 'The room.' }) roomId: string,
    @Arg('initiativeId', () => ID, { description: 'The initiative to show.' }) id: string,
    @Arg('ideaId', () => ID, { nullable: true, description: 'The idea of the room it is shown for, if any.' }) ideaId: string | null,
    @Ctx() ctx: Context,
  ): Promise<Room> {
    return library.pushReference(ctx, idOf(roomId, 'Room', 'roomId'), initiativeId(id, 'initiativeId'), ideaId ? idOf(ideaId, 'Idea', 'ideaId') : null);
  }

  @FieldResolver(() => ID, { description: 'The factory whose library holds it.' })
  factoryId(@Root() initiative: Initiative): string {
    return toGlobalId('Factory', initiative.factory.id);
  }

  @FieldResolver(() => [Theme], { description: 'Its themes, by French label.' })
  themes(@Root() initiative: Initiative, @Ctx() ctx: Context): Promise<Theme[]> {
    return library.themesOf(ctx, initiative);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who curated it last (a facilitator’s name); null for readers outside the factory.' })
  async curatedBy(@Root() initiative: Initiative, @Ctx() ctx: Context): Promise<string | null> {
    if (!initiative.curatedBy || !can(ctx.viewer, 'library:read', initiative.factory.id)) return null;
    return (await ctx.loaders.load(User, initiative.curatedBy.id))?.displayName ?? null;
  }

  @FieldResolver(() => [InitiativeChange], { description: 'Its audit trail, oldest first: who changed what, with before and after (curators only; FORBIDDEN otherwise).' })
  history(@Root() initiative: Initiative, @Ctx() ctx: Context): Promise<InitiativeChange[]> {
    return library.historyOf(ctx, initiative);
  }

  @FieldResolver(() => [ReferenceLinkView], { description: 'Ideas that drew on it, across rooms, as far as the viewer may see them.' })
  async ideas(@Root() initiative: Initiative, @Ctx() ctx: Context): Promise<ReferenceLinkView[]> {
    return (await library.ideasOfInitiative(ctx, initiative)).map(library.linkView);
  }
}

@Resolver(() => ReferenceLinkView)
export class ReferenceLinkResolver {
  @FieldResolver(() => Initiative, { description: 'The initiative drawn on.' })
  async initiative(@Root() link: ReferenceLinkView, @Ctx() ctx: Context): Promise<Initiative> {
    return (await ctx.loaders.load(Initiative, link.initiativeId))!;
  }

  @FieldResolver(() => IdeaView, { nullable: true, description: 'The idea that draws on it; null if the viewer may not see it.' })
  idea(@Root() link: ReferenceLinkView, @Ctx() ctx: Context): Promise<IdeaView | null> {
    return ideaView(ctx, link.ideaId);
  }
}

@Resolver(() => IdeaView)
export class IdeaReferencesResolver {
  @FieldResolver(() => [ReferenceLinkView], { description: 'Initiatives of the library this idea draws on, with notes on what to transfer.' })
  async references(@Root() idea: IdeaView, @Ctx() ctx: Context): Promise<ReferenceLinkView[]> {
    return (await library.referencesOfIdea(ctx, fromGlobalId(idea.nodeId)!.id)).map(library.linkView);
  }

  @FieldResolver(() => [ReferenceSuggestion], { description: 'Initiatives most likely to inspire this idea, best first, with why (same as `Query.suggestReferences`).' })
  suggestedReferences(@Root() idea: IdeaView, @Args(() => SuggestionArgs) args: SuggestionArgs, @Ctx() ctx: Context): Promise<ReferenceSuggestion[]> {
    return suggestReferences(ctx, fromGlobalId(idea.nodeId)!.id, args.first ?? 5);
  }
}

@Resolver(() => Factory)
export class FactoryLibraryResolver {
  @FieldResolver(() => LibraryView, { description: 'The factory’s benchmark library.' })
  library(@Root() factory: Factory, @Ctx() ctx: Context): Promise<LibraryView> {
    return library.getLibrary(ctx, factory.id);
  }
}
