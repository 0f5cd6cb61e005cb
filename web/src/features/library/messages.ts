import type { i18n as I18n } from 'i18next';
import { libraryEn } from '../../i18n/library.en';
import { libraryFr } from '../../i18n/library.fr';

/**
 * Adds the library screens' messages to the app's translations. They come with the (lazy) library
 * screens, not with the participant entry, which only carries the board's (`library.board.*`).
 */
export function addLibraryMessages(i18n: I18n): void {
  if (i18n.getResource('fr', 'translation', 'library.title')) return;
  i18n.addResourceBundle('fr', 'translation', { library: libraryFr }, true, true);
  i18n.addResourceBundle('en', 'translation', { library: libraryEn }, true, true);
}
