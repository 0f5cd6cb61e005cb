import { validate } from 'class-validator';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../core/context.js';
import { notFound } from '../core/errors.js';
import { fromGlobalId, idOf, toGlobalId } from '../core/graphql/node.js';
import { fold } from '../core/text.js';
import { Factory } from '../factories/factory.entity.js';
import { authorize } from '../identity/policy.js';
import { User } from '../identity/user.entity.js';
import { Theme } from '../needs/theme.entity.js';
import { ChangeAction } from './initiative-change.entity.js';
import { Initiative, InitiativeStatus, LegalForm, MAX_SOURCES, Precondition, ReplicationMode } from './initiative.entity.js';
import {
  ExchangeFormat,
  InitiativeFieldsInput,
  InitiativeJobsInput,
  InitiativePlaceInput,
  InitiativeSourceInput,
  TransferabilityInput,
  InitiativeSort,
  type InitiativeFilter,
} from './initiative.inputs.js';
import { ImportAction, type ImportReport, type ImportRow, type LibraryExport } from './library.types.js';
import { actorOf, applyFields, auditRecord, authorizeLibrary, diff, recordChange, visibleStatuses, type Actor } from './library.service.js';
import { searchIds, statusesFor, withSimilarity, type SearchFilter } from './search.js';

/*
 * Import and export of a library. The CSV columns and the JSON keys are the same; a file exported can be
 * imported again (rows with an `id` update that record). Absent columns/keys leave fields as they are;
 * present but empty ones clear them.
 */

export const COLUMNS = [
  'id', 'name', 'summary', 'description', 'town', 'postcode', 'departement', 'region', 'country', 'latitude', 'longitude', 'themes',
  'legalForm', 'legalFormDetail', 'economicModel', 'revenueSources', 'yearStarted', 'jobsCount', 'jobsAsOf', 'funders', 'replicationMode',
  'preconditions', 'minPopulation', 'preconditionsNote', 'transferable', 'transferContact', 'sourceUrls', 'sourceTitles', 'sourceConsultedOn', 'status',
] as const;
type Column = (typeof COLUMNS)[number];

export const MAX_IMPORT_ROWS = 2_000;
export const MAX_EXPORT_ROWS = 10_000;
/** A dry run looks for likely duplicates of new records in files of up to this many (about 50 ms each in a large library). */
export const MAX_DUPLICATE_CHECKS = 100;
const LIST_SEPARATOR = ' | ';

/** A record as exchanged: flat, lists as arrays, sources as objects. */
export interface FlatRecord {
  id: string | null;
  name: string;
  summary: string;
  description: string;
  town: string;
  postcode: string;
  departement: string;
  region: string;
  country: string;
  latitude: number | null;
  longitude: number | null;
  themes: string[];
  legalForm: LegalForm | null;
  legalFormDetail: string;
  economicModel: string;
  revenueSources: string[];
  yearStarted: number | null;
  jobsCount: number | null;
  jobsAsOf: string | null;
  funders: string[];
  replicationMode: ReplicationMode | null;
  preconditions: Precondition[];
  minPopulation: number | null;
  preconditionsNote: string;
  transferable: string;
  transferContact: string;
  sources: { url: string; title: string; consultedOn: string | null }[];
  status: InitiativeStatus;
}

const EMPTY: FlatRecord = {
  id: null, name: '', summary: '', description: '', town: '', postcode: '', departement: '', region: '', country: 'FR', latitude: null, longitude: null,
  themes: [], legalForm: null, legalFormDetail: '', economicModel: '', revenueSources: [], yearStarted: null, jobsCount: null, jobsAsOf: null, funders: [],
  replicationMode: null, preconditions: [], minPopulation: null, preconditionsNote: '', transferable: '', transferContact: '', sources: [], status: InitiativeStatus.DRAFT,
};

