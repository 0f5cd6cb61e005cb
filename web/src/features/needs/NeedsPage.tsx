import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { NeedFieldsFragment } from '../../gql/graphql';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Loading } from '../../ui/Loading';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { ArchiveNeedDocument, CreateNeedDocument, FactoryNeedsDocument, NeedsVocabularyDocument, UpdateNeedDocument } from './documents';
import { FactoryScreen } from './FactoryScreen';
import { readFilters, STATUS_CHOICES, statusShown, toNeedFilter, writeFilters, type NeedFilters } from './needFilters';
import { draftInput, draftOf, emptyDraft, type NeedDraft } from './needForm';
import { NeedForm, type NeedVocabulary } from './NeedForm';
import './needs.css';

/** `/besoins`: the factory's needs board for facilitators: filter, record, edit, archive, reopen. */
export default function NeedsPage() {
  const { t } = useTranslation();
  return (
    <FactoryScreen title={t('needs.title')} intro={t('needs.intro')} empty={t('needs.noFactory')}>
      {(factory) => <NeedsBoard key={factory.id} factoryId={factory.id} slug={factory.slug} />}
    </FactoryScreen>
  );
}

function useVocabulary(slug: string, factoryId: string): NeedVocabulary | null {
  const { i18n } = useTranslation();
  const { data } = useQuery(NeedsVocabularyDocument, { variables: { slug, factoryId } });
  if (!data) return null;
  const english = (i18n.resolvedLanguage ?? 'fr') === 'en';
  return {
    themes: data.themes.map((theme) => ({ id: theme.id, label: (english && theme.labelEn) || theme.labelFr })),
    territories: data.factory.territories,
  };
}

