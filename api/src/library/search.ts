import type { EntityManager } from '@mikro-orm/postgresql';
import { badUserInput } from '../core/errors.js';
import { InitiativeStatus, type LegalForm, type ReplicationMode } from './initiative.entity.js';
import { InitiativeSort } from './initiative.inputs.js';

/*
 * French search over a factory's library, in PostgreSQL alone (see the library migration):
 * - `search` is a generated tsvector with the `french` configuration over unaccented text, weighted
 *   name A, summary B, description/transferable/economic model C, place D (GIN index);
 * - query words are unaccented and stemmed as the records were: "recycleries" meets "recyclerie",
 *   "energie" meets "énergie"; stop words are dropped;
 * - a plain query (no quotes, `or` or `-`) needs every word. Each word is checked against the library's
 *   lexicon (the words of its names and summaries, pg_trgm GIN index): an unknown word is widened to the
 *   nearest known words ("recylcerie" → recyclerie, "conservrie" → conserverie), a known one to its
 *   close variants the stemmer keeps apart ("velo" → velos). The result is one tsquery, so a search is
 *   one GIN index scan, whatever the size of the library;
 * - a query with operators is `websearch_to_tsquery`, as typed (no typo correction);
 * - score = ts_rank (ts_rank_cd for queries with operators) with weights, normalised to 0..1 (name
 *   weighs most);
 * - facet counts are "all conditions but the facet's own" (disjunctive). With a text query they count
 *   the matches; without one they read `library_facet_count`, kept by triggers, so that browsing a
 *   library of any size costs the same (a theme filter, multi-valued, falls back to counting records).
 */

/** Trigram similarity from which a known word corrects a mistyped one ("recylcerie" ≈ "recyclerie" is 0.47). */
export const TYPO_THRESHOLD = 0.4;
/** Known words near an unknown query word that are tried in its place. */
const MAX_CORRECTIONS = 3;

export interface SearchFilter {
  themeIds: string[];
  regions: string[];
  legalForms: LegalForm[];
  replicationModes: ReplicationMode[];
  statuses: InitiativeStatus[];
}

export interface SearchRequest {
  factoryId: string;
  /** Null: no query (everything matches). A query without any searchable word matches nothing. */
  query: string | null;
  filter: SearchFilter;
  /** What the viewer may see at all; the facets count within it. */
  visible: InitiativeStatus[];
  sort: InitiativeSort;
  first: number;
  after: string | null;
  /** Compute the total (only when asked: it counts every match). */
  total: boolean;
  facets: boolean;
}

export interface SearchHit {
  id: string;
  score: number | null;
  cursor: string;
}

export interface FacetRow {
  facet: 'theme' | 'region' | 'legalForm' | 'replicationMode' | 'status';
  value: string;
  n: number;
}

export interface SearchResult {
  hits: SearchHit[];
  hasNextPage: boolean;
  total: number;
  facets: FacetRow[];
  /** The facet counts were estimated from a sample of the matches (broad queries; the total is exact). */
  approximate: boolean;
}

interface Cursor {
  sort: 'r' | 't';
  /** Score (relevance) or created_at as PostgreSQL text (recency; full microsecond precision). */
  key: number | string;
  id: string;
}

function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.sort, c.key, c.id])).toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PG_TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;

function decodeCursor(cursor: string, sort: 'r' | 't'): Cursor {
  try {
    const [s, key, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, unknown, unknown];
    const keyOk = sort === 'r' ? typeof key === 'number' && Number.isFinite(key) : typeof key === 'string' && PG_TIMESTAMP.test(key);
    if (s !== sort || !keyOk || typeof id !== 'string' || !UUID.test(id)) throw new Error('bad cursor');
    return { sort, key: key as number | string, id };
  } catch {
    throw badUserInput('"after" is not a valid cursor.', { after: ['is not a cursor returned by this search (with this sort)'] });
  }
}

