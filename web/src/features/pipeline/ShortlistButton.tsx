import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../ui/Button';
import { ShortlistIdeaDocument } from './documents';
import { addPipelineMessages } from './messages';
import { studyPath } from './paths';
import { applyBoardStudy } from './pipelineCache';
import { usePipelineAction } from './usePipelineAction';
import './pipeline.css';

/**
 * In the console, during CONVERGE: shortlists an idea for an opportunity study (shortlisting it again
 * gives the same study), then links to the study.
 */
export function ShortlistButton({ ideaId, title }: { ideaId: string; title: string }) {
  const { t, i18n } = useTranslation();
  addPipelineMessages(i18n);
  const [shortlist] = useMutation(ShortlistIdeaDocument, { update: (cache, { data }) => data && applyBoardStudy(cache, data.shortlistIdea) });
  const [studyId, setStudyId] = useState<string | null>(null);
  const action = usePipelineAction();

  // The visible words start the accessible name (label in name); the idea's title follows for screen readers.
  const which = <span className="visually-hidden">{t('pipeline.shortlist.which', { title })}</span>;

  const run = () =>
    action.run(async () => {
      const { data } = await shortlist({ variables: { ideaId } });
      if (data) setStudyId(data.shortlistIdea.id);
    });

  return (
    <span className="shortlist">
      {studyId ? (
        <Link to={studyPath(studyId)} className="button button--secondary">
          {t('pipeline.shortlist.done')}
          {which}
        </Link>
      ) : (
        <Button variant="secondary" busy={action.busy} onClick={() => void run()}>
          {t('pipeline.shortlist.action')}
          {which}
        </Button>
      )}
      <span role="alert" className="shortlist__error">
        {action.error ? t(action.error) : null}
      </span>
    </span>
  );
}
