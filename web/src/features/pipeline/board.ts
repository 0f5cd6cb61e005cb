import type { PipelineStage } from '../../gql/graphql';

/** The board's columns, left to right: the path to launch, then the two ends that leave it. */
export const STAGES = ['SHORTLISTED', 'REWORK', 'GO', 'CALL_OPEN', 'SUPPORT', 'LAUNCHED', 'NO_GO', 'STOPPED'] as const satisfies readonly PipelineStage[];

export interface StageColumn<T> {
  stage: PipelineStage;
  items: T[];
}

/**
 * Groups studies into the board's columns, every column present (empty ones too), most recently
 * changed first within a column (ISO dates compare as strings).
 */
export function groupByStage<T extends { stage: PipelineStage; updatedAt: string }>(studies: readonly T[]): StageColumn<T>[] {
  return STAGES.map((stage) => ({
    stage,
    items: studies.filter((s) => s.stage === stage).sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0)),
  }));
}

export interface BoardPosition {
  column: number;
  row: number;
}

/**
 * Where the arrow keys lead from a card: up and down within the column, left and right to the nearest
 * non-empty column (same row, or its last card), Home and End to the column's ends. Null: stay.
 */
export function moveFocus(sizes: readonly number[], from: BoardPosition, key: string): BoardPosition | null {
  const { column, row } = from;
  switch (key) {
    case 'ArrowUp':
      return row > 0 ? { column, row: row - 1 } : null;
    case 'ArrowDown':
      return row < (sizes[column] ?? 0) - 1 ? { column, row: row + 1 } : null;
    case 'Home':
      return row > 0 ? { column, row: 0 } : null;
    case 'End':
      return row < (sizes[column] ?? 0) - 1 ? { column, row: (sizes[column] ?? 1) - 1 } : null;
    case 'ArrowLeft':
    case 'ArrowRight': {
      const step = key === 'ArrowLeft' ? -1 : 1;
      for (let c = column + step; c >= 0 && c < sizes.length; c += step) {
        const size = sizes[c] ?? 0;
        if (size > 0) return { column: c, row: Math.min(row, size - 1) };
      }
      return null;
    }
    default:
      return null;
  }
}
