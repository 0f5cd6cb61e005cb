// For tests only: checks that two message trees (French, English) match.
import { expect } from 'vitest';

type Tree = { [key: string]: string | Tree };

/** Every message of a tree, by its dotted key. */
export function flattenMessages(tree: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree as Tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flattenMessages(value, path)) out.set(k, v);
  }
  return out;
}

/** The `{{placeholders}}` of a message, sorted. */
export const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

/** The same keys in both languages, none empty, each English message with its French one's placeholders. */
export function expectSameMessages(frTree: object, enTree: object): void {
  const fr = flattenMessages(frTree);
  const en = flattenMessages(enTree);
  expect([...en.keys()].sort()).toEqual([...fr.keys()].sort());
  for (const [key, text] of fr) {
    expect(text.trim(), key).not.toBe('');
    expect(placeholders(en.get(key) ?? ''), key).toEqual(placeholders(text));
  }
}
