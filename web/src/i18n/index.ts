import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { fr } from './fr';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'fr';
/** localStorage key holding the chosen language. */
export const LANGUAGE_STORAGE_KEY = 'germoir.language';

export const resources = {
  fr: { translation: fr },
  en: { translation: en },
} as const;

/** The subset of the Web Storage API the i18n setup needs. */
export type LanguageStorage = Pick<Storage, 'getItem' | 'setItem'>;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function readStoredLanguage(storage: LanguageStorage | undefined): Language {
  try {
    const stored = storage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

/** localStorage when the browser allows it (private modes may throw). */
export function browserStorage(): LanguageStorage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * Creates a ready-to-use i18next instance: French unless the person chose
 * another language before, and every later choice is persisted in `storage`
 * and reflected in `<html lang>`.
 */
export function createI18n(storage: LanguageStorage | undefined = browserStorage()): I18n {
  const instance = i18next.createInstance();
  instance.use(initReactI18next);
  const lng = readStoredLanguage(storage);
  void instance.init({
    resources,
    lng,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false }, // React escapes already
    initAsync: false, // resources are bundled: ready synchronously
    returnEmptyString: false,
  });
  applyDocumentLanguage(lng);
  instance.on('languageChanged', (next) => {
    if (!isLanguage(next)) return;
    try {
      storage?.setItem(LANGUAGE_STORAGE_KEY, next);
    } catch {
      // Storage full or forbidden: the choice still holds for this visit.
    }
    applyDocumentLanguage(next);
  });
  return instance;
}

function applyDocumentLanguage(lng: Language) {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
}
