import { useQuery } from '@apollo/client/react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { Loading } from '../../ui/Loading';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { LibrarySearchDocument, LibraryThemesDocument } from './documents';
import { ExportButtons } from './ExportButtons';
import { facetGroups, formatCount, type FacetLabel } from './facets';
import { FacilitatorOnly } from './FacilitatorOnly';
import { InitiativeCard } from './InitiativeCard';
import { libraryPath, recordPath } from './paths';
import { clearFacets, FACET_KEYS, filterOf, hasFacets, parseSearch, toggleFacet, toSearchParams, type LibrarySearch } from './searchParams';
import { useLibraryFactory } from './useLibraryFactory';
import { useThemeLabel } from './useThemeLabel';
import './library.css';

const PAGE_SIZE = 20;
/** Where the filters sit beside the results (library.css). */
const WIDE = '(min-width: 52rem)';

/** `/bibliotheque`: search the factory's library; the address bar holds the search. */
export default function LibraryPage() {
  return (
    <FacilitatorOnly>
      <LibrarySearchScreen />
    </FacilitatorOnly>
  );
}

function LibrarySearchScreen() {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'fr';
  const [params, setParams] = useSearchParams();
  const search = useMemo(() => parseSearch(params), [params]);
  const { factories, factory, loading: factoriesLoading, error: factoriesError, refetch } = useLibraryFactory(search.factory);
  const themes = useQuery(LibraryThemesDocument, { variables: { factoryId: factory?.id ?? null }, skip: !factory });
  const themeLabel = useThemeLabel();
  const themeIdBySlug = useMemo(() => new Map((themes.data?.themes ?? []).map((th) => [th.slug, th.id])), [themes.data]);
  const filter = filterOf(search, themeIdBySlug);
  const waitingForThemes = search.themes.length > 0 && !themes.data;
  const variables = { factoryId: factory?.id ?? '', query: search.query || null, filter, sort: search.sort, first: PAGE_SIZE };
  const result = useQuery(LibrarySearchDocument, { variables, skip: !factory || waitingForThemes, fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });
  const [loadingMore, setLoadingMore] = useState(false);
  const [wide] = useState(() => typeof window === 'undefined' || window.matchMedia(WIDE).matches);

  const navigate = (next: LibrarySearch) => setParams(toSearchParams(next));
  const title = `${t('library.title')} · ${t('app.name')}`;

  if (factoriesLoading) return <Loading label={t('app.loading')} />;
  if (!factory) {
    return (
      <>
        <title>{title}</title>
        <h1>{t('library.title')}</h1>
        {factoriesError ? (
          <>
            <Alert tone="error">{t('library.loadFailed')}</Alert>
            <Button variant="secondary" onClick={() => void refetch()}>
              {t('library.retry')}
            </Button>
          </>
        ) : (
          <p>{factories.length === 0 ? t('library.noFactory') : null}</p>
        )}
      </>
    );
  }

  // While the next search loads, the previous results and facets stay (no flicker, focus kept on a facet).
  const connection = (result.data ?? result.previousData)?.initiatives;
  const current = Boolean(result.data);
  const label: FacetLabel = (key, value) => {
    if (key === 'themes') return themeLabel(themes.data?.themes.find((th) => th.slug === value) ?? connection?.facets.themes.find((c) => c.theme.slug === value)?.theme, value);
    if (key === 'legalForms') return t(`library.legalForm.${value as 'SCIC'}`);
    if (key === 'replicationModes') return t(`library.replicationMode.${value as 'LICENCE'}`);
    if (key === 'statuses') return t(`library.status.${value as 'DRAFT'}`);
    return value;
  };
  const groups = connection ? facetGroups(connection.facets, search, label, locale) : [];
  const total = connection?.totalCount ?? 0;
  const formatted = formatCount(total, locale);
  const scope = factories.length > 1 ? factory.slug : null;
  const active = FACET_KEYS.reduce((n, key) => n + search[key].length, 0);

  async function more() {
    const after = connection?.pageInfo.endCursor;
    if (!after) return;
    setLoadingMore(true);
    try {
      await result.fetchMore({ variables: { after } });
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <div className="library">
      <title>{search.query ? `${search.query} · ${title}` : title}</title>
      <header className="library__header">
        <h1>{t('library.title')}</h1>
        <p className="lead">{t('library.lead')}</p>
        <p className="button-row">
          <Link className="button button--primary" to={libraryPath('nouvelle', scope)}>
            {t('library.newRecord')}
          </Link>
          <Link className="button button--secondary" to={libraryPath('import', scope)}>
            {t('library.importExport')}
          </Link>
        </p>
        {factories.length > 1 && (
          <SelectField
            label={t('library.factoryLabel')}
            value={factory.slug}
            options={factories.map((f) => ({ value: f.slug, label: f.name }))}
            onChange={(e) => navigate({ ...clearFacets(search), factory: e.target.value })}
          />
        )}
      </header>

      <SearchForm key={search.query} search={search} onSearch={navigate} />

      <div className="library__body">
        <aside className="library__filters" aria-label={t('library.search.filtersTitle')}>
          <SelectField
            label={t('library.search.sortLabel')}
            value={search.sort}
            options={(['RELEVANCE', 'RECENT'] as const).map((sort) => ({ value: sort, label: t(`library.search.sort.${sort}`) }))}
            onChange={(e) => navigate({ ...search, sort: e.target.value === 'RECENT' ? 'RECENT' : 'RELEVANCE' })}
          />
          {/* Open on wide screens; on a phone the results come first and the facets fold. */}
          <details className="library__facets" open={wide}>
            <summary>{active ? t('library.search.filtersActive', { count: active, n: formatCount(active, locale) }) : t('library.search.filtersTitle')}</summary>
            {groups.map((group) => (
              <fieldset key={group.key} className="fieldset library__facet">
                <legend>{t(`library.facet.${group.key}`)}</legend>
                {group.options.map((option) => (
                  <Checkbox
                    key={option.value}
                    label={t('library.search.facetOption', { label: option.label, n: formatCount(option.count, locale) })}
                    checked={option.selected}
                    onChange={() => navigate(toggleFacet(search, group.key, option.value))}
                  />
                ))}
              </fieldset>
            ))}
          </details>
          {hasFacets(search) && (
            <Button variant="quiet" onClick={() => navigate(clearFacets(search))}>
              {t('library.search.clearFilters')}
            </Button>
          )}
        </aside>

        <section className="library__results" aria-labelledby="library-results-title" aria-busy={!current || undefined}>
          <h2 id="library-results-title" className="library__count" aria-live="polite">
            {current ? (search.query ? t('library.search.resultsFor', { count: total, formatted, query: search.query }) : t('library.search.results', { count: total, formatted })) : t('app.loading')}
          </h2>
          {result.error && !connection && <Alert tone="error">{t('library.loadFailed')}</Alert>}
          {connection && connection.edges.length === 0 && <p>{t('library.search.empty')}</p>}
          {connection && connection.edges.length > 0 && (
            <ol className="library__list">
              {connection.edges.map(({ node }) => (
                <li key={node.id}>
                  <InitiativeCard initiative={node} to={recordPath(node.id)} />
                </li>
              ))}
            </ol>
          )}
          {connection && connection.edges.length > 0 && (
            <p className="library__more">
              <span>{t('library.search.shown', { shown: formatCount(connection.edges.length, locale), total: formatted })}</span>
              {connection.pageInfo.hasNextPage && (
                <Button variant="secondary" busy={loadingMore} onClick={() => void more()}>
                  {loadingMore ? t('library.search.loadingMore') : t('library.search.more')}
                </Button>
              )}
            </p>
          )}
          {connection && connection.edges.length > 0 && (
            <details className="library__export">
              <summary>{t('library.search.exportTitle')}</summary>
              <ExportButtons label={t('library.search.exportTitle')} scope={{ factoryId: factory.id, query: search.query || null, filter, sort: search.sort }} />
            </details>
          )}
        </section>
      </div>
    </div>
  );
}

/** The words to look for; the search runs on submit (the URL changes, the results follow). */
function SearchForm({ search, onSearch }: { search: LibrarySearch; onSearch(next: LibrarySearch): void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(search.query);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch({ ...search, query: draft.trim() });
  }
  return (
    <form role="search" className="library__search" onSubmit={submit}>
      <TextField label={t('library.search.label')} hint={t('library.search.hint')} type="search" name="q" value={draft} onChange={(e) => setDraft(e.target.value)} />
      <Button type="submit">{t('library.search.submit')}</Button>
    </form>
  );
}
