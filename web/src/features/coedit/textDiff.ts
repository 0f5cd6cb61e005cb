/** One replacement in a text: remove `remove` code units at `index`, then insert `insert` there. */
export interface TextEdit {
  index: number;
  remove: number;
  insert: string;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * The smallest single edit turning `before` into `after` (common prefix and suffix kept), or null when
 * they are equal. `caret`, the caret in `after` once the person typed, settles ambiguous cases: typing
 * "a" in the middle of "aa" is an insertion where the caret is, not at the end. Never cuts a surrogate
 * pair (an emoji) in two.
 */
export function diffText(before: string, after: string, caret?: number): TextEdit | null {
  if (before === after) return null;
  const shortest = Math.min(before.length, after.length);
  const commonPrefix = (limit: number) => {
    let n = 0;
    while (n < limit && before.charCodeAt(n) === after.charCodeAt(n)) n++;
    return n;
  };
  const commonSuffix = (limit: number) => {
    let n = 0;
    while (n < limit && before.charCodeAt(before.length - 1 - n) === after.charCodeAt(after.length - 1 - n)) n++;
    return n;
  };
  let prefix: number;
  let suffix: number;
  if (caret === undefined) {
    prefix = commonPrefix(shortest);
    suffix = commonSuffix(shortest - prefix);
  } else {
    // The edit ends at the caret, so the common suffix cannot reach before it.
    suffix = commonSuffix(Math.min(shortest, Math.max(0, after.length - caret)));
    prefix = commonPrefix(shortest - suffix);
  }
  if (prefix > 0 && isHighSurrogate(before.charCodeAt(prefix - 1))) prefix--;
  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix--;
  return { index: prefix, remove: before.length - prefix - suffix, insert: after.slice(prefix, after.length - suffix) };
}

/** Applies an edit to a string (the inverse check of `diffText`). */
export function applyEdit(text: string, edit: TextEdit): string {
  return text.slice(0, edit.index) + edit.insert + text.slice(edit.index + edit.remove);
}