/** A query uses web-search operators: "quoted phrases", `or`, `-excluded`. */
const hasOperators = (q: string) => /"|(^|\s)-\S|\sor\s/i.test(q);

export type Run = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

/** The search's tsquery, as a CTE `q(tsq)` of the statement; `tsq` is null when no word is searchable. */
interface QueryCte {
  sql: string;
  params: unknown[];
  rank: 'ts_rank' | 'ts_rank_cd';
}

/**
 * The tsquery of a plain query: every word (AND), each OR-ed with its alternatives from the lexicon. A
 * known word (or one too short to correct) gets only the variants the stemmer keeps apart (velo/velos,
 * cafe/cafes); an unknown one, a typo or a word found only in descriptions, keeps itself and gets the
 * nearest known words. `%` prunes with pg_trgm's default threshold (0.3) through the GIN index; the
 * similarity test then keeps the words at TYPO_THRESHOLD or closer. Null when no word is searchable
 * (stop words, punctuation).
 */
function plainQuery(query: string, factoryId: string): QueryCte {
  // Split as the lexicon is (letters and digits), so that "tiers-lieu" and "l’école" meet known words.
  const words = [...new Set(query.split(/[^\p{L}\p{N}]+/u).filter(Boolean))].slice(0, 10);
  return {
    rank: 'ts_rank',
    params: [words, factoryId, factoryId],
    sql: `q as (
      with w as (select k, lower(f_unaccent(word)) as word from unnest(array[?]::text[]) with ordinality as t(word, k)),
      near as (
        select w.k, w.word, exists (select 1 from library_word l where l.factory_id = ? and l.word = w.word) as known,
          coalesce(array(
            select l.word from library_word l
            where l.factory_id = ? and l.word % w.word and similarity(l.word, w.word) >= ${TYPO_THRESHOLD} and l.word <> w.word
            order by similarity(l.word, w.word) desc, l.word limit 10
          ), '{}') as close
        from w
      ),
      alternatives as (
        select k, case when known or length(word) < 3 or word !~ '[a-z]'
            then array[word] || array(select c from unnest(close) c where (c like word || '%' or word like c || '%') and abs(length(c) - length(word)) <= 2)
            else array[word] || close[1:${MAX_CORRECTIONS}] end as words
        from near
      )
      select nullif(coalesce(string_agg(tsq, ' & ' order by k), ''), '')::tsquery as tsq from (
        select k, '(' || string_agg(distinct q::text, ' | ') || ')' as tsq
        from alternatives, unnest(words) x, plainto_tsquery('french', x) q
        where q::text <> ''
        group by k
      ) t
    )`,
  };
}

/** A query with operators: `websearch_to_tsquery`, as typed (no typo correction), ranked by ts_rank_cd. */
function operatorQuery(query: string): QueryCte {
  return { rank: 'ts_rank_cd', params: [query], sql: `q as (select websearch_to_tsquery('french', f_unaccent(?)) as tsq)` };
}

const FLAGS = ['ok_th', 'ok_rg', 'ok_lf', 'ok_rm', 'ok_st'] as const;
const NO_THEME = '00000000-0000-0000-0000-000000000000';
const ALL = FLAGS.join(' and ');
const allBut = (flag: (typeof FLAGS)[number]) => FLAGS.filter((f) => f !== flag).join(' and ');
/** Above this many matches, facet counts are estimated from a uniform sample of them (see `search`). */
export const EXACT_FACETS_UP_TO = 3000;
/** Size the sample aims at (between this and twice this many records). */
const FACET_SAMPLE = 1500;

/**
 * The filter conditions over a row of `initiative_search`, `initiative` (aliased `i`) or the count table (no
 * alias), one per filter, so that each facet can count "all conditions but its own": as named columns
 * (`flags`) or all together (`all`). Fresh params each call (the conditions may appear twice in a statement).
 */
