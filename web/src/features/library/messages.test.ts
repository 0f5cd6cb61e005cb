import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n';
import { expectSameMessages } from '../../i18n/messages.testing';
import { libraryEn } from '../../i18n/library.en';
import { libraryFr } from '../../i18n/library.fr';
import { addLibraryMessages } from './messages';

describe('library messages', () => {
  it('have the same keys and placeholders in French and English, none empty', () => {
    expectSameMessages(libraryFr, libraryEn);
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