/** Themes must be loaded. */
export function flatOf(i: Initiative): FlatRecord {
  return {
    id: toGlobalId('Initiative', i.id), name: i.name, summary: i.summary, description: i.description, town: i.town, postcode: i.postcode,
    departement: i.departement, region: i.region, country: i.country, latitude: i.latitude, longitude: i.longitude,
    themes: i.themes.getItems().map((t) => t.slug).sort(), legalForm: i.legalForm, legalFormDetail: i.legalFormDetail, economicModel: i.economicModel,
    revenueSources: i.revenueSources, yearStarted: i.yearStarted, jobsCount: i.jobsCount, jobsAsOf: i.jobsAsOf, funders: i.funders,
    replicationMode: i.replicationMode, preconditions: i.preconditions, minPopulation: i.minPopulation, preconditionsNote: i.preconditionsNote,
    transferable: i.transferable, transferContact: i.transferContact, sources: i.sources.map((s) => ({ url: s.url, title: s.title, consultedOn: s.consultedOn ?? null })),
    status: i.status,
  };
}

/* ------------------------------------------------------------------------------------------------
 * CSV (RFC 4180; comma or semicolon, detected on the header line).
 * ---------------------------------------------------------------------------------------------- */

export function parseCsv(text: string): { rows: string[][]; lines: number[] } {
  const body = text.replace(/^\uFEFF/, '');
  const headerEnd = body.search(/\r?\n/);
  const header = headerEnd < 0 ? body : body.slice(0, headerEnd);
  const delimiter = (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: string[][] = [];
  const lines: number[] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        cell += c;
      }
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === delimiter) {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      row.push(cell);
      if (row.some((v) => v !== '')) {
        rows.push(row);
        lines.push(rowLine);
      }
      row = [];
      cell = '';
      line++;
      rowLine = line;
    } else cell += c;
  }
  row.push(cell);
  if (row.some((v) => v !== '')) {
    rows.push(row);
    lines.push(rowLine);
  }
  return { rows, lines };
}

/**
 * Spreadsheets run a cell starting with = + - @ (or a tab or carriage return) as a formula: an exported
 * cell that does so (and is not a plain number) gets a leading apostrophe, which spreadsheets show as
 * text and `unguardCell` removes on import, so that exports still import as they were.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+([.,]\d+)?$/;

function guardCell(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

function unguardCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

function csvCell(raw: string): string {
  const value = guardCell(raw);
  return /[",;\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(records: FlatRecord[]): string {
  const cells = (r: FlatRecord): string[] =>
    COLUMNS.map((c) => {
      if (c === 'sourceUrls') return r.sources.map((s) => s.url).join(LIST_SEPARATOR);
      if (c === 'sourceTitles') return r.sources.map((s) => s.title.replace(/\|/g, '/')).join(LIST_SEPARATOR);
      if (c === 'sourceConsultedOn') return r.sources.map((s) => s.consultedOn ?? '-').join(LIST_SEPARATOR);
      const v = r[c];
      if (Array.isArray(v)) return v.map((x) => String(x).replace(/\|/g, '/')).join(LIST_SEPARATOR);
      return v === null ? '' : String(v);
    });
  return [COLUMNS.join(','), ...records.map((r) => cells(r).map(csvCell).join(','))].join('\r\n') + '\r\n';
}

/* ------------------------------------------------------------------------------------------------
 * Reading rows: raw values (strings from CSV, anything from JSON) into a partial record, with reasons.
 * ---------------------------------------------------------------------------------------------- */

interface RawRow {
  line: number;
  values: Partial<Record<Column | 'sources', unknown>>;
}

