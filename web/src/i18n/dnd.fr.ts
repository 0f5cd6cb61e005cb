/** Drag and drop (dnd-kit) in the facilitation console: handles, keyboard instructions and screen-reader announcements (French, the reference). */
export const dndFr = {
  roleDescription: 'élément déplaçable',
  board: {
    handleLabel: 'Glisser «\u00a0{{title}}\u00a0» sur une autre idée ou sur un groupe',
    instructions:
      'Pour déplacer cette idée au clavier\u00a0: Espace ou Entrée la saisit, les flèches passent d’une cible à l’autre (une idée pour fusionner, un groupe pour ranger), Espace ou Entrée la dépose, Échap annule. Sans glisser\u00a0: cases «\u00a0Sélectionner\u00a0» et menu du groupe.',
    start: '«\u00a0{{title}}\u00a0» saisie.',
    overIdea: '«\u00a0{{title}}\u00a0» au-dessus de l’idée «\u00a0{{target}}\u00a0»\u00a0: la déposer propose de les fusionner.',
    overGroup: '«\u00a0{{title}}\u00a0» au-dessus du groupe «\u00a0{{group}}\u00a0».',
    overNothing: '«\u00a0{{title}}\u00a0» n’est au-dessus d’aucune cible.',
    dropIdea: '«\u00a0{{title}}\u00a0» déposée sur «\u00a0{{target}}\u00a0»\u00a0: confirmez la fusion.',
    dropGroup: '«\u00a0{{title}}\u00a0» déposée dans le groupe «\u00a0{{group}}\u00a0».',
    dropNothing: '«\u00a0{{title}}\u00a0» déposée hors de toute cible\u00a0: rien ne change.',
    cancel: 'Déplacement de «\u00a0{{title}}\u00a0» annulé\u00a0: rien ne change.',
  },
  matrix: {
    instructions: 'Au clavier, utilisez «\u00a0Placer\u00a0» puis les flèches.',
    start: '«\u00a0{{title}}\u00a0» saisie\u00a0: glissez-la sur la matrice.',
    over: '«\u00a0{{title}}\u00a0» au-dessus de la matrice.',
    outside: '«\u00a0{{title}}\u00a0» hors de la matrice.',
    drop: '«\u00a0{{title}}\u00a0» déposée.',
    dropOutside: '«\u00a0{{title}}\u00a0» déposée hors de la matrice\u00a0: rien ne change.',
    cancel: 'Déplacement de «\u00a0{{title}}\u00a0» annulé.',
  },
};
