import { toGlobalId } from '../core/graphql/node.js';
import type { Room } from '../rooms/room.entity.js';
import { AUDIENCE_ALL, AUDIENCE_FACILITATORS, AUDIENCE_PARTICIPANTS, audienceOf } from '../events/room-event.js';
import type { RoomLens } from '../rooms/room-lens.js';
import { participantView, type IdeaView } from '../rooms/room.views.js';
import type { Idea } from './idea.entity.js';

export interface IdeaVoteCounts {
  total: number;
  voters: number;
  mine: number | null;
}

/** An idea as `lens` may see it; `sources` are the ids of ideas merged into it. Needs and author must be loaded. */
export function toIdeaView(idea: Idea, lens: Pick<RoomLens, 'facilitator' | 'participantId' | 'talliesVisible' | 'ideasHidden' | 'anonymous'>, counts: IdeaVoteCounts | null, sources: string[]): IdeaView {
  const own = lens.participantId !== null && idea.author.id === lens.participantId;
  return {
    __typename: 'Idea',
    nodeId: toGlobalId('Idea', idea.id),
    roomId: toGlobalId('Room', idea.room.id),
    title: idea.title,
    description: idea.description,
    need: idea.need,
    beneficiaries: idea.beneficiaries,
    economicModel: idea.economicModel,
    author: !lens.anonymous || lens.facilitator || own ? participantView(idea.author) : null,
    clusterId: idea.cluster ? toGlobalId('Cluster', idea.cluster.id) : null,
    position: idea.position,
    needIds: idea.needs.isInitialized() ? idea.needs.getItems().map((n) => toGlobalId('Need', n.id)) : [],
    mergedFromIds: sources.map((id) => toGlobalId('Idea', id)),
    private: lens.ideasHidden,
    votes: {
      total: lens.talliesVisible ? (counts?.total ?? 0) : null,
      voters: lens.talliesVisible ? (counts?.voters ?? 0) : null,
      mine: counts?.mine ?? null,
    },
    matrix: idea.impact !== null && idea.feasibility !== null ? { impact: idea.impact, feasibility: idea.feasibility } : null,
    createdAt: idea.createdAt.toISOString(),
    updatedAt: idea.updatedAt.toISOString(),
  };
}

/**
 * The versions of an idea to send, each with who may receive it: private ideas go to their author and
 * the facilitators only; in anonymous rooms, facilitators get the author and participants do not.
 * Callers emit one event per pair, so that an event's audience sees exactly its payload.
 */
export function ideaAudiences(room: Room, idea: Idea, counts: { total: number; voters: number } | null, sources: string[] = []): [IdeaView, string[]][] {
  const hidden = room.settings.privateWriting && !room.ideasRevealed;
  const talliesPublic = !room.settings.hiddenTallies || room.talliesRevealed;
  const base = { participantId: null, ideasHidden: hidden, anonymous: room.settings.anonymousIdeas };
  const noMine = counts && { ...counts, mine: null };
  const asFacilitator = toIdeaView(idea, { ...base, facilitator: true, talliesVisible: true }, noMine, sources);
  const asParticipant = toIdeaView(idea, { ...base, facilitator: false, talliesVisible: talliesPublic }, noMine, sources);
  if (hidden) {
    return [
      [asFacilitator, [AUDIENCE_FACILITATORS]],
      [{ ...asParticipant, author: participantView(idea.author) }, [audienceOf(idea.author.id)]],
    ];
  }
  if (JSON.stringify(asFacilitator) === JSON.stringify(asParticipant)) return [[asFacilitator, [AUDIENCE_ALL]]];
  const versions: [IdeaView, string[]][] = [
    [asFacilitator, [AUDIENCE_FACILITATORS]],
    [asParticipant, [AUDIENCE_PARTICIPANTS]],
  ];
  // Anonymous to others, not to its author: they get, after the others' version, one that names them.
  if (asParticipant.author === null) versions.push([{ ...asParticipant, author: participantView(idea.author) }, [audienceOf(idea.author.id)]]);
  return versions;
}
