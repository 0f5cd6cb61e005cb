import { describe, expect, it } from 'vitest';
import { canConfirm, groupImportRows, guessFormat, type ImportReport, type ImportRow } from './importReport';

const row = (line: number, action: ImportRow['action'], reasons: string[] = []): ImportRow => ({ __typename: 'ImportRow', line, name: `Fiche ${line}`, action, initiativeId: null, reasons, warnings: [] });

const report = (rows: ImportRow[], dryRun = true): ImportReport => ({
  __typename: 'ImportReport',
  dryRun,
  applied: !dryRun,
  created: rows.filter((r) => r.action === 'CREATE').length,
  updated: rows.filter((r) => r.action === 'UPDATE').length,
  rejected: rows.filter((r) => r.action === 'REJECT').length,
  rows,
});

describe('import report', () => {
  it('groups rows by action, rejected first, each in file order', () => {
    const rows = [row(4, 'CREATE'), row(2, 'REJECT', ['name: required']), row(3, 'UPDATE'), row(5, 'REJECT', ['sourceUrls: not a URL']), row(6, 'CREATE')];
    expect(groupImportRows(rows).map((g) => [g.action, g.rows.map((r) => r.line)])).toEqual([
      ['REJECT', [2, 5]],
      ['CREATE', [4, 6]],
      ['UPDATE', [3]],
    ]);
    expect(groupImportRows([])).toEqual([]);
  });

  it('allows the real import only after a dry run with no rejected row and something to write', () => {
    expect(canConfirm(null)).toBe(false);
    expect(canConfirm(report([row(2, 'CREATE'), row(3, 'REJECT', ['x'])]))).toBe(false);
    expect(canConfirm(report([]))).toBe(false);
    expect(canConfirm(report([row(2, 'CREATE'), row(3, 'UPDATE')]))).toBe(true);
    expect(canConfirm(report([row(2, 'CREATE')], false))).toBe(false);
  });

  it('guesses the format from the file name, else from the content', () => {
    expect(guessFormat('name;town', 'fiches.JSON')).toBe('JSON');
    expect(guessFormat('[{"name":"x"}]', 'export.csv')).toBe('CSV');
    expect(guessFormat('\uFEFF  [{"name":"x"}]')).toBe('JSON');
    expect(guessFormat('name,summary\nRecyclerie,…')).toBe('CSV');
  });
});
