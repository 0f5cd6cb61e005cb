/** Dates as French (or English) readers expect them, shared by the screens. */

/** A `LocalDate` (YYYY-MM-DD, an untyped scalar in the generated types) in the viewer's language, never shifted by the time zone. */
export function formatLocalDate(value: unknown, locale: string): string {
  const text = String(value ?? '');
  const date = new Date(`${text}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return text;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A `DateTime` in the viewer's language and time zone. */
export function formatDateTime(value: string, locale: string, dateStyle: 'medium' | 'long' = 'medium'): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale, { dateStyle, timeStyle: 'short' }).format(date);
}
