/** A change to a text as Yjs describes it (`YTextEvent.delta`): retain, insert or delete, in order. */
export type TextDelta = readonly { retain?: number; insert?: unknown; delete?: number }[];

const insertedLength = (insert: unknown) => (typeof insert === 'string' ? insert.length : 1);

/**
 * Where a position in the text lands after a change made by someone else. Text inserted before it
 * pushes it right; text inserted exactly at it stays after it (the caret does not jump over what
 * another person types); a deletion around it brings it to the deletion's start.
 */
export function transformIndex(index: number, delta: TextDelta): number {
  let oldPos = 0; // position in the text before the change
  let shift = 0;
  for (const op of delta) {
    if (oldPos > index) break;
    if (op.retain !== undefined) {
      oldPos += op.retain;
    } else if (op.insert !== undefined) {
      if (oldPos < index) shift += insertedLength(op.insert);
    } else if (op.delete !== undefined) {
      const end = oldPos + op.delete;
      if (end <= index) shift -= op.delete;
      else if (oldPos < index) shift -= index - oldPos;
      oldPos = end;
    }
  }
  return index + shift;
}

export interface Selection {
  start: number;
  end: number;
}

/** A selection (or a caret: start = end) after someone else's change. */
export function transformSelection(selection: Selection, delta: TextDelta): Selection {
  const start = transformIndex(selection.start, delta);
  const end = selection.end === selection.start ? start : transformIndex(selection.end, delta);
  return { start, end: Math.max(start, end) };
}
