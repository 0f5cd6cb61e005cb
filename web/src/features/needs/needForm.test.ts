import { describe, expect, it } from 'vitest';
import { draftInput, draftOf, emptyDraft, hasErrors, validateDraft } from './needForm';

describe('need form', () => {
  it('requires a 3–200 character statement, a theme and a territory', () => {
    const errors = validateDraft({ ...emptyDraft(), title: ' ab ' });
    expect(errors).toEqual({ title: 'titleLength', themeId: 'themeRequired', territoryId: 'territoryRequired', sources: [] });
    expect(hasErrors(errors)).toBe(true);
    expect(hasErrors(validateDraft({ ...emptyDraft(), title: 'Garde du soir', themeId: 'T', territoryId: 'X' }))).toBe(false);
    expect(validateDraft({ ...emptyDraft(), title: 'x'.repeat(201) }).title).toBe('titleLength');
  });

  it('checks each source: an http(s) address and a title', () => {
    const draft = { ...emptyDraft(), title: 'Garde du soir', themeId: 'T', territoryId: 'X', sources: [{ title: 'Insee', url: 'https://insee.fr/x' }, { title: '', url: 'ftp://example.org' }, { title: 'Note', url: 'pas une adresse' }] };
    expect(validateDraft(draft).sources).toEqual([{}, { title: 'sourceTitle', url: 'sourceUrl' }, { url: 'sourceUrl' }]);
  });

  it('sends trimmed values, and edits a saved need (an archived one reopens as OPEN)', () => {
    const input = draftInput({ ...emptyDraft(), title: '  Garde du soir ', themeId: 'T', territoryId: 'X', sources: [{ title: ' Insee ', url: ' https://insee.fr ' }] });
    expect(input).toEqual({ title: 'Garde du soir', description: '', evidence: '', reportedBy: '', themeId: 'T', territoryId: 'X', sources: [{ title: 'Insee', url: 'https://insee.fr' }] });
    const need = { title: 'A', description: 'B', evidence: 'C', reportedBy: 'D', status: 'ARCHIVED' as const, theme: { id: 'T' }, territory: { id: 'X' }, sources: [{ title: 'S', url: 'https://s.fr' }] };
    expect(draftOf(need)).toEqual({ title: 'A', description: 'B', evidence: 'C', reportedBy: 'D', status: 'OPEN', themeId: 'T', territoryId: 'X', sources: [{ title: 'S', url: 'https://s.fr' }] });
  });
});
