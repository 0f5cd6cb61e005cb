import type { Messages } from './fr';

/** Drag and drop (dnd-kit) in the facilitation console, in English. */
export const dndEn: Messages['dnd'] = {
  roleDescription: 'draggable item',
  board: {
    handleLabel: 'Drag “{{title}}” onto another idea or onto a group',
    instructions:
      'To move this idea with the keyboard: Space or Enter picks it up, arrow keys go from one target to the next (an idea to merge, a group to file it in), Space or Enter drops it, Escape cancels. Without dragging: the “Select” boxes and the group menu.',
    start: 'Picked up “{{title}}”.',
    overIdea: '“{{title}}” is over the idea “{{target}}”: dropping it offers to merge them.',
    overGroup: '“{{title}}” is over the group “{{group}}”.',
    overNothing: '“{{title}}” is over no target.',
    dropIdea: '“{{title}}” dropped on “{{target}}”: confirm the merge.',
    dropGroup: '“{{title}}” dropped in the group “{{group}}”.',
    dropNothing: '“{{title}}” dropped outside any target: nothing changes.',
    cancel: 'Moving “{{title}}” cancelled: nothing changes.',
  },
  matrix: {
    instructions: 'With the keyboard, use “Place” then the arrow keys.',
    start: 'Picked up “{{title}}”: drag it onto the matrix.',
    over: '“{{title}}” is over the matrix.',
    outside: '“{{title}}” is outside the matrix.',
    drop: '“{{title}}” dropped.',
    dropOutside: '“{{title}}” dropped outside the matrix: nothing changes.',
    cancel: 'Moving “{{title}}” cancelled.',
  },
};
