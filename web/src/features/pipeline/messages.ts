import type { i18n as I18n } from 'i18next';
import { pipelineEn } from '../../i18n/pipeline.en';
import { pipelineFr } from '../../i18n/pipeline.fr';

/**
 * Adds the pipeline screens' messages to the app's translations. They come with the (lazy) pipeline
 * screens and the console's shortlist button, not with the participant entry (only `pipeline.nav`).
 */
export function addPipelineMessages(i18n: I18n): void {
  if (i18n.getResource('fr', 'translation', 'pipeline.board.title')) return;
  i18n.addResourceBundle('fr', 'translation', { pipeline: pipelineFr }, true, true);
  i18n.addResourceBundle('en', 'translation', { pipeline: pipelineEn }, true, true);
}
