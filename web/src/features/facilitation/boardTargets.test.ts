import { describe, expect, it } from 'vitest';
import { aimOf, nextTarget, targetAt, type TargetBox } from './boardTargets';

// A group "Food" holding two idea cards, then the ungrouped ideas' box holding a third one.
const food: TargetBox = { id: 'cluster:c1', target: { kind: 'cluster', clusterId: 'c1' }, rect: { left: 0, top: 0, width: 400, height: 300 } };
const garden: TargetBox = { id: 'idea:a', target: { kind: 'idea', ideaId: 'a' }, rect: { left: 10, top: 50, width: 380, height: 100 } };
const grocery: TargetBox = { id: 'idea:b', target: { kind: 'idea', ideaId: 'b' }, rect: { left: 10, top: 170, width: 380, height: 100 } };
const ungrouped: TargetBox = { id: 'cluster:', target: { kind: 'cluster', clusterId: '' }, rect: { left: 0, top: 320, width: 400, height: 160 } };
const bakery: TargetBox = { id: 'idea:c', target: { kind: 'idea', ideaId: 'c' }, rect: { left: 10, top: 370, width: 380, height: 100 } };
const boxes = [food, garden, grocery, ungrouped, bakery];

describe('targetAt', () => {
  it('prefers the idea card to the group around it', () => {
    expect(targetAt({ x: 200, y: 100 }, boxes, 'c')?.id).toBe('idea:a');
    expect(targetAt({ x: 200, y: 20 }, boxes, 'c')?.id).toBe('cluster:c1');
    expect(targetAt({ x: 200, y: 400 }, boxes, 'a')?.id).toBe('idea:c');
  });

  it('finds nothing outside every box, and nothing over the dragged idea itself', () => {
    expect(targetAt({ x: 500, y: 100 }, boxes, 'c')).toBeNull();
    expect(targetAt({ x: 200, y: 310 }, boxes, 'c')).toBeNull();
    expect(targetAt({ x: 200, y: 100 }, boxes, 'a')).toBeNull();
  });
});

describe('nextTarget (keyboard)', () => {
  it('goes through groups and ideas in reading order, skipping the dragged idea', () => {
    const visited: string[] = [];
    let from = aimOf(grocery); // the keyboard drag starts on the grocery's handle
    for (let next = nextTarget(boxes, from, true, 'b'); next; next = nextTarget(boxes, from, true, 'b')) {
      visited.push(next.id);
      from = aimOf(next);
    }
    expect(visited).toEqual(['cluster:', 'idea:c']);
    expect(nextTarget(boxes, aimOf(grocery), false, 'b')?.id).toBe('idea:a');
    expect(nextTarget(boxes, aimOf(garden), false, 'b')?.id).toBe('cluster:c1');
    expect(nextTarget(boxes, aimOf(food), false, 'b')).toBeNull();
  });

  it('aims at a group’s heading, where no idea card is, so that the group is the target there', () => {
    expect(targetAt(aimOf(food), boxes, 'b')?.id).toBe('cluster:c1');
    expect(targetAt(aimOf(ungrouped), boxes, 'b')?.id).toBe('cluster:');
    expect(targetAt(aimOf(garden), boxes, 'b')?.id).toBe('idea:a');
  });
});
