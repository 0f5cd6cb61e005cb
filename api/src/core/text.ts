/**
 * Folds text the way the database's `lower(f_unaccent(…))` does, for matching against search columns:
 * lower case, no diacritics, French ligatures spelled out.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase();
}

/** The distinct folded words of a search string (at most 10, each at most 50 characters). */
export function searchWords(search: string | null | undefined): string[] {
  const words = fold(search ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.slice(0, 50));
  return [...new Set(words)].slice(0, 10);
}
