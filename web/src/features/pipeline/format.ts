/** Numbers as French (or English) readers expect them (dates: ui/format.ts). */

export const formatScore = (value: number, language: string) => new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);
