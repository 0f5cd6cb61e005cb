import { describe, expect, it } from 'vitest';
import { decodeAwareness, encodeAwareness, fromBase64, toBase64 } from './awarenessCodec';

describe('awareness codec (y-protocols format)', () => {
  it('encodes a known message byte for byte', () => {
    // 1 entry, clientId 300 (varint ac 02), clock 1, state {"a":1}
    const bytes = encodeAwareness([{ clientId: 300, clock: 1, state: { a: 1 } }]);
    expect([...bytes]).toEqual([1, 0xac, 0x02, 1, 7, ...new TextEncoder().encode('{"a":1}')]);
  });

  it('round-trips states, departures, large ids and accents through base64', () => {
    const entries = [
      { clientId: 4_294_967_295, clock: 12, state: { name: 'Élodie', field: 'title', anchor: { item: { client: 1, clock: 2 } } } },
      { clientId: 7, clock: 3, state: null },
    ];
    expect(decodeAwareness(fromBase64(toBase64(encodeAwareness(entries))))).toEqual(entries);
  });

  it('refuses truncated messages', () => {
    const bytes = encodeAwareness([{ clientId: 1, clock: 1, state: { name: 'Awa' } }]);
    expect(() => decodeAwareness(bytes.subarray(0, bytes.length - 2))).toThrow(RangeError);
    expect(() => decodeAwareness(new Uint8Array([0x80]))).toThrow(RangeError);
  });
});
