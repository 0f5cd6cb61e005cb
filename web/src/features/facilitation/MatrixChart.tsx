import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { IdeaFieldsFragment } from '../../gql/graphql';
import { quadrantOf, type Placement, type Quadrant } from './matrixGeometry';
import './matrix.css';

const QUADRANTS: readonly Quadrant[] = ['ambitious', 'priorities', 'setAside', 'smallSteps'];

/** Where a point sits in the plot (percentages of its box). */
export const pointStyle = ({ impact, feasibility }: Placement) => ({ left: `${feasibility}%`, bottom: `${impact}%` });

/**
 * The impact/feasibility plot: impact upwards, feasibility to the right, the four quarters named.
 * Points are children, positioned with `pointStyle`.
 */
export function MatrixPlot({ children, plotRef, className }: { children: ReactNode; plotRef?: Ref<HTMLDivElement>; className?: string }) {
  const { t } = useTranslation();
  return (
    <div className={['matrix__frame', className].filter(Boolean).join(' ')}>
      <span className="matrix__axis matrix__axis--impact" aria-hidden="true">
        {t('facilitation.matrix.impactAxis')}
      </span>
      <div className="matrix__plot" ref={plotRef}>
        {QUADRANTS.map((q) => (
          <span key={q} className={`matrix__quadrant matrix__quadrant--${q}`} aria-hidden="true">
            {t(`facilitation.matrix.quadrant.${q}`)}
          </span>
        ))}
        {children}
      </div>
      <span className="matrix__axis matrix__axis--feasibility" aria-hidden="true">
        {t('facilitation.matrix.feasibilityAxis')}
      </span>
    </div>
  );
}

/** "Impact 70/100, feasibility 40/100 (priorities)", as a screen reader and the legend say it. */
export function usePlacementText() {
  const { t } = useTranslation();
  return (p: Placement) => t('facilitation.matrix.placement', { impact: p.impact, feasibility: p.feasibility, quadrant: t(`facilitation.matrix.quadrant.${quadrantOf(p)}`) });
}

/** Numbers of the ideas on the matrix: their order on the board, from 1. */
export function placedIdeas(ideas: readonly IdeaFieldsFragment[]) {
  return ideas.flatMap((idea, index) => (idea.matrix ? [{ idea, number: index + 1, at: idea.matrix }] : []));
}

/** The matrix, read-only (results, printable summary): numbered points and their legend. */
export function MatrixChart({ ideas, headingLevel = 2 }: { ideas: readonly IdeaFieldsFragment[]; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const describe = usePlacementText();
  const placed = placedIdeas(ideas);
  if (placed.length === 0) return null;
  const Heading = `h${headingLevel}` as const;
  return (
    <section className="matrix" aria-labelledby="matrix-chart-title">
      <Heading id="matrix-chart-title">{t('facilitation.matrix.title')}</Heading>
      <figure className="matrix__figure">
        <figcaption className="field__hint">{t('facilitation.matrix.caption')}</figcaption>
        <MatrixPlot>
          {placed.map(({ idea, number, at }) => (
            <span key={idea.id} className="matrix__point matrix__point--static" style={pointStyle(at)} aria-hidden="true" title={idea.title}>
              {number}
            </span>
          ))}
        </MatrixPlot>
      </figure>
      <ol className="matrix__legend">
        {placed.map(({ idea, number, at }) => (
          <li key={idea.id} value={number}>
            <strong>{idea.title}</strong> — {describe(at)}
          </li>
        ))}
      </ol>
    </section>
  );
}
