import { useMutation, useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorCodes } from '../../app/errors';
import type { InitiativeDetailFieldsFragment, InitiativeQuery } from '../../gql/graphql';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Loading } from '../../ui/Loading';
import { ArchiveInitiativeDocument, InitiativeDocument, LibraryRoomsDocument, PublishInitiativeDocument } from './documents';
import { FacilitatorOnly } from './FacilitatorOnly';
import { formatCount } from './facets';
import { formatDateTime, formatLocalDate } from '../../ui/format';
import { placeLine } from './format';
import { InitiativeHistory } from './InitiativeHistory';
import { InitiativeIdeas } from './InitiativeIdeas';
import { SourceLinks } from './SourceLinks';
import { editRecordPath, LIBRARY_PATH } from './paths';
import { useLibraryAction } from './useLibraryAction';
import { useLibraryFactory } from './useLibraryFactory';
import { useThemeLabel } from './useThemeLabel';
import './library.css';

export type RecordWithIdeas = InitiativeQuery['initiative'];

/** `/bibliotheque/fiche/:id`: a record with its transferability, provenance, ideas and history. */
export default function InitiativePage() {
  return (
    <FacilitatorOnly>
      <InitiativeScreen />
    </FacilitatorOnly>
  );
}

function InitiativeScreen() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(InitiativeDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const record = data?.initiative;
  const { factories } = useLibraryFactory(null);
  const factory = factories.find((f) => f.id === record?.factoryId) ?? null;
  const rooms = useQuery(LibraryRoomsDocument, { variables: { slug: factory?.slug ?? '' }, skip: !factory, fetchPolicy: 'cache-and-network' });
  const roomList = rooms.data?.factory.rooms.edges.map((e) => e.node) ?? [];

  if (loading && !record) return <Loading label={t('app.loading')} />;
  if (!record) {
    const missing = errorCodes(error).some((code) => code === 'NOT_FOUND' || code === 'FORBIDDEN');
    return (
      <>
        <title>{`${t('library.record.loadFailed')} · ${t('app.name')}`}</title>
        <p>
          <Link to={LIBRARY_PATH}>{t('library.back')}</Link>
        </p>
        <h1>{missing ? t('library.record.notFound') : t('library.record.loadFailed')}</h1>
        {!missing && (
          <Button variant="secondary" onClick={() => void refetch()}>
            {t('library.retry')}
          </Button>
        )}
      </>
    );
  }

  return (
    <div className="record">
      <title>{`${record.name} · ${t('library.title')} · ${t('app.name')}`}</title>
      <p>
        <Link to={factories.length > 1 && factory ? `${LIBRARY_PATH}?fabrique=${encodeURIComponent(factory.slug)}` : LIBRARY_PATH}>{t('library.back')}</Link>
      </p>
      <header className="record__header">
        <h1>
          {record.name} <span className={`tag initiative-status initiative-status--${record.status.toLowerCase()}`}>{t(`library.status.${record.status}`)}</span>
        </h1>
        {record.summary && <p className="lead">{record.summary}</p>}
        <RecordActions record={record} />
      </header>
      <div className="record__grid">
        <div className="record__column">
          <RecordFacts record={record} />
        </div>
        <div className="record__column">
          <InitiativeIdeas record={record} rooms={roomList} />
          <InitiativeHistory id={record.id} />
        </div>
      </div>
    </div>
  );
}

function RecordActions({ record }: { record: InitiativeDetailFieldsFragment }) {
  const { t } = useTranslation();
  const action = useLibraryAction();
  const [publish] = useMutation(PublishInitiativeDocument);
  const [archive] = useMutation(ArchiveInitiativeDocument);
  return (
    <>
      <p className="button-row">
        <Link className="button button--secondary" to={editRecordPath(record.id)}>
          {t('library.record.edit')}
        </Link>
        {record.status !== 'PUBLISHED' && (
          <Button busy={action.busy} onClick={() => void action.run(async () => (await publish({ variables: { id: record.id } }), t('library.record.published')))}>
            {t('library.record.publish')}
          </Button>
        )}
        {record.status !== 'ARCHIVED' && (
          <Button variant="quiet" busy={action.busy} onClick={() => void action.run(async () => (await archive({ variables: { id: record.id } }), t('library.record.archived')))}>
            {t('library.record.archive')}
          </Button>
        )}
      </p>
      <Alert tone="error">{action.error ? t('library.record.actionFailed', { reason: t(action.error) }) : null}</Alert>
      <Alert tone="info">{action.done}</Alert>
    </>
  );
}

