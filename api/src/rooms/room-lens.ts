import type { Viewer } from '../identity/viewer.js';
import type { Room } from './room.entity.js';

/** How the viewer sees a room: as a facilitator or a participant, and whether tallies show. */
export interface RoomLens {
  facilitator: boolean;
  /** The viewer's participant id in this room, when they have one. */
  participantId: string | null;
  talliesVisible: boolean;
  /** Private ideas of others are hidden until revealed. */
  ideasHidden: boolean;
  anonymous: boolean;
}

export function lensFor(viewer: Viewer, room: Room, participantId: string | null): RoomLens {
  const facilitator = viewer.kind === 'FACILITATOR' || viewer.kind === 'API_TOKEN';
  return {
    facilitator,
    participantId,
    talliesVisible: facilitator || !room.settings.hiddenTallies || room.talliesRevealed,
    ideasHidden: room.settings.privateWriting && !room.ideasRevealed,
    anonymous: room.settings.anonymousIdeas,
  };
}
