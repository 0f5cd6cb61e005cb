import { describe, expect, it } from 'vitest';
import { PeerRegistry, readPeerState } from './peers';

const awa = (clock: number, field: string | null = 'title') => ({ clientId: 11, clock, state: { name: 'Awa', color: 2, field, anchor: null, head: null } });

describe('PeerRegistry', () => {
  it('reports arrivals once, follows newer clocks and ignores older ones and itself', () => {
    const peers = new PeerRegistry(99);
    expect(peers.apply([awa(1)], 0)).toEqual({ joined: ['Awa'], left: [], changed: true });
    expect(peers.apply([awa(2, 'description')], 10)).toEqual({ joined: [], left: [], changed: true });
    expect(peers.apply([awa(1, 'title')], 20).changed).toBe(false);
    expect(peers.list().map((p) => [p.name, p.field])).toEqual([['Awa', 'description']]);
    expect(peers.apply([{ clientId: 99, clock: 5, state: { name: 'Moi' } }], 30).changed).toBe(false);
  });

  it('removes a client that leaves (null state) or stays silent too long', () => {
    const peers = new PeerRegistry(99);
    peers.apply([awa(1), { clientId: 12, clock: 1, state: { name: 'Bastien' } }], 0);
    expect(peers.apply([{ clientId: 11, clock: 2, state: null }], 5)).toEqual({ joined: [], left: ['Awa'], changed: true });
    expect(peers.expire(20_000).left).toEqual([]);
    expect(peers.expire(30_000).left).toEqual(['Bastien']);
    expect(peers.list()).toEqual([]);
  });

  it('reads untrusted states defensively', () => {
    expect(readPeerState({ name: '' })).toBeNull();
    expect(readPeerState({ name: 42 })).toBeNull();
    expect(readPeerState({ name: 'Awa', field: 'password', color: -3.7 })).toEqual({ name: 'Awa', color: 3, field: null, anchor: null, head: null });
    expect(readPeerState({ name: 'Awa', field: 'beneficiaries', color: 1 })?.field).toBe('beneficiaries');
  });
});
