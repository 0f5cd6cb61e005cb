/** The participants' multi-criteria vote on the shortlisted studies (live board, CONVERGE). */
export const ballotFr = {
  title: 'Évaluer les idées retenues',
  intro: 'Notez chaque idée retenue sur chaque critère, de 0 (absent) à 5 (excellent). Votre note est enregistrée dès que vous la choisissez, et vous pouvez la changer.',
  loading: 'Chargement des idées à évaluer…',
  loadFailed: 'Les idées à évaluer n’ont pas pu être chargées.',
  retry: 'Réessayer',
  saving: 'Enregistrement…',
  saved: 'Note enregistrée\u00a0: {{score}}/5',
  notScored: 'Pas encore notée',
};