function rowsOf(format: ExchangeFormat, content: string): { rows: RawRow[]; error: string | null } {
  if (format === ExchangeFormat.JSON) {
    let data: unknown;
    try {
      data = JSON.parse(content);
    } catch {
      return { rows: [], error: 'The file is not valid JSON.' };
    }
    if (!Array.isArray(data)) return { rows: [], error: 'The JSON file must hold an array of records.' };
    return {
      rows: data.map((v, i) => ({ line: i + 1, values: v && typeof v === 'object' && !Array.isArray(v) ? (v as RawRow['values']) : { name: undefined, __invalid: true } as RawRow['values'] })),
      error: null,
    };
  }
  const { rows, lines } = parseCsv(content);
  if (rows.length === 0) return { rows: [], error: 'The file is empty.' };
  const header = rows[0]!.map((h) => h.trim());
  const unknown = header.filter((h) => h && !(COLUMNS as readonly string[]).includes(h));
  if (unknown.length) return { rows: [], error: `Unknown columns: ${unknown.join(', ')}. Expected some of: ${COLUMNS.join(', ')}.` };
  if (!header.includes('name') && !header.includes('id')) return { rows: [], error: 'The header must have a "name" (or "id") column.' };
  return {
    rows: rows.slice(1).map((cells, i) => ({
      line: lines[i + 1]!,
      values: Object.fromEntries(header.map((h, k) => [h, unguardCell(cells[k] ?? '')] as const).filter(([h]) => h)) as RawRow['values'],
    })),
    error: null,
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Parses the present columns of a row; each problem is a reason naming its column. */
function parseRow(raw: RawRow, csv: boolean): { values: Partial<FlatRecord>; reasons: string[] } {
  const reasons: string[] = [];
  const out: Partial<FlatRecord> = {};
  const v = raw.values as Record<string, unknown>;
  if ('__invalid' in v) return { values: out, reasons: ['the record must be a JSON object'] };
  const has = (k: string) => Object.prototype.hasOwnProperty.call(v, k);
  const text = (k: keyof FlatRecord & Column) => {
    if (!has(k)) return;
    const x = v[k];
    if (x === null || x === undefined) (out as Record<string, unknown>)[k] = '';
    else if (typeof x === 'string' || typeof x === 'number') (out as Record<string, unknown>)[k] = String(x).trim();
    else reasons.push(`${k}: must be text`);
  };
  const num = (k: keyof FlatRecord & Column, integer: boolean) => {
    if (!has(k)) return;
    const x = v[k];
    if (x === null || x === undefined || x === '') return void ((out as Record<string, unknown>)[k] = null);
    const n = typeof x === 'number' ? x : typeof x === 'string' ? Number(x.trim().replace(',', '.')) : NaN;
    if (!Number.isFinite(n) || (integer && !Number.isInteger(n))) reasons.push(`${k}: must be ${integer ? 'a whole number' : 'a number'}`);
    else (out as Record<string, unknown>)[k] = n;
  };
  const list = (k: Column): string[] | undefined => {
    if (!has(k)) return undefined;
    const x = v[k];
    if (x === null || x === undefined || x === '') return [];
    if (typeof x === 'string') return x.split('|').map((s) => s.trim()).filter(Boolean);
    if (Array.isArray(x) && x.every((s) => typeof s === 'string')) return x.map((s: string) => s.trim()).filter(Boolean);
    reasons.push(`${k}: must be ${csv ? 'values separated by "|"' : 'an array of strings'}`);
    return undefined;
  };
  const enumOf = <E extends string>(k: keyof FlatRecord & Column, values: readonly E[], x: unknown): E | null | undefined => {
    if (x === null || x === undefined || x === '') return null;
    const key = typeof x === 'string' ? fold(x).trim().toUpperCase().replace(/[\s-]+/g, '_') : '';
    const found = values.find((e) => e === key);
    if (!found) reasons.push(`${k}: "${String(x)}" is not one of ${values.join(', ')}`);
    return found;
  };

  for (const k of ['name', 'summary', 'description', 'town', 'postcode', 'departement', 'region', 'country', 'legalFormDetail', 'economicModel', 'preconditionsNote', 'transferable', 'transferContact'] as const) text(k);
  if (out.country !== undefined) out.country = out.country.toUpperCase() || 'FR';
  num('latitude', false);
  num('longitude', false);
  num('yearStarted', true);
  num('jobsCount', true);
  num('minPopulation', true);
  if (has('jobsAsOf')) {
    const x = v.jobsAsOf;
    if (x === null || x === '' || x === undefined) out.jobsAsOf = null;
    else if (typeof x === 'string' && DATE.test(x.trim())) out.jobsAsOf = x.trim();
    else reasons.push('jobsAsOf: must be a date YYYY-MM-DD');
  }
  for (const k of ['themes', 'revenueSources', 'funders'] as const) {
    const l = list(k);
    if (l) out[k] = l;
  }
  if (has('legalForm')) {
    const e = enumOf('legalForm', Object.values(LegalForm), v.legalForm);
    if (e !== undefined) out.legalForm = e;
  }
  if (has('replicationMode')) {
    const e = enumOf('replicationMode', Object.values(ReplicationMode), v.replicationMode);
    if (e !== undefined) out.replicationMode = e;
  }
  const pre = list('preconditions');
  if (pre) out.preconditions = pre.map((p) => enumOf('preconditions', Object.values(Precondition), p)).filter((p): p is Precondition => !!p);
  if (has('status')) {
    const e = enumOf('status', Object.values(InitiativeStatus), v.status);
    if (e) out.status = e;
  }
  if (has('id') && v.id !== '' && v.id !== null && v.id !== undefined) out.id = String(v.id).trim();

  if (csv && (has('sourceUrls') || has('sourceTitles') || has('sourceConsultedOn'))) {
    const urls = list('sourceUrls') ?? [];
    const titles = list('sourceTitles') ?? [];
    const dates = list('sourceConsultedOn') ?? [];
    if (titles.length > urls.length || dates.length > urls.length) reasons.push('sourceTitles, sourceConsultedOn: one value per URL of sourceUrls, in the same order');
    out.sources = urls.map((url, k) => ({ url, title: titles[k] || hostOf(url), consultedOn: dates[k] && dates[k] !== '-' ? dates[k]! : null }));
  } else if (!csv && has('sources')) {
    const x = v.sources;
    if (x === null) out.sources = [];
    else if (Array.isArray(x) && x.every((s) => s && typeof s === 'object' && typeof (s as { url?: unknown }).url === 'string')) {
      out.sources = (x as { url: string; title?: unknown; consultedOn?: unknown }[]).map((s) => ({
        url: s.url.trim(),
        title: typeof s.title === 'string' && s.title.trim() ? s.title.trim() : hostOf(s.url),
        consultedOn: typeof s.consultedOn === 'string' && s.consultedOn ? s.consultedOn : null,
      }));
    } else reasons.push('sources: must be an array of { url, title, consultedOn }');
  }
  for (const s of out.sources ?? []) if (s.consultedOn && !DATE.test(s.consultedOn)) reasons.push(`sourceConsultedOn: "${s.consultedOn}" must be a date YYYY-MM-DD`);
  return { values: out, reasons };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname || url;
  } catch {
    return url;
  }
}

/** The GraphQL input for a full record, so that imports obey exactly the rules of `createInitiative`. */
function fieldsOf(r: FlatRecord): InitiativeFieldsInput {
  const place = Object.assign(new InitiativePlaceInput(), {
    town: r.town, postcode: r.postcode, departement: r.departement, region: r.region, country: r.country, latitude: r.latitude, longitude: r.longitude,
  });
  const transferability = Object.assign(new TransferabilityInput(), {
    replicationMode: r.replicationMode, preconditions: r.preconditions, minPopulation: r.minPopulation, preconditionsNote: r.preconditionsNote,
    transferable: r.transferable, contact: r.transferContact,
  });
  const jobs = r.jobsCount === null ? null : Object.assign(new InitiativeJobsInput(), { count: r.jobsCount, asOf: r.jobsAsOf });
  const sources = r.sources.map((s) => Object.assign(new InitiativeSourceInput(), s));
  return Object.assign(new InitiativeFieldsInput(), {
    name: r.name, summary: r.summary, description: r.description, place, legalForm: r.legalForm, legalFormDetail: r.legalFormDetail,
    economicModel: r.economicModel, revenueSources: r.revenueSources, yearStarted: r.yearStarted, jobs, funders: r.funders, transferability, sources,
  });
}

/** Maps a field path of the input back to the file's column. */
const COLUMN_OF: Record<string, string> = {
  'place.town': 'town', 'place.postcode': 'postcode', 'place.departement': 'departement', 'place.region': 'region', 'place.country': 'country',
  'place.latitude': 'latitude', 'place.longitude': 'longitude', 'jobs.count': 'jobsCount', 'jobs.asOf': 'jobsAsOf',
  'transferability.minPopulation': 'minPopulation', 'transferability.preconditionsNote': 'preconditionsNote', 'transferability.transferable': 'transferable',
  'transferability.contact': 'transferContact',
};

interface ValidationErrorLike {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorLike[];
}

function reasonsOf(errors: ValidationErrorLike[], prefix = ''): string[] {
  return errors.flatMap((e) => {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    const column = COLUMN_OF[path] ?? (path.startsWith('sources.') ? `source ${Number(path.split('.')[1]) + 1} ${path.split('.')[2] ?? ''}`.trim() : path);
    return [...Object.values(e.constraints ?? {}).map((m) => `${column}: ${m.replace(/^\S+ (must)/, '$1')}`), ...reasonsOf(e.children ?? [], path)];
  });
}

/* ------------------------------------------------------------------------------------------------
 * Import.
 * ---------------------------------------------------------------------------------------------- */

interface PlannedRow {
  report: ImportRow;
  record: FlatRecord;
  existing: Initiative | null;
  themes: Theme[];
}

function themeResolver(themes: Theme[]) {
  const bySlug = new Map(themes.map((t) => [t.slug, t]));
  const byLabel = new Map(themes.map((t) => [fold(t.labelFr).trim(), t]));
  return (ref: string) => bySlug.get(ref.trim()) ?? byLabel.get(fold(ref).trim()) ?? null;
}

/**
 * Imports a CSV or JSON file. Each row is checked as `createInitiative` would check it and reported as
 * CREATE, UPDATE (same `id`, or same name in the same town) or REJECT with its reasons. A dry run stops
 * there; a real import writes every row in one transaction, and nothing at all if any row is rejected.
 */
export async function importInitiatives(ctx: Context, input: { factoryId: string; format: ExchangeFormat; content: string; dryRun: boolean }): Promise<ImportReport> {
  const factoryId = idOf(input.factoryId, 'Factory', 'factoryId');
  authorize(ctx.viewer, 'library:curate', factoryId);
  const factory = await ctx.em.findOne(Factory, factoryId);
  if (!factory) throw notFound('Factory');
  const csv = input.format === ExchangeFormat.CSV;
  const { rows, error } = rowsOf(input.format, input.content);
  const report = (rowsOut: ImportRow[], applied: boolean): ImportReport => ({
    dryRun: input.dryRun,
    applied,
    created: rowsOut.filter((r) => r.action === ImportAction.CREATE).length,
    updated: rowsOut.filter((r) => r.action === ImportAction.UPDATE).length,
    rejected: rowsOut.filter((r) => r.action === ImportAction.REJECT).length,
    rows: rowsOut,
  });
  if (error) return report([{ line: 1, name: '', action: ImportAction.REJECT, initiativeId: null, reasons: [error], warnings: [] }], false);
  if (rows.length > MAX_IMPORT_ROWS) {
    return report([{ line: 1, name: '', action: ImportAction.REJECT, initiativeId: null, reasons: [`At most ${MAX_IMPORT_ROWS} rows per import: split the file.`], warnings: [] }], false);
  }

  const parsed = rows.map((raw) => ({ raw, ...parseRow(raw, csv) }));
  const em = ctx.em;
  const theme = themeResolver(await em.find(Theme, { $or: [{ factory: null }, { factory: factoryId }] }));

  // Existing records: by id, and by (folded name, folded town), in two queries for the whole file.
  const ids = parsed.map((p) => p.values.id).filter((id): id is string => !!id).map((id) => fromGlobalId(id)?.id ?? id);
  const validIds = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  const byId = new Map((validIds.length ? await em.find(Initiative, { id: { $in: validIds }, factory: factoryId }, { populate: ['themes'] }) : []).map((i) => [i.id, i]));
  const keyed = parsed.filter((p) => !p.values.id && p.values.name);
  const byKey = new Map<string, string>();
  if (keyed.length) {
    const found = await em.getConnection().execute<{ id: string; k: number }[]>(
      `select i.id, k.k::int from unnest(array[?]::text[], array[?]::text[]) with ordinality as k(n, t, k)
       join initiative i on i.factory_id = ? and i.merged_into_id is null and i.name_folded = lower(f_unaccent(k.n))
         and lower(f_unaccent(i.town)) = lower(f_unaccent(k.t))`,
      [keyed.map((p) => p.values.name!), keyed.map((p) => p.values.town ?? ''), factoryId],
      'all',
      em.getTransactionContext(),
    );
    for (const f of found) byKey.set(String(f.k - 1), f.id);
    const missing = found.map((f) => f.id).filter((id) => !byId.has(id));
    if (missing.length) for (const i of await em.find(Initiative, { id: { $in: missing } }, { populate: ['themes'] })) byId.set(i.id, i);
  }

  const seen = new Map<string, number>();
  const planned: PlannedRow[] = [];
  for (const p of parsed) {
    const reasons = [...p.reasons];
    const warnings: string[] = [];
    let existing: Initiative | null = null;
    if (p.values.id) {
      const uuid = fromGlobalId(p.values.id)?.id ?? p.values.id;
      existing = byId.get(uuid) ?? null;
      if (!existing) reasons.push('id: no such record in this library');
      else if (existing.mergedInto) {
        existing = null;
        reasons.push('id: this record was merged into another one; use that one’s id');
      }
    } else if (p.values.name) {
      const k = keyed.indexOf(p);
      const match = byKey.get(String(k));
      existing = match ? (byId.get(match) ?? null) : null;
    }
    const record: FlatRecord = { ...(existing ? flatOf(existing) : EMPTY), ...p.values };
    if (!record.name) reasons.push('name: is required');
    const key = existing ? existing.id : `${fold(record.name).trim()}|${fold(record.town).trim()}`;
    if (seen.has(key)) reasons.push(`the same record as line ${seen.get(key)}`);
    else seen.set(key, p.raw.line);
    const themes: Theme[] = [];
    for (const ref of record.themes) {
      const t = theme(ref);
      if (!t) reasons.push(`themes: unknown theme "${ref}"`);
      else if (!themes.includes(t)) themes.push(t);
    }
    if (record.sources.length > MAX_SOURCES) reasons.push(`sources: at most ${MAX_SOURCES}`);
    if (record.status === InitiativeStatus.PUBLISHED && record.sources.length === 0) reasons.push('sourceUrls: a published record needs at least one source');
    if (record.name) reasons.push(...reasonsOf(await validate(fieldsOf(record), { forbidUnknownValues: false })));
    planned.push({
      report: {
        line: p.raw.line,
        name: record.name,
        action: reasons.length ? ImportAction.REJECT : existing ? ImportAction.UPDATE : ImportAction.CREATE,
        initiativeId: existing ? toGlobalId('Initiative', existing.id) : null,
        reasons: [...new Set(reasons)],
        warnings,
      },
      record,
      existing,
      themes,
    });
  }

  const creating = planned.filter((p) => p.report.action === ImportAction.CREATE);
  if (input.dryRun && creating.length <= MAX_DUPLICATE_CHECKS) await warnDuplicates(em, factoryId, creating);
  const rejected = planned.some((p) => p.report.action === ImportAction.REJECT);
  if (input.dryRun || rejected) return report(planned.map((p) => p.report), false);

  const actor = await actorOf(ctx);
  for (const p of planned) {
    const initiative = p.existing ?? new Initiative(em.getReference(Factory, factoryId), p.record.name);
    writeRow(em, initiative, p, actor);
    p.report.initiativeId = toGlobalId('Initiative', initiative.id);
  }
  await em.flush(); // one transaction for every row, their themes and their audit entries
  return report(planned.map((p) => p.report), true);
}

function writeRow(em: EntityManager, initiative: Initiative, p: PlannedRow, actor: Actor): void {
  const before = p.existing ? auditRecord(initiative) : null;
  applyFields(initiative, fieldsOf(p.record), p.themes);
  if (p.record.status === InitiativeStatus.PUBLISHED) initiative.publish();
  else if (p.record.status === InitiativeStatus.ARCHIVED) initiative.archive();
  else {
    initiative.status = InitiativeStatus.DRAFT;
    initiative.archivedAt = null;
  }
  if (actor.userId) initiative.curatedBy = em.getReference(User, actor.userId);
  const changes = diff(before, auditRecord(initiative));
  if (!p.existing) em.persist(initiative);
  if (!p.existing || changes.length) recordChange(em, initiative, ChangeAction.IMPORTED, actor, changes);
}

/** Dry runs only (a review step): rows that would create a record with a similar name in the same town. */
async function warnDuplicates(em: EntityManager, factoryId: string, rows: PlannedRow[]): Promise<void> {
  if (rows.length === 0) return;
  const found = await withSimilarity(em, 0.45, (run) =>
    run(
      `select k.k::int, d.name from unnest(array[?]::text[], array[?]::text[]) with ordinality as k(n, t, k)
       cross join lateral (
         select i.name from initiative i
         where i.factory_id = ? and i.merged_into_id is null and i.name_folded % lower(f_unaccent(k.n)) and lower(f_unaccent(i.town)) = lower(f_unaccent(k.t))
         order by similarity(i.name_folded, lower(f_unaccent(k.n))) desc limit 3
       ) d`,
      [rows.map((r) => r.record.name), rows.map((r) => r.record.town), factoryId],
    ),
  );
  for (const f of found as { k: number; name: string }[]) rows[f.k - 1]!.report.warnings.push(`likely duplicate of "${f.name}" (similar name, same town)`);
}

/* ------------------------------------------------------------------------------------------------
 * Export.
 * ---------------------------------------------------------------------------------------------- */

export async function exportInitiatives(
  ctx: Context,
  factoryId: string,
  format: ExchangeFormat,
  search: { query?: string | null; filter?: InitiativeFilter | null; sort?: InitiativeSort | null },
  filter: SearchFilter,
): Promise<LibraryExport> {
  await authorizeLibrary(ctx, 'library:read', factoryId);
  const factory = await ctx.em.findOne(Factory, factoryId);
  if (!factory) throw notFound('Factory');
  const visible = visibleStatuses(ctx, factoryId);
  const ids = await searchIds(
    ctx.em,
    { factoryId, query: search.query ?? null, filter: { ...filter, statuses: statusesFor(filter.statuses, visible) }, visible, sort: search.sort ?? InitiativeSort.RELEVANCE },
    MAX_EXPORT_ROWS + 1,
  );
  const truncated = ids.length > MAX_EXPORT_ROWS;
  const kept = ids.slice(0, MAX_EXPORT_ROWS);
  const found = new Map((kept.length ? await ctx.em.find(Initiative, { id: { $in: kept } }, { populate: ['themes'] }) : []).map((i) => [i.id, i]));
  const records = kept.flatMap((id) => {
    const i = found.get(id);
    return i ? [flatOf(i)] : [];
  });
  const stamp = new Date().toISOString().slice(0, 10);
  const base = `bibliotheque-${factory.slug}-${stamp}`;
  return format === ExchangeFormat.CSV
    ? { format, filename: `${base}.csv`, contentType: 'text/csv; charset=utf-8', content: toCsv(records), count: records.length, truncated }
    : { format, filename: `${base}.json`, contentType: 'application/json', content: `${JSON.stringify(records, null, 2)}\n`, count: records.length, truncated };
}
