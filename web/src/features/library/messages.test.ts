import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n';
import { libraryEn } from '../../i18n/library.en';
import { libraryFr } from '../../i18n/library.fr';
import { addLibraryMessages } from './messages';

type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : flatten(value, `${prefix}${key}.`)));
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('library messages', () => {
  it('have the same keys and placeholders in French and English, none empty', () => {
    const fr = new Map(flatten(libraryFr as Tree));
    const en = new Map(flatten(libraryEn as Tree));
    expect([...en.keys()].sort()).toEqual([...fr.keys()].sort());
    for (const [key, text] of fr) {
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(en.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('are not in the participant entry until the library screens add them, in both languages', async () => {
    const i18n = createI18n(undefined);
    expect(i18n.t('library.board.dismiss')).toBe('Masquer');
    expect(i18n.exists('library.search.label')).toBe(false);
    addLibraryMessages(i18n);
    addLibraryMessages(i18n);
    expect(i18n.t('library.search.label')).toBe('Rechercher une initiative');
    expect(i18n.t('library.board.dismiss')).toBe('Masquer');
    await i18n.changeLanguage('en');
    expect(i18n.t('library.search.results', { count: 2, formatted: '2' })).toBe('2 records');
  });
});
