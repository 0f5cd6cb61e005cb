import { describe, expect, it } from 'vitest';
import { readFilters, statusShown, toNeedFilter, writeFilters } from './needFilters';

describe('needs board filters', () => {
  it('reads the address, ignoring unknown statuses', () => {
    expect(readFilters(new URLSearchParams('theme=T1&territoire=X&statut=OPEN&q=garde'))).toEqual({ theme: 'T1', territory: 'X', status: 'OPEN', words: 'garde' });
    expect(readFilters(new URLSearchParams('statut=DELETED')).status).toBe('');
  });

  it('writes only the filters set, keeping the other parameters', () => {
    const next = writeFilters(new URLSearchParams('fabrique=nancy&q=old'), { theme: 'T1', territory: '', status: 'ALL', words: '  ' });
    expect(next.toString()).toBe('fabrique=nancy&theme=T1&statut=ALL');
  });

  it('turns the choices into the API filter', () => {
    expect(toNeedFilter({ theme: '', territory: '', status: '', words: '' })).toEqual({});
    expect(toNeedFilter({ theme: 'T1', territory: 'X', status: 'ARCHIVED', words: ' garde du soir ' })).toEqual({ themeIds: ['T1'], territoryIds: ['X'], statuses: ['ARCHIVED'], search: 'garde du soir' });
    expect(toNeedFilter({ theme: '', territory: '', status: 'ALL', words: '' }).statuses).toEqual(['OPEN', 'IN_PROGRESS', 'ADDRESSED', 'ARCHIVED']);
  });

  it('hides a need just archived from the default list, not from the archive list', () => {
    expect(statusShown('ARCHIVED', '')).toBe(false);
    expect(statusShown('OPEN', '')).toBe(true);
    expect(statusShown('ARCHIVED', 'ARCHIVED')).toBe(true);
    expect(statusShown('OPEN', 'ARCHIVED')).toBe(false);
    expect(statusShown('ARCHIVED', 'ALL')).toBe(true);
  });
});
