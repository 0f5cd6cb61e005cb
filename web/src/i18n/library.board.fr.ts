/**
 * The library's French messages that the participant entry needs: the board (pushed references,
 * an idea's references) and the header link. The screens' messages (library.fr.ts) load with them.
 */
export const libraryBoardFr = {
  nav: 'Bibliothèque',
  replicationMode: {
    BRANCH: 'Filiale ou antenne',
    FREE_INSPIRATION: 'Libre inspiration',
    LICENCE: 'Licence',
    NETWORK_MEMBERSHIP: 'Adhésion à un réseau',
    SOCIAL_FRANCHISE: 'Franchise sociale',
  },
  board: {
    pushedBy: 'Référence partagée par {{name}}',
    forIdea: 'Pour l’idée «\u00a0{{title}}\u00a0»',
    transferable: 'Ce qui se transfère\u00a0:',
    dismiss: 'Masquer',
    references_one: 'S’inspire de {{count}} initiative\u00a0:',
    references_other: 'S’inspire de {{count}} initiatives\u00a0:',
  },
};