function NeedsBoard({ factoryId, slug }: { factoryId: string; slug: string }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const vocabulary = useVocabulary(slug, factoryId);
  const list = useQuery(FactoryNeedsDocument, { variables: { factoryId, filter: toNeedFilter(filters) }, notifyOnNetworkStatusChange: true });
  const [createNeed] = useMutation(CreateNeedDocument);
  const [updateNeed] = useMutation(UpdateNeedDocument);
  const [creating, setCreating] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const [loadingMore, setLoadingMore] = useState(false);

  const setFilters = (next: NeedFilters) => setParams((current) => writeFilters(current, next), { replace: true });
  const connection = list.data?.needs;
  const needs = (connection?.edges ?? []).map((edge) => edge.node).filter((need) => statusShown(need.status, filters.status));

  async function create(draft: NeedDraft) {
    const { data } = await createNeed({ variables: { input: { factoryId, ...draftInput(draft) } } });
    setCreating(false);
    setNotice(t('needs.created', { title: data?.createNeed.title ?? draft.title }));
    await list.refetch();
  }

  async function update(id: string, draft: NeedDraft) {
    const { data } = await updateNeed({ variables: { input: { id, status: draft.status, ...draftInput(draft) } } });
    setEditingId(null);
    setNotice(t('needs.saved', { title: data?.updateNeed.title ?? draft.title }));
  }

  async function loadMore() {
    if (!connection?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await list.fetchMore({
        variables: { after: connection.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({ ...previous, needs: { ...fetchMoreResult.needs, edges: [...previous.needs.edges, ...fetchMoreResult.needs.edges] } }),
      });
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <>
      {creating && vocabulary ? (
        <div className="panel">
          <NeedForm initial={emptyDraft()} vocabulary={vocabulary} editing={false} onSave={create} onCancel={() => setCreating(false)} />
        </div>
      ) : (
        <div className="button-row">
          <Button onClick={() => setCreating(true)} disabled={!vocabulary}>
            {t('needs.new')}
          </Button>
        </div>
      )}
      <Alert tone="info">{notice || null}</Alert>
      {vocabulary && <NeedsFilters filters={filters} vocabulary={vocabulary} onChange={setFilters} />}
      <section aria-labelledby="needs-list-title" aria-busy={list.loading || undefined}>
        <h2 id="needs-list-title">{connection ? t('needs.listTitle', { count: connection.totalCount }) : t('needs.listTitleLoading')}</h2>
        {list.loading && !list.data ? (
          <Loading label={t('app.loading')} />
        ) : list.error && !list.data ? (
          <>
            <Alert tone="error">{t('needs.loadFailed')}</Alert>
            <Button variant="secondary" onClick={() => void list.refetch()}>
              {t('needs.retry')}
            </Button>
          </>
        ) : needs.length === 0 ? (
          <p>{t('needs.empty')}</p>
        ) : (
          <ul className="card-list card-list--single need-list">
            {needs.map((need) =>
              editingId === need.id && vocabulary ? (
                <li key={need.id} className="card">
                  <NeedForm initial={draftOf(need)} vocabulary={vocabulary} editing onSave={(draft) => update(need.id, draft)} onCancel={() => setEditingId(null)} />
                </li>
              ) : (
                <NeedCard key={need.id} need={need} onEdit={() => setEditingId(need.id)} onChanged={(message) => setNotice(message)} />
              ),
            )}
          </ul>
        )}
        {connection?.pageInfo.hasNextPage && (
          <Button variant="secondary" busy={loadingMore} onClick={() => void loadMore()}>
            {t('needs.more')}
          </Button>
        )}
      </section>
    </>
  );
}

function NeedsFilters({ filters, vocabulary, onChange }: { filters: NeedFilters; vocabulary: NeedVocabulary; onChange(next: NeedFilters): void }) {
  const { t } = useTranslation();
  const [words, setWords] = useState(filters.words);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onChange({ ...filters, words });
  };
  return (
    <form role="search" aria-label={t('needs.filtersLabel')} className="need-filters" onSubmit={onSubmit}>
      <div className="need-filters__words">
        <TextField label={t('needs.wordsLabel')} type="search" value={words} onChange={(e) => setWords(e.target.value)} />
        <Button type="submit" variant="secondary">
          {t('needs.search')}
        </Button>
      </div>
      <SelectField label={t('needs.themeFilter')} value={filters.theme} onChange={(e) => onChange({ ...filters, theme: e.target.value })} options={[{ value: '', label: t('needs.allThemes') }, ...vocabulary.themes.map((theme) => ({ value: theme.id, label: theme.label }))]} />
      <SelectField label={t('needs.territoryFilter')} value={filters.territory} onChange={(e) => onChange({ ...filters, territory: e.target.value })} options={[{ value: '', label: t('needs.allTerritories') }, ...vocabulary.territories.map((territory) => ({ value: territory.id, label: territory.name }))]} />
      <SelectField
        label={t('needs.statusFilter')}
        value={filters.status}
        onChange={(e) => onChange({ ...filters, status: e.target.value as NeedFilters['status'] })}
        options={STATUS_CHOICES.map((choice) => ({ value: choice, label: choice === '' ? t('needs.statusDefault') : choice === 'ALL' ? t('needs.statusAll') : t(`needs.status.${choice}`) }))}
      />
    </form>
  );
}

function NeedCard({ need, onEdit, onChanged }: { need: NeedFieldsFragment; onEdit(): void; onChanged(message: string): void }) {
  const { t, i18n } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [failed, setFailed] = useState(false);
  const [archiveNeed, { loading: archiving }] = useMutation(ArchiveNeedDocument);
  const [reopenNeed, { loading: reopening }] = useMutation(UpdateNeedDocument);
  const english = (i18n.resolvedLanguage ?? 'fr') === 'en';
  const archived = need.status === 'ARCHIVED';

  async function run(action: () => Promise<unknown>, message: string) {
    setFailed(false);
    try {
      await action();
      onChanged(message);
    } catch {
      setFailed(true);
    }
    setConfirming(false);
  }

  return (
    <li className={archived ? 'card need need--archived' : 'card need'}>
      <h3>{need.title}</h3>
      <p className="need__tags">
        <span className={`tag need__status need__status--${need.status.toLowerCase()}`}>{t(`needs.status.${need.status}`)}</span>
        <span className="tag">{(english && need.theme.labelEn) || need.theme.labelFr}</span>
        <span className="tag">{need.territory.name}</span>
      </p>
      {need.description && <p>{need.description}</p>}
      {need.evidence && (
        <p>
          <strong>{t('needs.evidence')}</strong> {need.evidence}
        </p>
      )}
      {need.reportedBy && <p className="card__note">{t('needs.reportedBy', { name: need.reportedBy })}</p>}
      {need.sources.length > 0 && (
        <ul className="need__sources" aria-label={t('needs.sourcesListLabel', { title: need.title })}>
          {need.sources.map((source) => (
            <li key={source.url}>
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {source.title}
              </a>
            </li>
          ))}
        </ul>
      )}
      <div className="button-row">
        {archived ? (
          <Button variant="secondary" busy={reopening} aria-label={t('needs.reopenLabel', { title: need.title })} onClick={() => void run(() => reopenNeed({ variables: { input: { id: need.id, status: 'OPEN' } } }), t('needs.reopened', { title: need.title }))}>
            {t('needs.reopen')}
          </Button>
        ) : confirming ? (
          <>
            <Button className="button--danger" busy={archiving} onClick={() => void run(() => archiveNeed({ variables: { id: need.id } }), t('needs.archived', { title: need.title }))}>
              {t('needs.confirmArchive', { title: need.title })}
            </Button>
            <Button variant="quiet" onClick={() => setConfirming(false)}>
              {t('needs.cancel')}
            </Button>
          </>
        ) : (
          <>
            <Button variant="secondary" aria-label={t('needs.editLabel', { title: need.title })} onClick={onEdit}>
              {t('needs.edit')}
            </Button>
            <Button variant="quiet" aria-label={t('needs.archiveLabel', { title: need.title })} onClick={() => setConfirming(true)}>
              {t('needs.archive')}
            </Button>
          </>
        )}
      </div>
      <Alert tone="error">{failed ? t('needs.actionFailed') : null}</Alert>
    </li>
  );
}
