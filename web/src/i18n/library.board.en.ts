import type { Messages } from './fr';

/** The library's English messages that the participant entry needs (see library.board.fr.ts). */
export const libraryBoardEn: Pick<Messages['library'], 'nav' | 'replicationMode' | 'board'> = {
  nav: 'Library',
  replicationMode: {
    BRANCH: 'Branch',
    FREE_INSPIRATION: 'Free inspiration',
    LICENCE: 'Licence',
    NETWORK_MEMBERSHIP: 'Network membership',
    SOCIAL_FRANCHISE: 'Social franchise',
  },
  board: {
    pushedBy: 'Reference shared by {{name}}',
    forIdea: 'For the idea “{{title}}”',
    transferable: 'What transfers:',
    dismiss: 'Dismiss',
    references_one: 'Draws on {{count}} initiative:',
    references_other: 'Draws on {{count}} initiatives:',
  },
};
