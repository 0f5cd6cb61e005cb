import { describe, expect, it } from 'vitest';
import { csvField, fileSlug, toCsv } from './csv';

describe('CSV export', () => {
  it('quotes what needs quoting and keeps the rest readable', () => {
    expect(csvField('Recyclerie')).toBe('Recyclerie');
    expect(csvField('Café; épicerie')).toBe('"Café; épicerie"');
    expect(csvField('Il a dit "oui"')).toBe('"Il a dit ""oui"""');
    expect(csvField('ligne 1\nligne 2')).toBe('"ligne 1\nligne 2"');
    expect(csvField(3)).toBe('3');
  });

  it('neutralises spreadsheet formulas', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('-2')).toBe("'-2");
  });

  it('joins rows with ; and CRLF', () => {
    expect(toCsv([['Rang', 'Idée'], [1, 'Recyclerie']])).toBe('Rang;Idée\r\n1;Recyclerie\r\n');
  });

  it('makes file names from titles', () => {
    expect(fileSlug('Atelier idées — Haussonville !')).toBe('atelier-idees-haussonville');
    expect(fileSlug('***')).toBe('seance');
  });
});
