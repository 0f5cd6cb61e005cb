import { describe, expect, it } from 'vitest';
import { appendPage, createCache } from '../../app/apollo';
import { RoomSeq } from '../rooms/documents';
import { createPresenceStore } from '../rooms/presence';
import { applyRoomEvent } from '../rooms/roomEvents';
import { createPushedReferenceStore, type PushedReference } from './pushed';

const ROOM = 'Um9vbTox';

const pushed = (seq: number, name: string): PushedReference & { seq: number; at: string } => ({
  __typename: 'ReferencePushed',
  seq,
  at: '2026-11-26T10:00:00.000Z',
  forIdeaId: null,
  pushedBy: 'Camille',
  initiative: {
    __typename: 'InitiativeSnapshot',
    id: `I:${seq}`,
    name,
    summary: '',
    themes: ['Énergies citoyennes'],
    transferable: '',
    replicationMode: null,
    place: { __typename: 'InitiativePlace', town: 'Metz', region: 'Grand Est' },
    sources: [],
  },
});

describe('pushed references on the board', () => {
  it('keeps the last reference pushed into each room until dismissed, and ignores a replay', () => {
    const cache = createCache();
    cache.writeFragment({ fragment: RoomSeq, fragmentName: 'RoomSeq', data: { __typename: 'Room', id: ROOM, lastSeq: 0, me: null, myVotes: null } });
    const store = createPushedReferenceStore();
    let notified = 0;
    store.subscribe(() => notified++);
    const presence = createPresenceStore();
    expect(applyRoomEvent(cache, ROOM, pushed(1, 'Recyclerie'), presence, store)).toBe(true);
    expect(applyRoomEvent(cache, ROOM, pushed(2, 'Conserverie'), presence, store)).toBe(true);
    expect(applyRoomEvent(cache, ROOM, pushed(2, 'Conserverie'), presence, store)).toBe(false);
    expect(store.get(ROOM)).toEqual({ event: pushed(2, 'Conserverie'), dismissed: false });
    expect(store.get('another room')).toBeNull();
    store.dismiss(ROOM);
    store.dismiss(ROOM);
    expect(store.get(ROOM)?.dismissed).toBe(true);
    expect(notified).toBe(3);
    applyRoomEvent(cache, ROOM, pushed(3, 'Garage'), presence, store);
    expect(store.get(ROOM)).toMatchObject({ event: { initiative: { name: 'Garage' } }, dismissed: false });
  });
});

describe('library search pages in the cache', () => {
  const page = (...names: string[]) => ({ totalCount: 3, edges: names.map((name) => ({ node: name })) });

  it('appends a page asked after a cursor, and replaces the list with a first page', () => {
    const first = page('a', 'b');
    expect(appendPage(undefined, first, { args: {} })).toBe(first);
    expect(appendPage(first, page('c'), { args: { after: 'b' } }).edges).toEqual([{ node: 'a' }, { node: 'b' }, { node: 'c' }]);
    expect(appendPage(first, page('x'), { args: { after: null } }).edges).toEqual([{ node: 'x' }]);
  });
});