/** A term and its description, left out when there is nothing to say. */
function Fact({ term, children }: { term: string; children: ReactNode }) {
  if (children === null || children === undefined || children === '' || children === false) return null;
  return (
    <div className="facts__item">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function RecordFacts({ record }: { record: InitiativeDetailFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'fr';
  const themeLabel = useThemeLabel();
  const { place, transferability: tr, jobs } = record;
  const jobsText = jobs ? t('library.record.jobsCount', { count: jobs.count, formatted: formatCount(jobs.count, locale) }) : null;
  const list = (items: readonly string[]) => (items.length ? items.join(', ') : null);
  return (
    <>
      <section className="panel record__section" aria-labelledby="record-presentation">
        <h2 id="record-presentation">{t('library.record.presentation')}</h2>
        {record.description && <p className="record__description">{record.description}</p>}
        <dl className="facts">
          <Fact term={t('library.record.place')}>
            {[placeLine(place, locale), place.latitude !== null && place.longitude !== null ? t('library.record.coordinates', { latitude: place.latitude, longitude: place.longitude }) : ''].filter(Boolean).join(' — ') || null}
          </Fact>
          <Fact term={t('library.record.themes')}>{list(record.themes.map((theme) => themeLabel(theme)))}</Fact>
        </dl>
      </section>

      <section className="panel record__section" aria-labelledby="record-organisation">
        <h2 id="record-organisation">{t('library.record.organisation')}</h2>
        <dl className="facts">
          <Fact term={t('library.record.legalForm')}>{[record.legalForm ? t(`library.legalForm.${record.legalForm}`) : '', record.legalFormDetail].filter(Boolean).join(' — ') || t('library.record.unknown')}</Fact>
          <Fact term={t('library.record.yearStarted')}>{record.yearStarted ? String(record.yearStarted) : null}</Fact>
          <Fact term={t('library.record.jobs')}>{jobs && jobsText ? (jobs.asOf ? t('library.record.jobsAsOf', { jobs: jobsText, date: formatLocalDate(jobs.asOf, locale) }) : jobsText) : null}</Fact>
          <Fact term={t('library.record.funders')}>{list(record.funders)}</Fact>
          <Fact term={t('library.record.economicModel')}>{record.economicModel || null}</Fact>
          <Fact term={t('library.record.revenueSources')}>{list(record.revenueSources)}</Fact>
        </dl>
      </section>

      <section className="panel record__section" aria-labelledby="record-transferability">
        <h2 id="record-transferability">{t('library.record.transferability')}</h2>
        <dl className="facts">
          <Fact term={t('library.record.replicationMode')}>{tr.replicationMode ? t(`library.replicationMode.${tr.replicationMode}`) : t('library.record.unknown')}</Fact>
          <Fact term={t('library.record.preconditions')}>{list(tr.preconditions.map((p) => t(`library.precondition.${p}`)))}</Fact>
          <Fact term={t('library.record.minPopulation')}>{tr.minPopulation !== null ? formatCount(tr.minPopulation, locale) : null}</Fact>
          <Fact term={t('library.record.preconditionsNote')}>{tr.preconditionsNote || null}</Fact>
          <Fact term={t('library.record.transferable')}>{tr.transferable || null}</Fact>
          <Fact term={t('library.record.contact')}>{tr.contact || null}</Fact>
        </dl>
      </section>

      <section className="panel record__section" aria-labelledby="record-provenance">
        <h2 id="record-provenance">{t('library.record.provenance')}</h2>
        <h3>{t('library.record.sources')}</h3>
        {record.sources.length === 0 ? (
          <p>{t('library.record.noSource')}</p>
        ) : (
          <SourceLinks
            sources={record.sources}
            className="record__sources"
            after={(source) => (source.consultedOn ? <> — {t('library.record.consultedOn', { date: formatLocalDate(source.consultedOn, locale) })}</> : null)}
          />
        )}
        <ul className="record__dates">
          {record.curatedBy && <li>{t('library.record.curatedBy', { name: record.curatedBy })}</li>}
          <li>{t('library.record.createdAt', { date: formatDateTime(record.createdAt, locale) })}</li>
          {record.publishedAt && <li>{t('library.record.publishedAt', { date: formatDateTime(record.publishedAt, locale) })}</li>}
          {record.archivedAt && <li>{t('library.record.archivedAt', { date: formatDateTime(record.archivedAt, locale) })}</li>}
          <li>{t('library.record.updatedAt', { date: formatDateTime(record.updatedAt, locale) })}</li>
        </ul>
      </section>
    </>
  );
}