function filterFlags(req: SearchRequest, alias = 'i.'): { flags: string[]; all: string; params: unknown[] } {
  const f = req.filter;
  const params: unknown[] = [];
  const conditions: [name: string, sql: string][] = [];
  // An empty filter lets everything through, but statuses: they always apply (none asked, none seen).
  const flag = (name: string, condition: string, values: unknown[], always = false) => {
    conditions.push([name, values.length || always ? alias + condition : 'true']);
    if (values.length || always) params.push(values);
  };
  flag('ok_th', 'theme_ids && array[?]::uuid[]', f.themeIds);
  flag('ok_rg', 'region = any(array[?]::text[])', f.regions);
  flag('ok_lf', 'legal_form = any(array[?]::legal_form[])', f.legalForms);
  flag('ok_rm', 'replication_mode = any(array[?]::replication_mode[])', f.replicationModes);
  flag('ok_st', 'status = any(array[?]::initiative_status[])', f.statuses, true);
  return { flags: conditions.map(([name, sql]) => `${sql} as ${name}`), all: conditions.map(([, sql]) => `(${sql})`).join(' and '), params };
}

/**
 * The matched set `m`: every visible record of the factory matching the query (all of them when there is
 * none). With a query it is materialised from the narrow `initiative_search` table, as narrow as it can
 * be (id, date, sample byte, score and `ok`: all filters hold), since a broad query keeps tens of
 * thousands of rows; the facets then read their columns again for the counted rows only (`f`, see
 * `search`). Without a query it is inlined over `initiative`, with its facet columns and one flag per
 * filter, so that the page and the counts each use the covering index.
 */
function matchedSet(req: SearchRequest, query: QueryCte | null): { sql: string; params: unknown[] } {
  const { flags, all, params: flagParams } = filterFlags(req);
  if (query) {
    return {
      // Plain queries: ts_rank, as good an order for short records and free where ts_rank_cd costs ~5 µs a match.
      // Queries with operators: ts_rank_cd, which ranks phrases and exclusions right.
      sql: `with ${query.sql},
    m as materialized (
      select i.id, i.ctid as tid, i.created_at, i.sample,
        ${query.rank}('{0.1, 0.2, 0.4, 1.0}', i.search, (select tsq from q), 32)::float8 as score,
        ${all} as ok
      from initiative_search i
      where i.factory_id = ? and i.status = any(array[?]::initiative_status[]) and i.search @@ (select tsq from q)
    )`,
      params: [...query.params, ...flagParams, req.factoryId, req.visible],
    };
  }
  return {
    sql: `with m as not materialized (
      select i.id, i.created_at, i.status, i.legal_form, i.replication_mode, i.region, i.theme_ids, null::float8 as score, ${flags.join(', ')}
      from initiative i
      where i.factory_id = ? and i.merged_into_id is null and i.status = any(array[?]::initiative_status[])
    )`,
    params: [...flagParams, req.factoryId, req.visible],
  };
}

/** The library's count table `c`, with the same filter flags as `m` (no theme filter: see `search`). */
function countTable(req: SearchRequest): { sql: string; params: unknown[] } {
  const { flags, params } = filterFlags(req, '');
  return {
    sql: `, c as (
      select status, legal_form, replication_mode, region, theme_id, n, ${flags.join(', ')}
      from library_facet_count where factory_id = ? and status = any(array[?]::initiative_status[]) and n <> 0
    )`,
    params: [...params, req.factoryId, req.visible],
  };
}

/**
 * One page of a search, and (when asked) its total and facet counts, in one statement: the page, one
 * grouping-sets pass for the single-valued facets, one pass for themes.
 *
 * Counting: without a text query, from the count table kept by triggers (exact, and the same cost
 * whatever the library's size). With one, over the matches; when they are more than EXACT_FACETS_UP_TO
 * (a broad word like "vélo" in a large library), the facets are counted on the matches whose sample byte
 * has its low bits clear — a uniform subset of 1,500 to 3,000 of them — and scaled up; `approximate` then
 * says so. The total stays exact. Only those counted rows read their facet columns again (in `f`): the
 * matched set itself stays narrow, which is what a broad query's cost is made of.
 */
