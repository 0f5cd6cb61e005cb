import { describe, expect, it } from 'vitest';
import type { PipelineStage } from '../../gql/graphql';
import { groupByStage, moveFocus, STAGES } from './board';

const study = (id: string, stage: PipelineStage, updatedAt: string) => ({ id, stage, updatedAt });

describe('groupByStage', () => {
  it('gives every column in board order, empty ones included, newest change first', () => {
    const columns = groupByStage([
      study('a', 'GO', '2026-03-01T10:00:00.000Z'),
      study('b', 'SHORTLISTED', '2026-03-02T10:00:00.000Z'),
      study('c', 'GO', '2026-03-05T10:00:00.000Z'),
      study('d', 'LAUNCHED', '2026-01-01T10:00:00.000Z'),
      study('e', 'STOPPED', '2026-02-01T10:00:00.000Z'),
    ]);
    expect(columns.map((c) => c.stage)).toEqual([...STAGES]);
    expect(columns.map((c) => c.items.map((s) => s.id))).toEqual([['b'], [], ['c', 'a'], [], [], ['d'], [], ['e']]);
  });

  it('puts a study in exactly one column', () => {
    const all = STAGES.map((stage, i) => study(String(i), stage, `2026-01-0${(i % 9) + 1}T00:00:00.000Z`));
    const columns = groupByStage(all);
    expect(columns.flatMap((c) => c.items).length).toBe(all.length);
    for (const column of columns) expect(column.items.every((s) => s.stage === column.stage)).toBe(true);
  });
});

describe('moveFocus', () => {
  // Column sizes: 2, 0, 3, 1.
  const sizes = [2, 0, 3, 1];

  it('moves up and down within a column and stops at its ends', () => {
    expect(moveFocus(sizes, { column: 2, row: 0 }, 'ArrowDown')).toEqual({ column: 2, row: 1 });
    expect(moveFocus(sizes, { column: 2, row: 2 }, 'ArrowDown')).toBeNull();
    expect(moveFocus(sizes, { column: 2, row: 0 }, 'ArrowUp')).toBeNull();
    expect(moveFocus(sizes, { column: 2, row: 1 }, 'Home')).toEqual({ column: 2, row: 0 });
    expect(moveFocus(sizes, { column: 2, row: 0 }, 'End')).toEqual({ column: 2, row: 2 });
  });

  it('skips empty columns sideways and keeps the row when it can', () => {
    expect(moveFocus(sizes, { column: 0, row: 1 }, 'ArrowRight')).toEqual({ column: 2, row: 1 });
    expect(moveFocus(sizes, { column: 2, row: 2 }, 'ArrowRight')).toEqual({ column: 3, row: 0 });
    expect(moveFocus(sizes, { column: 2, row: 2 }, 'ArrowLeft')).toEqual({ column: 0, row: 1 });
    expect(moveFocus(sizes, { column: 3, row: 0 }, 'ArrowRight')).toBeNull();
    expect(moveFocus(sizes, { column: 0, row: 0 }, 'ArrowLeft')).toBeNull();
  });

  it('ignores other keys', () => {
    expect(moveFocus(sizes, { column: 0, row: 0 }, 'Enter')).toBeNull();
    expect(moveFocus(sizes, { column: 0, row: 0 }, 'Tab')).toBeNull();
  });
});
