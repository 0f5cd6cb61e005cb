import * as Y from 'yjs';
import { badUserInput } from '../core/errors.js';

/**
 * The Yjs document of an idea card [CO1]: one Y.Text per editable field, each mirrored by a plain column of
 * the idea [CO3]: the title, the description, and the card's structured parts (the need it answers, who
 * benefits, how it could live economically).
 */
export const DOC_FIELDS = ['title', 'description', 'need', 'beneficiaries', 'economicModel'] as const;
export type DocField = (typeof DOC_FIELDS)[number];
const fieldSet = new Set<string>(DOC_FIELDS);

export type DocTexts = Record<DocField, string>;

/**
 * The longest text of each field, in characters (UTF-16 units), as createIdea and updateIdea accept it; a
 * push may not make a field longer than this (a field already longer may still shrink) [CO7]. The
 * description is bounded by the document's size only on pushes (updateIdea takes at most 5,000).
 */
export const FIELD_LIMITS = { title: 140, description: null, need: 2000, beneficiaries: 2000, economicModel: 2000 } as const satisfies Record<DocField, number | null>;

/** The first limited field that is longer in `after` than its limit and than in `before`, if any [CO7]. */
export function fieldPastLimit(before: Partial<Record<DocField, number>>, after: (field: DocField) => number): DocField | null {
  for (const field of DOC_FIELDS) {
    const limit = FIELD_LIMITS[field];
    if (limit === null || before[field] === undefined) continue;
    const length = after(field);
    if (length > limit && length > before[field]) return field;
  }
  return null;
}

/** The BAD_USER_INPUT of an update that makes `field` too long [CO7]. */
export function fieldTooLong(field: DocField) {
  return badUserInput(`The field ${field} has at most ${FIELD_LIMITS[field]} characters.`, { update: [`${field} longer than ${FIELD_LIMITS[field]} characters`] });
}

export function texts(doc: Y.Doc): DocTexts {
  return Object.fromEntries(DOC_FIELDS.map((f) => [f, doc.getText(f).toString()])) as DocTexts;
}

/**
 * Replaces the text of a field by `next` with the smallest single edit (common prefix and suffix kept), so
 * that text typed meanwhile elsewhere in the field survives the merge [CO6].
 */
export function applyTextDiff(text: Y.Text, next: string): void {
  const current = text.toString();
  if (current === next) return;
  let start = 0;
  const max = Math.min(current.length, next.length);
  while (start < max && current.charCodeAt(start) === next.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && current.charCodeAt(current.length - 1 - end) === next.charCodeAt(next.length - 1 - end)) end++;
  // Never split a surrogate pair: widen the edit to whole code points.
  if (start > 0 && isHighSurrogate(current.charCodeAt(start - 1))) start--;
  if (end > 0 && isLowSurrogate(current.charCodeAt(current.length - end))) end--;
  const removed = current.length - start - end;
  if (removed > 0) text.delete(start, removed);
  const inserted = next.slice(start, next.length - end);
  if (inserted) text.insert(start, inserted);
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

export function decodeBase64(value: string, what: string): Uint8Array {
  // Buffer.from ignores garbage silently: check the alphabet first so that a typo is an error, not a different update.
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(value) || value.length % 4 !== 0) throw badUserInput(`${what} is not base64.`, { [what]: ['must be base64'] });
  return new Uint8Array(Buffer.from(value, 'base64'));
}

export const toBase64 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

/**
 * Checks that bytes are a Yjs (v1) update that only touches the card's fields [CO7]; throws BAD_USER_INPUT
 * otherwise. Decoding reads every struct, so truncated or random bytes fail here, before the document is touched.
 */
export function validateUpdate(update: Uint8Array): void {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch {
    throw badUserInput('The update is not a Yjs update.', { update: ['must be a Yjs update (v1 encoding)'] });
  }
  for (const struct of decoded.structs) {
    if (struct instanceof Y.Item && typeof struct.parent === 'string' && (!fieldSet.has(struct.parent) || struct.parentSub !== null)) {
      throw badUserInput(`The update writes outside the card's fields (${DOC_FIELDS.join(', ')}).`, { update: ['touches an unknown field'] });
    }
  }
}

export function validateStateVector(bytes: Uint8Array): void {
  try {
    Y.decodeStateVector(bytes);
  } catch {
    throw badUserInput('The state vector is not a Yjs state vector.', { stateVector: ['must be a Yjs state vector'] });
  }
}
