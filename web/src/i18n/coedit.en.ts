import type { Messages } from './fr';

export const coeditEn: Messages['coedit'] = {
  region: 'Editing “{{title}}” together',
  titleLabel: 'Title',
  titleRequired: 'The title cannot be empty.',
  descriptionLabel: 'Description',
  opening: 'Opening the card…',
  saving: 'Saving…',
  saved: 'Everything is saved.',
  offline: 'Offline: your changes are kept and will be sent when the network is back.',
  closed: 'The session is over: the card no longer changes.',
  failed: 'The card could not be saved. Your changes are still shown; type again to retry.',
  forbidden: 'You may not edit this card.',
  tooLong: 'The card is too long to be saved.',
  othersTitle: 'Also in this card',
  nobody: 'Nobody else for now.',
  peerIn: '{{name}}: {{field}}',
  field: {
    title: 'in the title',
    description: 'in the description',
    none: 'reading the card',
  },
  joined: '{{name}} joined the card.',
  left: '{{name}} left the card.',
  done: 'Done',
  facilitator: 'Facilitation',
};
