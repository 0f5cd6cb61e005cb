import type { InitiativeDetailFieldsFragment, InitiativeFieldsInput, InitiativePlaceInput, LegalForm, Precondition, ReplicationMode } from '../../gql/graphql';

/** The edit form's values, as typed (numbers and lists are text until saved). */
export interface RecordForm {
  name: string;
  summary: string;
  description: string;
  town: string;
  postcode: string;
  departement: string;
  region: string;
  country: string;
  themeIds: string[];
  legalForm: LegalForm | '';
  legalFormDetail: string;
  yearStarted: string;
  jobsCount: string;
  jobsAsOf: string;
  funders: string;
  economicModel: string;
  revenueSources: string;
  replicationMode: ReplicationMode | '';
  preconditions: Precondition[];
  minPopulation: string;
  preconditionsNote: string;
  transferable: string;
  contact: string;
  sources: { url: string; title: string; consultedOn: string }[];
}

export type NumberField = 'yearStarted' | 'jobsCount' | 'minPopulation';
export type FormErrors = Partial<Record<'name' | NumberField, true>>;

export const PRECONDITIONS = ['URBAN', 'PERIURBAN', 'RURAL', 'QPV'] as const satisfies readonly Precondition[];

export const emptySource = () => ({ url: '', title: '', consultedOn: '' });

export function emptyForm(): RecordForm {
  return {
    name: '', summary: '', description: '', town: '', postcode: '', departement: '', region: '', country: 'FR', themeIds: [], legalForm: '', legalFormDetail: '',
    yearStarted: '', jobsCount: '', jobsAsOf: '', funders: '', economicModel: '', revenueSources: '', replicationMode: '', preconditions: [], minPopulation: '',
    preconditionsNote: '', transferable: '', contact: '', sources: [emptySource()],
  };
}

const text = (value: unknown) => (typeof value === 'string' ? value : value == null ? '' : String(value));

/** The form filled with a saved record. */
export function formOf(record: InitiativeDetailFieldsFragment): RecordForm {
  const tr = record.transferability;
  return {
    name: record.name,
    summary: record.summary,
    description: record.description,
    town: record.place.town,
    postcode: record.place.postcode,
    departement: record.place.departement,
    region: record.place.region,
    country: record.place.country,
    themeIds: record.themes.map((th) => th.id),
    legalForm: record.legalForm ?? '',
    legalFormDetail: record.legalFormDetail,
    yearStarted: text(record.yearStarted),
    jobsCount: text(record.jobs?.count),
    jobsAsOf: text(record.jobs?.asOf),
    funders: record.funders.join('\n'),
    economicModel: record.economicModel,
    revenueSources: record.revenueSources.join('\n'),
    replicationMode: tr.replicationMode ?? '',
    preconditions: [...tr.preconditions],
    minPopulation: text(tr.minPopulation),
    preconditionsNote: tr.preconditionsNote,
    transferable: tr.transferable,
    contact: tr.contact,
    sources: record.sources.length ? record.sources.map((s) => ({ url: s.url, title: s.title, consultedOn: text(s.consultedOn) })) : [emptySource()],
  };
}

const lines = (value: string) => value.split('\n').map((l) => l.trim()).filter(Boolean);

/** A whole number, null when empty, undefined when it is not one. */
function whole(value: string): number | null | undefined {
  const trimmed = value.trim().replace(/\s/g, '');
  if (!trimmed) return null;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : undefined;
}

/** The place to look for duplicates in (what the API compares: the same place). */
export function placeOf(form: Pick<RecordForm, 'town' | 'postcode' | 'departement' | 'region' | 'country'>): InitiativePlaceInput {
  return { town: form.town.trim(), postcode: form.postcode.trim(), departement: form.departement.trim(), region: form.region.trim(), country: form.country.trim().toUpperCase() || 'FR' };
}

/** The API fields of a form, or the fields to correct first. Every field is sent: saving replaces the record's values. */
export function fieldsOf(form: RecordForm): { fields: InitiativeFieldsInput; errors: FormErrors } {
  const errors: FormErrors = {};
  const name = form.name.trim();
  if (name.length < 2 || name.length > 200) errors.name = true;
  const numbers = { yearStarted: whole(form.yearStarted), jobsCount: whole(form.jobsCount), minPopulation: whole(form.minPopulation) };
  for (const [key, value] of Object.entries(numbers)) if (value === undefined) errors[key as NumberField] = true;
  const fields: InitiativeFieldsInput = {
    name,
    summary: form.summary.trim(),
    description: form.description.trim(),
    place: placeOf(form),
    themeIds: form.themeIds,
    legalForm: form.legalForm || null,
    legalFormDetail: form.legalFormDetail.trim(),
    yearStarted: numbers.yearStarted ?? null,
    jobs: typeof numbers.jobsCount === 'number' ? { count: numbers.jobsCount, asOf: form.jobsAsOf || null } : null,
    funders: lines(form.funders),
    economicModel: form.economicModel.trim(),
    revenueSources: lines(form.revenueSources),
    transferability: {
      replicationMode: form.replicationMode || null,
      preconditions: form.preconditions,
      minPopulation: numbers.minPopulation ?? null,
      preconditionsNote: form.preconditionsNote.trim(),
      transferable: form.transferable.trim(),
      contact: form.contact.trim(),
    },
    sources: form.sources
      .map((s) => ({ url: s.url.trim(), title: s.title.trim(), consultedOn: s.consultedOn || null }))
      .filter((s) => s.url || s.title),
  };
  return { fields, errors };
}
