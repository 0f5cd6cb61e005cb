import { describe, expect, it } from 'vitest';
import { createI18n, DEFAULT_LANGUAGE, LANGUAGE_STORAGE_KEY, readStoredLanguage, resources, type LanguageStorage } from './index';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

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
  const fr = flatten(resources.fr.translation as Tree);
  const en = flatten(resources.en.translation as Tree);

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
