import { describe, expect, it } from 'vitest';
import type { InitiativeDetailFieldsFragment } from '../../gql/graphql';
import { emptyForm, fieldsOf, formOf, placeOf } from './recordForm';

const record: InitiativeDetailFieldsFragment = {
  __typename: 'Initiative',
  id: 'I:1',
  factoryId: 'F:1',
  name: 'Recyclerie des Deux Rives',
  summary: 'Collecte et revente',
  description: 'Une recyclerie de quartier.',
  status: 'PUBLISHED',
  legalForm: 'ENTREPRISE_INSERTION',
  legalFormDetail: '',
  updatedAt: '2026-11-01T10:00:00Z',
  createdAt: '2026-10-01T10:00:00Z',
  publishedAt: '2026-10-02T10:00:00Z',
  archivedAt: null,
  curatedBy: 'Camille',
  economicModel: 'Ventes',
  revenueSources: ['Ventes', 'Aides au poste'],
  funders: ['Département'],
  yearStarted: 2014,
  jobs: { __typename: 'InitiativeJobs', count: 18, asOf: '2025-01-01' },
  place: { __typename: 'InitiativePlace', town: 'Metz', postcode: '57000', departement: 'Moselle', region: 'Grand Est', country: 'FR', latitude: null, longitude: null },
  themes: [{ __typename: 'Theme', id: 'T:1', slug: 'economie-circulaire', labelFr: 'Économie circulaire', labelEn: 'Circular economy' }],
  transferability: { __typename: 'Transferability', replicationMode: 'NETWORK_MEMBERSHIP', preconditions: ['URBAN'], preconditionsNote: '', minPopulation: 40000, transferable: 'La collecte', contact: '' },
  sources: [{ __typename: 'InitiativeSource', url: 'https://example.org', title: 'Site', consultedOn: '2025-02-01' }],
};

describe('record form', () => {
  it('round-trips a saved record into the same API fields', () => {
    const { fields, errors } = fieldsOf(formOf(record));
    expect(errors).toEqual({});
    expect(fields).toEqual({
      name: 'Recyclerie des Deux Rives',
      summary: 'Collecte et revente',
      description: 'Une recyclerie de quartier.',
      place: { town: 'Metz', postcode: '57000', departement: 'Moselle', region: 'Grand Est', country: 'FR' },
      themeIds: ['T:1'],
      legalForm: 'ENTREPRISE_INSERTION',
      legalFormDetail: '',
      yearStarted: 2014,
      jobs: { count: 18, asOf: '2025-01-01' },
      funders: ['Département'],
      economicModel: 'Ventes',
      revenueSources: ['Ventes', 'Aides au poste'],
      transferability: { replicationMode: 'NETWORK_MEMBERSHIP', preconditions: ['URBAN'], minPopulation: 40000, preconditionsNote: '', transferable: 'La collecte', contact: '' },
      sources: [{ url: 'https://example.org', title: 'Site', consultedOn: '2025-02-01' }],
    });
  });

  it('turns lines into lists, empty numbers into null, and drops blank sources', () => {
    const form = { ...emptyForm(), name: '  Atelier vélo ', funders: 'Région\n\n  Ville  \n', jobsCount: '', minPopulation: '50 000' };
    const { fields, errors } = fieldsOf(form);
    expect(errors).toEqual({});
    expect(fields.name).toBe('Atelier vélo');
    expect(fields.funders).toEqual(['Région', 'Ville']);
    expect(fields.jobs).toBeNull();
    expect(fields.yearStarted).toBeNull();
    expect(fields.legalForm).toBeNull();
    expect(fields.transferability?.minPopulation).toBe(50000);
    expect(fields.sources).toEqual([]);
  });

  it('points at a missing name and at numbers that are not whole numbers', () => {
    expect(fieldsOf({ ...emptyForm(), name: 'x', yearStarted: '20a4', jobsCount: '-3' }).errors).toEqual({ name: true, yearStarted: true, jobsCount: true });
  });

  it('compares places in capitals and France by default', () => {
    expect(placeOf({ town: ' Metz ', postcode: '', departement: '', region: '', country: '' })).toEqual({ town: 'Metz', postcode: '', departement: '', region: '', country: 'FR' });
    expect(placeOf({ town: 'Liège', postcode: '', departement: '', region: '', country: 'be' }).country).toBe('BE');
  });
});
