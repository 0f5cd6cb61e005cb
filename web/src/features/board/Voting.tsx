import { useTranslation } from 'react-i18next';
import type { IdeaFieldsFragment } from '../../gql/graphql';
import { Alert } from '../../ui/Alert';
import { Dots } from '../../ui/Dots';
import type { VoteFeedback } from '../rooms/useVoting';

export interface VoteControlsProps {
  idea: IdeaFieldsFragment;
  remaining: number;
  maxPerIdea: number;
  onVote(idea: IdeaFieldsFragment, delta: 1 | -1): void;
}

/** Add or remove one of the viewer's dots on an idea; disabled at the budget or the per-idea cap. */
export function VoteControls({ idea, remaining, maxPerIdea, onVote }: VoteControlsProps) {
  const { t } = useTranslation();
  const mine = idea.votes.mine ?? 0;
  const capped = mine >= maxPerIdea;
  return (
    <div className="vote">
      <p className="vote__mine">
        <Dots filled={mine} total={maxPerIdea} />
        <span>{t('board.mine', { mine, max: maxPerIdea })}</span>
        {capped && <span className="vote__cap">{t('board.capReached')}</span>}
      </p>
      <div className="button-row">
        <button type="button" className="button button--primary vote__button" disabled={remaining <= 0 || capped} onClick={() => onVote(idea, 1)}>
          <span aria-hidden="true">+</span> {t('board.addDot')}
          <span className="visually-hidden">{t('board.addDotLabel', { title: idea.title })}</span>
        </button>
        <button type="button" className="button button--secondary vote__button" disabled={mine <= 0} onClick={() => onVote(idea, -1)}>
          <span aria-hidden="true">−</span> {t('board.removeDot')}
          <span className="visually-hidden">{t('board.removeDotLabel', { title: idea.title })}</span>
        </button>
      </div>
    </div>
  );
}

/** The viewer's remaining dots, always in sight while voting, with the feedback of the last vote. */
export function BudgetBar({ remaining, total, feedback }: { remaining: number; total: number; feedback: VoteFeedback }) {
  const { t } = useTranslation();
  return (
    <div className="budget-bar">
      <p className="budget-bar__count">
        <Dots filled={remaining} total={total} className="dots--large" />
        <span>{t('board.budget', { remaining, total })}</span>
        {remaining <= 0 && <span className="budget-bar__spent">{t('board.budgetSpent')}</span>}
      </p>
      <Alert tone="info">
        {feedback?.kind === 'done' ? t(feedback.delta > 0 ? 'board.dotAdded' : 'board.dotRemoved', { title: feedback.title, remaining: feedback.remaining }) : null}
      </Alert>
      <Alert tone="error">{feedback?.kind === 'refused' ? t(feedback.reason) : null}</Alert>
    </div>
  );
}