export async function search(em: EntityManager, req: SearchRequest): Promise<SearchResult> {
  const text = req.query !== null;
  const relevance = req.sort === InitiativeSort.RELEVANCE && text;
  const sortKey = relevance ? 'r' : 't';
  const after = req.after ? decodeCursor(req.after, sortKey) : null;
  const keyset = !after ? 'true' : relevance ? '(score < ? or (score = ? and id < ?::uuid))' : '(created_at < ?::timestamptz or (created_at = ?::timestamptz and id < ?::uuid))';
  const order = relevance ? 'score desc, id desc' : 'created_at desc, id desc';
  // Counts: of the counted matches (f: all of them, or a sample when many), of the records (m) when there is
  // no text query but a theme filter, or of the library's count table (c).
  const cube = !text && req.filter.themeIds.length === 0;
  const rows = text ? 'f' : 'm';
  const scale = text ? ' * ((select mask from s) + 1)' : '';
  const count = (flag: string) => (cube ? `coalesce(sum(n) filter (where ${flag}), 0)::int` : `(count(*) filter (where ${flag}))::int${scale}`);
  const groups = `(select coalesce(json_agg(x), '[]'::json) from (
      select grouping(status, legal_form, replication_mode, region) as g, status, legal_form, replication_mode, region,
        ${count(allBut('ok_st'))} as n_st, ${count(allBut('ok_lf'))} as n_lf, ${count(allBut('ok_rm'))} as n_rm, ${count(allBut('ok_rg'))} as n_rg, ${count(ALL)} as n_all
      from ${cube ? `c where theme_id = '${NO_THEME}'` : rows} group by grouping sets ((status), (legal_form), (replication_mode), (region), ())
    ) x)`;
  const themes = cube
    ? `(select coalesce(json_agg(t), '[]'::json) from (
      select theme_id as value, sum(n)::int as n from c where theme_id <> '${NO_THEME}' and ${allBut('ok_th')} group by theme_id
    ) t)`
    : `(select coalesce(json_agg(t), '[]'::json) from (
      select theme_id as value, count(*)::int${scale} as n from ${rows}, unnest(${rows}.theme_ids) theme_id where ${allBut('ok_th')} group by theme_id
    ) t)`;
  // The total of a text search (exact), and the sample mask for its facets: 0 (every match) up to
  // EXACT_FACETS_UP_TO matches, then 2^k - 1 so that about FACET_SAMPLE to twice as many are counted.
  // The counted rows (f) read their facet columns and filter flags again, by the address of the row
  // version the statement saw (a TID scan, no index descent): a few thousand rows at most.
  const counted = text && req.facets ? filterFlags(req) : null;
  const sizes = text
    ? `, n as (select count(*)::int as n, (count(*) filter (where ok))::int as n_all from m),
      s as (select case when n <= ${EXACT_FACETS_UP_TO} then 0 else (1 << least(8, ceil(log(2, n / ${FACET_SAMPLE}.0))::int)) - 1 end as mask from n)${
        counted
          ? `,
      f as materialized (
        select i.status, i.legal_form, i.replication_mode, i.region, i.theme_ids, ${counted.flags.join(', ')}
        from initiative_search i where i.ctid = any(array(select tid from m where (m.sample & (select mask from s)) = 0))
      )`
          : ''
      }`
    : '';
  const total = text
    ? '(select n_all from n)'
    : cube && (req.total || req.facets)
      ? `(select coalesce(sum(n), 0)::int from c where theme_id = '${NO_THEME}' and ${ALL})`
      : req.total
        ? `(select count(*)::int from m where ${ALL})`
        : '0';
  const tail = `
    select
      (select coalesce(json_agg(p), '[]'::json) from (
        select id, score, created_at::text as at from m where ${text ? 'ok' : ALL} and ${keyset} order by ${order} limit ?
      ) p) as page,
      ${req.facets ? groups : `'[]'::json`} as groups,
      ${req.facets ? themes : `'[]'::json`} as themes,
      ${total} as total,
      ${text ? '(select mask from s) <> 0' : 'false'} as approximate`;
  const tailParams = [...(after ? [after.key, after.key, after.id] : []), req.first + 1];
  const query = !text ? null : hasOperators(req.query!) ? operatorQuery(req.query!) : plainQuery(req.query!, req.factoryId);
  const { sql, params } = matchedSet(req, query);
  const counts = cube && (req.total || req.facets) ? countTable(req) : { sql: '', params: [] };
  const [row] = await em
    .getConnection()
    .execute<SearchRow[]>(sql + counts.sql + sizes + tail, [...params, ...counts.params, ...(counted?.params ?? []), ...tailParams], 'all', em.getTransactionContext());
  const page = row!.page.slice(0, req.first);
  return {
    hits: page.map((p) => ({ id: p.id, score: p.score, cursor: encodeCursor({ sort: sortKey, key: relevance ? p.score! : p.at, id: p.id }) })),
    hasNextPage: row!.page.length > req.first,
    total: row!.total,
    approximate: row!.approximate,
    facets: [...facetRows(row!.groups), ...row!.themes.map((t) => ({ facet: 'theme' as const, value: t.value, n: t.n }))].filter((r) => r.n > 0),
  };
}

