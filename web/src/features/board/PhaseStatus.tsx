import { useTranslation } from 'react-i18next';
import type { Phase } from '../../gql/graphql';
import { PHASES, phaseIndex } from '../rooms/phases';

/** "Ideas · Step 2 of 6" and what to do now; announced when the phase changes. */
export function PhaseStatus({ phase }: { phase: Phase }) {
  const { t } = useTranslation();
  return (
    <div className="phase-status" aria-live="polite" aria-atomic="true">
      <p className="phase-status__step">
        <span className={`phase-badge phase-badge--${phase.toLowerCase()}`}>{t(`phase.${phase}`)}</span>{' '}
        <span className="phase-status__count">{t('phase.step', { index: phaseIndex(phase) + 1, total: PHASES.length })}</span>
      </p>
      <p className="phase-status__hint">{t(`phase.hint.${phase}`)}</p>
    </div>
  );
}
