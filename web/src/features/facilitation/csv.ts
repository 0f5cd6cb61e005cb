/**
 * CSV for spreadsheets used in France: `;` separated (Excel in French reads `,` as the
 * decimal mark), CRLF line ends, every field quoted when needed, and a byte-order mark so
 * that accents survive in Excel.
 */
export const CSV_SEPARATOR = ';';

export function csvField(value: string | number): string {
  const text = String(value);
  // Formula injection: a cell starting with = + - @ would run in a spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[";\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => row.map(csvField).join(CSV_SEPARATOR)).join('\r\n') + '\r\n';
}

/** A file name from a title: lower case ASCII words joined by dashes. */
export function fileSlug(title: string): string {
  return (
    title
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'seance'
  );
}
