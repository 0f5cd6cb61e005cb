import type { ImportAction, ImportInitiativesMutation, LibraryFileFormat } from '../../gql/graphql';

export type ImportReport = ImportInitiativesMutation['importInitiatives'];
export type ImportRow = ImportReport['rows'][number];

export interface ImportGroup {
  action: ImportAction;
  rows: ImportRow[];
}

const ORDER: readonly ImportAction[] = ['REJECT', 'CREATE', 'UPDATE'];

/** The rows of a report by what happens to them, rejected first (what needs fixing), each in file order. */
export function groupImportRows(rows: readonly ImportRow[]): ImportGroup[] {
  return ORDER.map((action) => ({ action, rows: rows.filter((r) => r.action === action).sort((a, b) => a.line - b.line) })).filter((g) => g.rows.length > 0);
}

/** Whether the real import can go ahead: a dry run that rejects nothing and writes something. */
export function canConfirm(report: ImportReport | null): boolean {
  return report !== null && report.dryRun && report.rejected === 0 && report.created + report.updated > 0;
}

/** The format of a file: from its name when it says, otherwise from its first character. */
export function guessFormat(content: string, fileName?: string): LibraryFileFormat {
  const name = fileName?.toLowerCase() ?? '';
  if (name.endsWith('.json')) return 'JSON';
  if (name.endsWith('.csv') || name.endsWith('.txt')) return 'CSV';
  const first = content.replace(/^\uFEFF/, '').trimStart()[0];
  return first === '[' || first === '{' ? 'JSON' : 'CSV';
}
