import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyEdit, diffText } from './textDiff';

describe('diffText', () => {
  it('finds nothing between equal texts', () => {
    expect(diffText('abc', 'abc')).toBeNull();
  });

  it('reduces typing, deleting and replacing to one minimal edit', () => {
    expect(diffText('Recyclerie', 'Recyclerie!')).toEqual({ index: 10, remove: 0, insert: '!' });
    expect(diffText('Recyclerie', 'Ressourcerie')).toEqual({ index: 2, remove: 4, insert: 'ssourc' });
    expect(diffText('Conserverie bio', 'Conserverie')).toEqual({ index: 11, remove: 4, insert: '' });
    expect(diffText('', 'Vélo')).toEqual({ index: 0, remove: 0, insert: 'Vélo' });
  });

  it('uses the caret to place an insertion among repeated letters', () => {
    // "aa" → "aaa" with the caret after the second letter: typed at 1, not appended.
    expect(diffText('aa', 'aaa', 2)).toEqual({ index: 1, remove: 0, insert: 'a' });
    expect(diffText('aa', 'aaa', 1)).toEqual({ index: 0, remove: 0, insert: 'a' });
    expect(diffText('aa', 'aaa')).toEqual({ index: 2, remove: 0, insert: 'a' });
    // Backspace in "abba" between the two b's (caret at 1 afterwards).
    expect(diffText('abba', 'aba', 2)).toEqual({ index: 2, remove: 1, insert: '' });
    expect(diffText('abba', 'aba', 1)).toEqual({ index: 1, remove: 1, insert: '' });
  });

  it('never cuts an emoji (surrogate pair) in two', () => {
    const edit = diffText('a😀', 'a😃');
    expect(edit).toEqual({ index: 1, remove: 2, insert: '😃' });
    expect(diffText('😀b', '😃b')).toEqual({ index: 0, remove: 2, insert: '😃' });
  });

  it('always rebuilds the new text (random strings)', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const alphabet = 'aab é😀\n';
    const word = () => Array.from({ length: Math.floor(random() * 8) }, () => [...alphabet][Math.floor(random() * [...alphabet].length)]).join('');
    for (let i = 0; i < 500; i++) {
      const before = word();
      const after = word();
      const caret = Math.floor(random() * (after.length + 1));
      const edit = diffText(before, after, random() < 0.5 ? caret : undefined);
      expect(edit ? applyEdit(before, edit) : before).toBe(after);
    }
  });

  it('as Y.Text operations, merges two people typing at once into both texts', () => {
    const awa = new Y.Doc();
    const bastien = new Y.Doc();
    const base = 'Atelier vélo';
    awa.getText('description').insert(0, base);
    Y.applyUpdate(bastien, Y.encodeStateAsUpdate(awa));
    const type = (doc: Y.Doc, after: string, caret: number) => {
      const text = doc.getText('description');
      const edit = diffText(text.toString(), after, caret)!;
      doc.transact(() => {
        text.delete(edit.index, edit.remove);
        text.insert(edit.index, edit.insert);
      });
    };
    type(awa, 'Atelier vélo solidaire', 22);
    type(bastien, 'Grand atelier vélo', 6);
    type(bastien, 'Grand Atelier vélo', 7);
    Y.applyUpdate(awa, Y.encodeStateAsUpdate(bastien));
    Y.applyUpdate(bastien, Y.encodeStateAsUpdate(awa));
    expect(awa.getText('description').toString()).toBe('Grand Atelier vélo solidaire');
    expect(bastien.getText('description').toString()).toBe('Grand Atelier vélo solidaire');
  });
});
