/**
 * Where an idea dragged on the facilitator's board can land, without React or dnd-kit: on another idea
 * (to merge them) or in a group (`clusterId` '' = ungrouped). Idea cards sit inside their group's box, so
 * the innermost box under a point wins.
 */
export type BoardTarget = { kind: 'idea'; ideaId: string } | { kind: 'cluster'; clusterId: string };

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface TargetBox<Id = string> {
  id: Id;
  target: BoardTarget;
  rect: Box;
}

const contains = (box: Box, { x, y }: Point) => x >= box.left && x <= box.left + box.width && y >= box.top && y <= box.top + box.height;

export const centreOf = (box: Box): Point => ({ x: box.left + box.width / 2, y: box.top + box.height / 2 });

/**
 * The target under `point`: an idea before a group, the smaller box first. Null over nothing, and over
 * the dragged idea itself (dropping an idea on itself does nothing, not even "into its own group").
 */
export function targetAt<Id>(point: Point, boxes: readonly TargetBox<Id>[], draggedIdeaId: string | null): TargetBox<Id> | null {
  const rank = (box: TargetBox<Id>) => (box.target.kind === 'idea' ? 0 : 1);
  const under = boxes.filter((box) => contains(box.rect, point)).sort((a, b) => rank(a) - rank(b) || a.rect.width * a.rect.height - b.rect.width * b.rect.height);
  const hit = under[0];
  if (!hit || (hit.target.kind === 'idea' && hit.target.ideaId === draggedIdeaId)) return null;
  return hit;
}

/**
 * The point of a target a keyboard drag jumps to: the middle of an idea, but the top left corner of a
 * group (its heading), since the middle of a group is usually one of its ideas.
 */
export function aimOf({ target, rect }: TargetBox<unknown>): Point {
  if (target.kind === 'idea') return centreOf(rect);
  return { x: rect.left + Math.min(12, rect.width / 2), y: rect.top + Math.min(12, rect.height / 2) };
}

/**
 * The next target in reading order (top to bottom, then left to right) after the point `from` — or
 * the one before it when `forward` is false — skipping the dragged idea. Null when there is none.
 */
export function nextTarget<Id>(boxes: readonly TargetBox<Id>[], from: Point, forward: boolean, draggedIdeaId: string | null): TargetBox<Id> | null {
  const tolerance = 1;
  const after = (p: Point) => p.y > from.y + tolerance || (Math.abs(p.y - from.y) <= tolerance && p.x > from.x + tolerance);
  const before = (p: Point) => p.y < from.y - tolerance || (Math.abs(p.y - from.y) <= tolerance && p.x < from.x - tolerance);
  const ordered = boxes
    .filter((box) => !(box.target.kind === 'idea' && box.target.ideaId === draggedIdeaId))
    .map((box) => ({ box, aim: aimOf(box) }))
    .sort((a, b) => a.aim.y - b.aim.y || a.aim.x - b.aim.x);
  const found = forward ? ordered.find(({ aim }) => after(aim)) : [...ordered].reverse().find(({ aim }) => before(aim));
  return found?.box ?? null;
}
