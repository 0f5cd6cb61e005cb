/*
 * The awareness encoding of y-protocols (what clients send through pushAwareness): a count, then per Yjs
 * client its id, clock and state as JSON, all as lib0 variable-length unsigned integers and strings. The
 * server reads only ids and clocks, to tell the others when an editor's connection is gone [CO11].
 */

/** Awareness clients of one update: Yjs client id → clock. Null when the bytes are not an awareness update. */
export function awarenessClocks(bytes: Uint8Array): Map<number, number> | null {
  let at = 0;
  const uint = (): number => {
    let value = 0;
    for (let shift = 0; shift < 53; shift += 7) {
      if (at >= bytes.length) throw new RangeError('truncated');
      const byte = bytes[at++]!;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
    throw new RangeError('varint too long');
  };
  try {
    const clocks = new Map<number, number>();
    for (let n = uint(); n > 0; n--) {
      const client = uint();
      const clock = uint();
      const length = uint();
      if (at + length > bytes.length) return null;
      at += length;
      clocks.set(client, clock);
    }
    return at === bytes.length ? clocks : null;
  } catch {
    return null;
  }
}

/** An awareness update that removes these clients (state null, clock one past the last seen). */
export function awarenessRemoval(clocks: Map<number, number>): Uint8Array {
  const out: number[] = [];
  const uint = (value: number) => {
    while (value >= 0x80) {
      out.push((value % 0x80) | 0x80);
      value = Math.floor(value / 0x80);
    }
    out.push(value);
  };
  uint(clocks.size);
  for (const [client, clock] of clocks) {
    uint(client);
    uint(clock + 1);
    uint(4);
    out.push(...Buffer.from('null'));
  }
  return new Uint8Array(out);
}
