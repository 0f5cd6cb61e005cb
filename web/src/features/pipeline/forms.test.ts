import { describe, expect, it } from 'vitest';
import { checkApplication, checkCall, checkDecision, MOTIVATION_MAX, membersOf, today } from './forms';

describe('checkApplication', () => {
  it('accepts a name with an e-mail or a phone number', () => {
    expect(checkApplication({ name: 'Awa Diallo', contact: 'awa@example.org', motivation: '' })).toEqual({});
    expect(checkApplication({ name: 'Awa Diallo', contact: '06 12 34 56 78', motivation: 'Je connais le quartier.' })).toEqual({});
    expect(checkApplication({ name: 'Awa', contact: '+33 6 12 34 56 78', motivation: '' })).toEqual({});
  });

  it('flags a blank name, an unreachable contact and a too long motivation', () => {
    expect(checkApplication({ name: '  ', contact: 'awa', motivation: '' })).toEqual({ name: true, contact: true });
    expect(checkApplication({ name: 'Awa', contact: '1234', motivation: '' })).toEqual({ contact: true });
    expect(checkApplication({ name: 'Awa', contact: 'awa@example', motivation: '' })).toEqual({ contact: true });
    expect(checkApplication({ name: 'Awa', contact: 'awa@example.org', motivation: 'x'.repeat(MOTIVATION_MAX + 1) })).toEqual({ motivation: true });
  });
});

describe('checkDecision and membersOf', () => {
  it('reads members one per line or separated by commas, without blanks or repeats', () => {
    expect(membersOf('Claire Martin\n\n  Jules Petit , Claire Martin;Région Grand Est\n')).toEqual(['Claire Martin', 'Jules Petit', 'Région Grand Est']);
  });

  it('needs a date, at least one member and a rationale', () => {
    expect(checkDecision({ outcome: 'GO', date: '2026-11-20', members: 'Claire', rationale: 'Besoin avéré.' })).toEqual({});
    expect(checkDecision({ outcome: 'NO_GO', date: '', members: ' \n ', rationale: '  ' })).toEqual({ date: true, members: true, rationale: true });
  });
});

describe('checkCall', () => {
  const now = new Date('2026-11-26T12:00:00');
  it('needs a description and a deadline after now', () => {
    expect(checkCall({ description: 'Reprendre la recyclerie', deadline: '2026-12-31T18:00' }, now)).toEqual({});
    expect(checkCall({ description: ' ', deadline: '2026-11-26T11:00' }, now)).toEqual({ description: true, deadline: true });
    expect(checkCall({ description: 'x', deadline: '' }, now)).toEqual({ deadline: true });
  });
});

describe('today', () => {
  it('is the local calendar day', () => {
    expect(today(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
