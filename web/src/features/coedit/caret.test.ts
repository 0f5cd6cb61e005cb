import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { transformIndex, transformSelection, type TextDelta } from './caret';

describe('transformIndex', () => {
  it('moves right when text is inserted before, stays when inserted after or at the caret', () => {
    expect(transformIndex(5, [{ insert: 'abc' }])).toBe(8);
    expect(transformIndex(5, [{ retain: 2 }, { insert: 'abc' }])).toBe(8);
    expect(transformIndex(5, [{ retain: 5 }, { insert: 'abc' }])).toBe(5);
    expect(transformIndex(5, [{ retain: 7 }, { insert: 'abc' }])).toBe(5);
  });

  it('moves left for a deletion before, to its start for a deletion around it', () => {
    expect(transformIndex(5, [{ delete: 2 }])).toBe(3);
    expect(transformIndex(5, [{ retain: 3 }, { delete: 4 }])).toBe(3);
    expect(transformIndex(5, [{ retain: 5 }, { delete: 4 }])).toBe(5);
    expect(transformIndex(5, [{ retain: 1 }, { delete: 1 }, { retain: 1 }, { insert: 'xy' }])).toBe(6);
  });

  it('keeps a selection ordered', () => {
    expect(transformSelection({ start: 2, end: 6 }, [{ retain: 1 }, { delete: 4 }])).toEqual({ start: 1, end: 2 });
    expect(transformSelection({ start: 4, end: 4 }, [{ insert: 'ab' }])).toEqual({ start: 6, end: 6 });
  });

  it('follows the deltas Yjs reports for remote changes, keeping the caret on the same letter', () => {
    const local = new Y.Doc();
    const remote = new Y.Doc();
    local.getText('t').insert(0, 'Recyclerie de quartier');
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(local));
    let caret = 'Recyclerie de '.length; // before "quartier"
    local.getText('t').observe((event) => {
      caret = transformIndex(caret, event.delta as TextDelta);
    });
    remote.getText('t').insert(0, 'Grande ');
    remote.getText('t').delete('Grande Recyclerie '.length, 3); // "de "
    Y.applyUpdate(local, Y.encodeStateAsUpdate(remote));
    const text = local.getText('t').toString();
    expect(text).toBe('Grande Recyclerie quartier');
    expect(text.slice(caret)).toBe('quartier');
  });
});
