import { describe, expect, it } from 'vitest';
import { createI18n, DEFAULT_LANGUAGE, LANGUAGE_STORAGE_KEY, readStoredLanguage, resources, type LanguageStorage } from './index';
import { flattenMessages, placeholders } from './messages.testing';

function memoryStorage(initial: Record<string, string> = {}): LanguageStorage & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (key) => data[key] ?? null,
    setItem: (key, value) => {
      data[key] = value;
    },
  };
}

describe('i18n resources', () => {
  const fr = flattenMessages(resources.fr.translation);
  const en = flattenMessages(resources.en.translation);

  it('French and English have exactly the same keys', () => {
    expect([...en.keys()].sort()).toEqual([...fr.keys()].sort());
  });

  it('has no empty message', () => {
    for (const [lang, messages] of [['fr', fr], ['en', en]] as const) {
      for (const [key, text] of messages) expect(text.trim(), `${lang}:${key}`).not.toBe('');
    }
  });

  it('uses the same interpolation variables in both languages', () => {
    for (const [key, text] of fr) expect(placeholders(en.get(key) ?? ''), key).toEqual(placeholders(text));
  });
});

describe('language choice', () => {
  it('defaults to French', () => {
    const i18n = createI18n(memoryStorage());
    expect(i18n.language).toBe('fr');
    expect(i18n.t('welcome.joinTitle')).toBe('Rejoindre une séance');
  });

  it('persists the switch to English and restores it on the next visit', async () => {
    const storage = memoryStorage();
    const first = createI18n(storage);
    await first.changeLanguage('en');
    expect(storage.data[LANGUAGE_STORAGE_KEY]).toBe('en');
    expect(first.t('welcome.joinTitle')).toBe('Join a session');

    const next = createI18n(storage);
    expect(next.language).toBe('en');
    expect(next.t('login.submit')).toBe('Sign in');
  });

  it('ignores an unknown or unreadable stored value', () => {
    expect(readStoredLanguage(memoryStorage({ [LANGUAGE_STORAGE_KEY]: 'de' }))).toBe(DEFAULT_LANGUAGE);
    const broken: LanguageStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(readStoredLanguage(broken)).toBe('fr');
    expect(readStoredLanguage(undefined)).toBe('fr');
  });
});
