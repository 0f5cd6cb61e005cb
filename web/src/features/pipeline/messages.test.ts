import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n';
import { expectSameMessages } from '../../i18n/messages.testing';
import { pipelineEn } from '../../i18n/pipeline.en';
import { pipelineFr } from '../../i18n/pipeline.fr';
import { addPipelineMessages } from './messages';

describe('pipeline messages', () => {
  it('have the same keys and placeholders in French and English, none empty', () => {
    expectSameMessages(pipelineFr, pipelineEn);
  });

  it('are not in the participant entry (but the header link) until the screens add them, in both languages', async () => {
    const i18n = createI18n(undefined);
    expect(i18n.t('pipeline.nav')).toBe('Études et projets');
    expect(i18n.exists('pipeline.board.title')).toBe(false);
    addPipelineMessages(i18n);
    addPipelineMessages(i18n);
    expect(i18n.t('pipeline.stage.CALL_OPEN')).toBe('Appel ouvert');
    expect(i18n.t('pipeline.nav')).toBe('Études et projets');
    await i18n.changeLanguage('en');
    expect(i18n.t('pipeline.board.column', { stage: 'Go', count: 2 })).toBe('Go: 2 studies');
  });
});
