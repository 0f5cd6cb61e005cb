import type { pipelineNavFr } from './pipeline.nav.fr';

export const pipelineNavEn: typeof pipelineNavFr = {
  nav: 'Studies & projects',
};
