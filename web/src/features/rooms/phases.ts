import type { Phase } from '../../gql/graphql';

/** The phases in their running order. */
export const PHASES: readonly Phase[] = ['NEEDS', 'DIVERGE', 'CLUSTER', 'VOTE', 'CONVERGE', 'CLOSED'];

export function phaseIndex(phase: Phase): number {
  return PHASES.indexOf(phase);
}

export interface RoomRules {
  phase: Phase;
  settings: { allowLateIdeas: boolean };
}

/** Whether a participant may add ideas now (facilitators may until the room closes). */
export function participantsMayAddIdeas(room: RoomRules): boolean {
  return room.phase === 'DIVERGE' || (room.settings.allowLateIdeas && (room.phase === 'CLUSTER' || room.phase === 'VOTE'));
}

/** Whether an author may still change their own idea. */
export function authorsMayEdit(room: RoomRules): boolean {
  return room.phase === 'CLUSTER' || participantsMayAddIdeas(room);
}
