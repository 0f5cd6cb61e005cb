/** A place on the impact/feasibility matrix: both axes from 0 (low) to 100 (high), as the API stores them. */
export interface Placement {
  impact: number;
  feasibility: number;
}

export const MATRIX_MAX = 100;
/** Arrow keys move a point by STEP; with Shift, by BIG_STEP. */
export const STEP = 5;
export const BIG_STEP = 20;
/** Where "place on the matrix" puts an idea before it is moved: the middle. */
export const CENTRE: Placement = { impact: 50, feasibility: 50 };

const clamp = (value: number) => Math.min(MATRIX_MAX, Math.max(0, Math.round(value)));

/**
 * The placement under a pointer, from the plot's box on screen: feasibility grows to the right, impact
 * upwards. Null when the pointer is clearly outside the plot (a small margin snaps to the edges).
 */
export function placementAt(box: Pick<DOMRect, 'left' | 'bottom' | 'width' | 'height'>, x: number, y: number): Placement | null {
  if (box.width <= 0 || box.height <= 0) return null;
  const across = (x - box.left) / box.width;
  const up = (box.bottom - y) / box.height;
  const margin = 0.04;
  if (across < -margin || across > 1 + margin || up < -margin || up > 1 + margin) return null;
  return { impact: clamp(up * MATRIX_MAX), feasibility: clamp(across * MATRIX_MAX) };
}

/** The placement after an arrow key (Up/Down: impact, Right/Left: feasibility); null for other keys. */
export function placementAfterKey(from: Placement, key: string, big: boolean): Placement | null {
  const step = big ? BIG_STEP : STEP;
  switch (key) {
    case 'ArrowUp':
      return { ...from, impact: clamp(from.impact + step) };
    case 'ArrowDown':
      return { ...from, impact: clamp(from.impact - step) };
    case 'ArrowRight':
      return { ...from, feasibility: clamp(from.feasibility + step) };
    case 'ArrowLeft':
      return { ...from, feasibility: clamp(from.feasibility - step) };
    default:
      return null;
  }
}

export type Quadrant = 'priorities' | 'ambitious' | 'smallSteps' | 'setAside';

/** Which quarter of the matrix a point falls in (the middle lines belong to the upper and right halves). */
export function quadrantOf({ impact, feasibility }: Placement): Quadrant {
  const high = impact >= MATRIX_MAX / 2;
  const easy = feasibility >= MATRIX_MAX / 2;
  if (high) return easy ? 'priorities' : 'ambitious';
  return easy ? 'smallSteps' : 'setAside';
}