interface SearchRow {
  page: { id: string; score: number | null; at: string }[];
  groups: GroupRow[];
  themes: { value: string; n: number }[];
  total: number;
  approximate: boolean;
}

/** A row of the grouping-sets pass: `g` says which column it groups (bit set = column not grouped). */
interface GroupRow {
  g: number;
  status?: string | null;
  legal_form?: string | null;
  replication_mode?: string | null;
  region?: string | null;
  n_st?: number;
  n_lf?: number;
  n_rm?: number;
  n_rg?: number;
  n_all: number;
}

function facetRows(groups: GroupRow[]): FacetRow[] {
  const rows: FacetRow[] = [];
  for (const g of groups) {
    // grouping(status, legal_form, replication_mode, region): 0b0111 = by status, 0b1011 = by legal form…
    if (g.g === 0b0111 && g.status) rows.push({ facet: 'status', value: g.status, n: g.n_st! });
    if (g.g === 0b1011 && g.legal_form) rows.push({ facet: 'legalForm', value: g.legal_form, n: g.n_lf! });
    if (g.g === 0b1101 && g.replication_mode) rows.push({ facet: 'replicationMode', value: g.replication_mode, n: g.n_rm! });
    if (g.g === 0b1110 && g.region) rows.push({ facet: 'region', value: g.region, n: g.n_rg! });
  }
  return rows;
}

/** The ids of every match, best first, up to `limit` (exports). */
export async function searchIds(em: EntityManager, req: Omit<SearchRequest, 'first' | 'after' | 'total' | 'facets'>, limit: number): Promise<string[]> {
  const result = await search(em, { ...req, first: limit, after: null, total: false, facets: false });
  return result.hits.map((h) => h.id);
}

/** Runs `work` in a transaction whose trigram similarity threshold is `threshold` (the GIN index prunes with it). */
export async function withSimilarity<T>(em: EntityManager, threshold: number, work: (run: Run) => Promise<T>): Promise<T> {
  return em.transactional(async (tx) => {
    const run: Run = (sql, params) => tx.getConnection().execute<Record<string, unknown>[]>(sql, params, 'all', tx.getTransactionContext());
    await run(`select set_config('pg_trgm.similarity_threshold', ?, true)`, [String(threshold)]);
    return work(run);
  });
}

/**
 * Likely duplicates of a name in a place: folded-name trigram similarity ≥ 0.45 in the same town (or
 * postcode, or région when that is all we know); ≥ 0.6 anywhere when no place is given.
 */
