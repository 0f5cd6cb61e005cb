import type { Messages } from './fr';

/** The participants' multi-criteria vote (see ballot.fr.ts). */
export const ballotEn: Messages['ballot'] = {
  title: 'Rate the shortlisted ideas',
  intro: 'Rate each shortlisted idea on each criterion, from 0 (absent) to 5 (excellent). Your score is saved as soon as you choose it, and you can change it.',
  loading: 'Loading the ideas to rate…',
  loadFailed: 'The ideas to rate could not be loaded.',
  retry: 'Try again',
  saving: 'Saving…',
  saved: 'Score saved: {{score}}/5',
  notScored: 'Not rated yet',
};
