import { describe, expect, it } from 'vitest';
import { placementAfterKey, placementAt, quadrantOf } from './matrixGeometry';

const box = { left: 100, bottom: 500, width: 400, height: 400 };

describe('matrix geometry', () => {
  it('maps a pointer to feasibility (rightwards) and impact (upwards), 0–100', () => {
    expect(placementAt(box, 100, 500)).toEqual({ impact: 0, feasibility: 0 });
    expect(placementAt(box, 500, 100)).toEqual({ impact: 100, feasibility: 100 });
    expect(placementAt(box, 400, 400)).toEqual({ impact: 25, feasibility: 75 });
  });

  it('snaps a pointer just outside to the edge and refuses one far outside', () => {
    expect(placementAt(box, 95, 505)).toEqual({ impact: 0, feasibility: 0 });
    expect(placementAt(box, 40, 300)).toBeNull();
    expect(placementAt(box, 300, 600)).toBeNull();
    expect(placementAt({ ...box, width: 0 }, 100, 500)).toBeNull();
  });

  it('moves by 5 with the arrows, by 20 with Shift, within 0–100', () => {
    const from = { impact: 50, feasibility: 98 };
    expect(placementAfterKey(from, 'ArrowUp', false)).toEqual({ impact: 55, feasibility: 98 });
    expect(placementAfterKey(from, 'ArrowDown', true)).toEqual({ impact: 30, feasibility: 98 });
    expect(placementAfterKey(from, 'ArrowRight', false)).toEqual({ impact: 50, feasibility: 100 });
    expect(placementAfterKey(from, 'ArrowLeft', true)).toEqual({ impact: 50, feasibility: 78 });
    expect(placementAfterKey({ impact: 3, feasibility: 0 }, 'ArrowDown', false)).toEqual({ impact: 0, feasibility: 0 });
    expect(placementAfterKey(from, 'Enter', false)).toBeNull();
  });

  it('names the quadrant', () => {
    expect(quadrantOf({ impact: 80, feasibility: 80 })).toBe('priorities');
    expect(quadrantOf({ impact: 80, feasibility: 10 })).toBe('ambitious');
    expect(quadrantOf({ impact: 10, feasibility: 50 })).toBe('smallSteps');
    expect(quadrantOf({ impact: 49, feasibility: 49 })).toBe('setAside');
  });
});
