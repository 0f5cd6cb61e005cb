import { AxisBottom, AxisLeft } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import type { CSSProperties, ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { IdeaFieldsFragment } from '../../gql/graphql';
import { useElementWidth } from '../../ui/useElementWidth';
import { MATRIX_MAX, quadrantOf, type Placement, type Quadrant } from './matrixGeometry';
import './matrix.css';

/** Space around the plot for the axes: impact on the left, feasibility underneath. */
const MARGIN = { top: 8, right: 12, bottom: 44, left: 48 };
const TICKS = [0, 25, 50, 75, 100];
const HALF = MATRIX_MAX / 2;
/** Each quarter: its lower-left corner on the matrix and where its name goes. */
const QUADRANTS: readonly { quadrant: Quadrant; feasibility: number; impact: number; anchor: 'start' | 'end'; top: boolean }[] = [
  { quadrant: 'ambitious', feasibility: 0, impact: HALF, anchor: 'start', top: true },
  { quadrant: 'priorities', feasibility: HALF, impact: HALF, anchor: 'end', top: true },
  { quadrant: 'setAside', feasibility: 0, impact: 0, anchor: 'start', top: false },
  { quadrant: 'smallSteps', feasibility: HALF, impact: 0, anchor: 'end', top: false },
];

/** Where a point sits in the plot (percentages of its box, so that it stays right when the box is resized or printed). */
export const pointStyle = ({ impact, feasibility }: Placement): CSSProperties => ({ left: `${feasibility}%`, bottom: `${impact}%` });

/**
 * The impact/feasibility plot, drawn with visx: impact upwards, feasibility to the right, both from 0 to
 * 100 on their axes, the four quarters named. The drawing is an SVG hidden from assistive technologies
 * (the lists beside it say where each idea is); points are HTML children laid over the plot area
 * (`.matrix__plot`, positioned with `pointStyle`), so that they can be buttons.
 */
export function MatrixPlot({ children, plotRef, className }: { children: ReactNode; plotRef?: Ref<HTMLDivElement>; className?: string }) {
  const { t, i18n } = useTranslation();
  const [frameRef, width] = useElementWidth<HTMLDivElement>(320);
  const size = Math.max(120, width - MARGIN.left - MARGIN.right);
  const x = scaleLinear<number>({ domain: [0, MATRIX_MAX], range: [0, size] });
  const y = scaleLinear<number>({ domain: [0, MATRIX_MAX], range: [size, 0] });
  const number = new Intl.NumberFormat(i18n.language);
  const format = (value: unknown) => number.format(Number(value));
  const tickLabel = { fill: 'currentColor', fontSize: 12, fontFamily: 'inherit' } as const;
  const axisLabel = { fill: 'currentColor', fontSize: 13, fontWeight: 600, fontFamily: 'inherit', textAnchor: 'middle' } as const;
  const fit = size < 260 ? 11 : 13;
  return (
    <div className={['matrix__frame', className].filter(Boolean).join(' ')} ref={frameRef}>
      <svg className="matrix__svg" width={size + MARGIN.left + MARGIN.right} height={size + MARGIN.top + MARGIN.bottom} aria-hidden="true" focusable="false">
        <Group left={MARGIN.left} top={MARGIN.top}>
          {QUADRANTS.map(({ quadrant, feasibility, impact, anchor, top }) => (
            <g key={quadrant}>
              <Bar className={`matrix__quadrant matrix__quadrant--${quadrant}`} x={x(feasibility)} y={y(impact + HALF)} width={x(HALF)} height={size - y(HALF)} />
              <text className="matrix__quadrant-label" x={anchor === 'start' ? x(feasibility) + 6 : x(feasibility + HALF) - 6} y={top ? y(impact + HALF) + fit + 4 : y(impact) - 6} textAnchor={anchor} fontSize={fit}>
                {t(`facilitation.matrix.quadrant.${quadrant}`)}
              </text>
            </g>
          ))}
          <rect className="matrix__border" x={0} y={0} width={size} height={size} />
          <AxisLeft scale={y} tickValues={TICKS} tickFormat={format} tickLength={4} stroke="currentColor" tickStroke="currentColor" tickLabelProps={{ ...tickLabel, textAnchor: 'end', dx: -2, dy: '0.33em' }} label={t('facilitation.matrix.impactAxis')} labelOffset={22} labelProps={axisLabel} />
          <AxisBottom top={size} scale={x} tickValues={TICKS} tickFormat={format} tickLength={4} stroke="currentColor" tickStroke="currentColor" tickLabelProps={{ ...tickLabel, textAnchor: 'middle' }} label={t('facilitation.matrix.feasibilityAxis')} labelOffset={10} labelProps={axisLabel} />
        </Group>
      </svg>
      <div className="matrix__plot" ref={plotRef} style={{ left: MARGIN.left, top: MARGIN.top, width: size, height: size }}>
        {children}
      </div>
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

