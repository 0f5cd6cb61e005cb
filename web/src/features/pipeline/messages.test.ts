import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n';
import { pipelineEn } from '../../i18n/pipeline.en';
import { pipelineFr } from '../../i18n/pipeline.fr';
import { addPipelineMessages } from './messages';

type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : flatten(value, `${prefix}${key}.`)));
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('pipeline messages', () => {
  it('have the same keys and placeholders in French and English, none empty', () => {
    const fr = new Map(flatten(pipelineFr as Tree));
    const en = new Map(flatten(pipelineEn as Tree));
    expect([...en.keys()].sort()).toEqual([...fr.keys()].sort());
    for (const [key, text] of fr) {
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(en.get(key) ?? ''), key).toEqual(placeholders(text));
    }
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
