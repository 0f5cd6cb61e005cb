import { AxisBottom } from '@visx/axis';
import { Bar as BarShape } from '@visx/shape';
import { useTranslation } from 'react-i18next';
import { barScale, tickAnchor } from './barScale';
import { useElementWidth } from './useElementWidth';
import './BarChart.css';

export interface Bar {
  key: string;
  /** What the bar is (the idea title). */
  label: string;
  value: number;
  /** The value as people read it ("5 gommettes"). */
  valueText: string;
  /** Rank shown before the label, e.g. "1" (ties share it). */
  rank?: string | undefined;
  /** Extra words for screen readers, e.g. "Rang 1, ex æquo". */
  rankLabel?: string | undefined;
  note?: string | undefined;
}

const TRACK_HEIGHT = 14;
const AXIS_HEIGHT = 26;

/**
 * Horizontal bars drawn with visx on one value scale, with a value axis underneath. The words stay in an
 * ordered list of HTML text (they wrap on a phone, screen readers and print read them, numbers come
 * formatted by the caller); the SVG parts (bars, grid lines, axis) are decoration for the eye and hidden
 * from assistive technologies. The chart is drawn for its measured width, with fewer ticks on a phone.
 */
export function BarChart({ label, bars }: { label: string; bars: readonly Bar[] }) {
  const { i18n } = useTranslation();
  const [listRef, width] = useElementWidth<HTMLOListElement>(320);
  const { scale, ticks } = barScale(
    bars.map((b) => b.value),
    width,
  );
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <figure className="bar-chart">
      <figcaption className="bar-chart__caption">{label}</figcaption>
      <ol className="bar-chart__list" ref={listRef}>
        {bars.map((bar) => (
          <li key={bar.key} className="bar-chart__item">
            <div className="bar-chart__head">
              {bar.rank && (
                <span className="bar-chart__rank" aria-hidden={bar.rankLabel ? true : undefined}>
                  {bar.rank}
                </span>
              )}
              {bar.rankLabel && <span className="visually-hidden">{bar.rankLabel} : </span>}
              <span className="bar-chart__label">{bar.label}</span>
              {bar.note && <span className="bar-chart__note">{bar.note}</span>}
              <span className="bar-chart__value">{bar.valueText}</span>
            </div>
            <svg className="bar-chart__track" width="100%" height={TRACK_HEIGHT} viewBox={`0 0 ${width} ${TRACK_HEIGHT}`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
              {ticks.slice(1).map((tick) => (
                <line key={tick} className="bar-chart__grid" x1={scale(tick)} x2={scale(tick)} y1={0} y2={TRACK_HEIGHT} />
              ))}
              <BarShape className="bar-chart__fill" x={0} y={0} width={Math.max(bar.value > 0 ? 3 : 0, scale(bar.value))} height={TRACK_HEIGHT} rx={TRACK_HEIGHT / 2} />
            </svg>
          </li>
        ))}
      </ol>
      <svg className="bar-chart__axis" width="100%" height={AXIS_HEIGHT} viewBox={`0 0 ${width} ${AXIS_HEIGHT}`} aria-hidden="true" focusable="false">
        <AxisBottom
          scale={scale}
          top={1}
          tickValues={ticks}
          tickFormat={(value) => number.format(Number(value))}
          tickLength={4}
          stroke="currentColor"
          tickStroke="currentColor"
          tickLabelProps={(_value, index, values) => ({ fill: 'currentColor', fontSize: 12, fontFamily: 'inherit', textAnchor: tickAnchor(index, values.length) })}
        />
      </svg>
    </figure>
  );
}
