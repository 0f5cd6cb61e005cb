/** The pipeline's header link: the only pipeline message in the participant entry (fr.ts). */
export const pipelineNavFr = {
  nav: 'Études et projets',
};