export async function findDuplicates(
  em: EntityManager,
  factoryId: string,
  name: string,
  place: { town?: string | null; postcode?: string | null; region?: string | null } | null,
  excludeId: string | null,
): Promise<string[]> {
  const params: unknown[] = [name, factoryId, excludeId ?? '00000000-0000-0000-0000-000000000000'];
  let where = 'true';
  let threshold = 0.45;
  if (place?.town?.trim()) {
    where = 'lower(f_unaccent(i.town)) = lower(f_unaccent(?))';
    params.push(place.town.trim());
  } else if (place?.postcode?.trim()) {
    where = 'i.postcode = ?';
    params.push(place.postcode.trim());
  } else if (place?.region?.trim()) {
    where = 'lower(f_unaccent(i.region)) = lower(f_unaccent(?))';
    params.push(place.region.trim());
  } else {
    threshold = 0.6;
  }
  const rows = await withSimilarity(em, threshold, (run) =>
    run(
      `select i.id from initiative i, (select lower(f_unaccent(?)) as n) q
       where i.factory_id = ? and i.merged_into_id is null and i.id <> ? and i.name_folded % q.n and ${where}
       order by similarity(i.name_folded, q.n) desc, i.id limit 5`,
      params,
    ),
  );
  return rows.map((r) => r.id as string);
}

export interface SuggestionRow {
  id: string;
  score: number;
  /** Folded words of the idea whose stem the initiative has. */
  words: string[];
  themeIds: string[];
}

/**
 * Initiatives most likely to inspire an idea: its words, OR-ed (ts_rank, which rewards matching more of
 * them), plus 0.1 per theme shared with the idea's needs; records already linked to the idea left out.
 */
export async function suggest(
  em: EntityManager,
  req: { factoryId: string; ideaId: string; words: string[]; themeIds: string[]; visible: InitiativeStatus[]; first: number },
): Promise<SuggestionRow[]> {
  if (req.words.length === 0 && req.themeIds.length === 0) return [];
  const rows = await em.getConnection().execute<SuggestionRow[]>(
    `with lex as (
       select w.word, l.lexeme from unnest(array[?]::text[]) w(word), unnest(tsvector_to_array(to_tsvector('french', w.word))) l(lexeme)
     ), q as (
       select (select string_agg(distinct quote_literal(lexeme), ' | ') from lex)::tsquery as tsq
     ), cand as (
       select i.id, coalesce(ts_rank('{0.1, 0.2, 0.4, 1.0}', i.search, q.tsq), 0)
           + 0.1 * (select count(*) from initiative_theme it where it.initiative_id = i.id and it.theme_id = any(array[?]::uuid[])) as score
       from initiative_search i, q
       where i.factory_id = ? and i.status::text = any(array[?]::text[])
         and (i.search @@ q.tsq or exists (select 1 from initiative_theme it where it.initiative_id = i.id and it.theme_id = any(array[?]::uuid[])))
         and not exists (select 1 from reference_link rl where rl.idea_id = ? and rl.initiative_id = i.id)
       order by score desc, i.id desc limit ?
     )
     select cand.id, cand.score::float8 as score,
       array(select distinct lex.word from lex where lex.lexeme = any(tsvector_to_array(i.search))) as words,
       array(select it.theme_id::text from initiative_theme it where it.initiative_id = cand.id and it.theme_id = any(array[?]::uuid[])) as "themeIds"
     from cand join initiative_search i on i.id = cand.id
     order by cand.score desc, cand.id desc`,
    [req.words, req.themeIds, req.factoryId, req.visible, req.themeIds, req.ideaId, req.first, req.themeIds],
    'all',
    em.getTransactionContext(),
  );
  return rows;
}

/** Statuses a search covers: the ones asked for (default: all but ARCHIVED) that the viewer may see. */
export function statusesFor(asked: InitiativeStatus[] | null | undefined, visible: InitiativeStatus[]): InitiativeStatus[] {
  const wanted = asked?.length ? asked : [InitiativeStatus.DRAFT, InitiativeStatus.PUBLISHED];
  return wanted.filter((s) => visible.includes(s));
}
