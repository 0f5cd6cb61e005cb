import { describe, expect, it } from 'vitest';
import { formatLocalDate } from '../../ui/format';
import { changeValue, placeLine } from './format';

describe('library formatting', () => {
  it('writes a consulted-on date in the viewer’s language, whatever the time zone', () => {
    expect(formatLocalDate('2025-03-01', 'fr')).toBe('1 mars 2025');
    expect(formatLocalDate('2025-03-01', 'en')).toBe('March 1, 2025');
    expect(formatLocalDate('pas une date', 'fr')).toBe('pas une date');
  });

  it('writes a place with its known parts, and the country only outside France', () => {
    expect(placeLine({ town: 'Metz', postcode: '57000', departement: 'Moselle', region: 'Grand Est', country: 'FR' }, 'fr')).toBe('Metz (57000), Moselle, Grand Est');
    expect(placeLine({ town: '', region: 'Bretagne', country: 'FR' }, 'fr')).toBe('Bretagne');
    expect(placeLine({ town: 'Liège', country: 'BE' }, 'fr')).toBe('Liège, Belgique');
    expect(placeLine({ town: 'Liège', country: 'BE' }, 'en')).toBe('Liège, Belgium');
  });

  it('writes audit values as text', () => {
    expect(changeValue(null, '(vide)')).toBe('(vide)');
    expect(changeValue(['a', 'b'], '(vide)')).toBe('a, b');
    expect(changeValue([], '(vide)')).toBe('(vide)');
    expect(changeValue({ url: 'https://x.org' }, '(vide)')).toBe('{"url":"https://x.org"}');
    expect(changeValue(12, '(vide)')).toBe('12');
  });
});
