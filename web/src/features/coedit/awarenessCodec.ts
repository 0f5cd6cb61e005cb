/*
 * The awareness message format of y-protocols (what other Yjs editors understand), written here in a
 * few lines rather than adding a dependency: a count, then for each client its id, a clock and its state
 * as JSON ("null" when it left). Integers are unsigned LEB128 varints, strings UTF-8 with their length.
 */

export interface AwarenessEntry {
  clientId: number;
  clock: number;
  /** null: the client left the card. */
  state: Record<string, unknown> | null;
}

function writeVarUint(out: number[], value: number) {
  let rest = value;
  while (rest > 0x7f) {
    out.push(0x80 | (rest & 0x7f));
    rest = Math.floor(rest / 128);
  }
  out.push(rest);
}

export function encodeAwareness(entries: readonly AwarenessEntry[]): Uint8Array {
  const out: number[] = [];
  writeVarUint(out, entries.length);
  for (const entry of entries) {
    writeVarUint(out, entry.clientId);
    writeVarUint(out, entry.clock);
    const json = new TextEncoder().encode(JSON.stringify(entry.state));
    writeVarUint(out, json.length);
    for (const byte of json) out.push(byte);
  }
  return Uint8Array.from(out);
}

/** Decodes a message; throws on truncated or malformed bytes (the caller ignores such a message). */
export function decodeAwareness(bytes: Uint8Array): AwarenessEntry[] {
  let pos = 0;
  const readVarUint = () => {
    let value = 0;
    let factor = 1;
    for (;;) {
      if (pos >= bytes.length) throw new RangeError('truncated awareness message');
      const byte = bytes[pos++]!;
      value += (byte & 0x7f) * factor;
      if (byte < 0x80) return value;
      factor *= 128;
      if (factor > 2 ** 53) throw new RangeError('varint too long');
    }
  };
  const count = readVarUint();
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = readVarUint();
    const clock = readVarUint();
    const length = readVarUint();
    if (pos + length > bytes.length) throw new RangeError('truncated awareness message');
    const state: unknown = JSON.parse(new TextDecoder().decode(bytes.subarray(pos, pos + length)));
    pos += length;
    entries.push({ clientId, clock, state: state !== null && typeof state === 'object' && !Array.isArray(state) ? (state as Record<string, unknown>) : null });
  }
  return entries;
}

/** Base64 of bytes, and back (the API carries Yjs bytes as base64 strings). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
