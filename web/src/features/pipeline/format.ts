/** Numbers and dates as French (or English) readers expect them. */

export const formatScore = (value: number, language: string) => new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);

/** A `yyyy-mm-dd` date (no time zone: shown as written). */
export function formatDay(day: unknown, language: string): string {
  const text = String(day ?? '');
  const [y, m, d] = text.split('-').map(Number);
  if (!y || !m || !d) return text;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

export const formatInstant = (iso: string, language: string) => new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
