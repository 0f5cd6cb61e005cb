import { useQuery } from '@apollo/client/react';
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BoardStudyFieldsFragment } from '../../gql/graphql';
import { Alert } from '../../ui/Alert';
import { groupByStage, moveFocus } from './board';
import { CriteriaEditor } from './CriteriaEditor';
import { PipelineBoardDocument } from './documents';
import { formatScore } from './format';
import { PipelineFactoryScreen, PipelineOnly } from './PipelineFrame';
import { projectPath, studyPath } from './paths';
import { usePipelineLive } from './usePipelineLive';
import { LoadState } from './LoadState';

/** `/pipeline`: the factory's studies and projects in columns by stage, live. */
export default function PipelinePage() {
  return (
    <PipelineOnly>
      <BoardScreen />
    </PipelineOnly>
  );
}

function BoardScreen() {
  const { t } = useTranslation();
  return (
    <PipelineFactoryScreen title={t('pipeline.board.title')} intro={t('pipeline.board.intro')}>
      {(factory) => (
        <>
          <Board key={factory.id} factoryId={factory.id} />
          <CriteriaEditor key={`criteria-${factory.id}`} factoryId={factory.id} />
        </>
      )}
    </PipelineFactoryScreen>
  );
}

function Board({ factoryId }: { factoryId: string }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(PipelineBoardDocument, { variables: { factoryId } });
  const changed = usePipelineLive(factoryId);
  const boardRef = useRef<HTMLDivElement>(null);

  if (!data) return <LoadState error={error} retry={refetch} />;

  const columns = groupByStage(data.opportunityStudies.edges.map((edge) => edge.node));
  const sizes = columns.map((column) => column.items.length);

  // Arrow keys move between cards (a grid of links); Tab leaves the board.
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const card = (event.target as HTMLElement).closest<HTMLElement>('[data-card]');
    if (!card) return;
    const [column, row] = (card.dataset['card'] ?? '').split(':').map(Number);
    const next = moveFocus(sizes, { column: column ?? 0, row: row ?? 0 }, event.key);
    if (!next) return;
    event.preventDefault();
    boardRef.current?.querySelector<HTMLElement>(`[data-card="${next.column}:${next.row}"] a`)?.focus();
  }

  return (
    <>
      <Alert tone="info">{changed ? t('pipeline.board.updated', { title: changed.title, stage: t(`pipeline.stage.${changed.stage}`) }) : null}</Alert>
      {data.opportunityStudies.totalCount === 0 && <p>{t('pipeline.board.none')}</p>}
      {/* One page (the API's cost limit): the most recent studies, newest first. */}
      {data.opportunityStudies.totalCount > data.opportunityStudies.edges.length && <p>{t('pipeline.board.partial', { shown: data.opportunityStudies.edges.length, total: data.opportunityStudies.totalCount })}</p>}
      <p className="pipeline-hint" id="pipeline-keys">
        {t('pipeline.board.keyboardHint')}
      </p>
      <div className="pipeline-board" ref={boardRef} onKeyDown={onKeyDown}>
        {columns.map((column, c) => {
          const headingId = `stage-${column.stage}`;
          return (
            <section key={column.stage} className={`pipeline-column pipeline-column--${column.stage.toLowerCase()}`} aria-labelledby={headingId}>
              <h2 id={headingId} className="pipeline-column__title">
                <span aria-hidden="true">
                  {t(`pipeline.stage.${column.stage}`)} <span className="pipeline-column__count">{column.items.length}</span>
                </span>
                <span className="visually-hidden">{t('pipeline.board.column', { stage: t(`pipeline.stage.${column.stage}`), count: column.items.length })}</span>
              </h2>
              {column.items.length === 0 ? (
                <p className="pipeline-column__empty">{t('pipeline.board.empty')}</p>
              ) : (
                <ul className="pipeline-column__list">
                  {column.items.map((study, r) => (
                    <StudyCard key={study.id} study={study} position={`${c}:${r}`} />
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </>
  );
}

function StudyCard({ study, position }: { study: BoardStudyFieldsFragment; position: string }) {
  const { t, i18n } = useTranslation();
  const overall = study.grid.overall;
  const project = study.project;
  return (
    <li className="pipeline-card" data-card={position}>
      <h3 className="pipeline-card__title">
        <Link to={studyPath(study.id)} aria-describedby="pipeline-keys">
          {study.title}
        </Link>
      </h3>
      <p>{t('pipeline.board.room', { title: study.roomTitle })}</p>
      {overall != null && <p>{t('pipeline.board.score', { score: formatScore(overall, i18n.language) })}</p>}
      {project && (
        <p>
          <Link to={projectPath(project.id)}>
            {t('pipeline.board.project', { title: project.title })}
          </Link>
          {project.cohort && <> · {t('pipeline.board.cohort', { name: project.cohort.name })}</>}
          {!project.hasLead && project.stage === 'SUPPORT' && <> · {t('pipeline.board.noLead')}</>}
        </p>
      )}
    </li>
  );
}
