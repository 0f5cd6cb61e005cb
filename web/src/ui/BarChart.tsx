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

/**
 * Horizontal bars in plain HTML and CSS: an ordered list that reads well without the
 * bars (screen readers, print without colours), no chart library.
 */
export function BarChart({ label, bars }: { label: string; bars: readonly Bar[] }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <figure className="bar-chart">
      <figcaption className="bar-chart__caption">{label}</figcaption>
      <ol className="bar-chart__list">
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
            <div className="bar-chart__track" aria-hidden="true">
              <div className="bar-chart__bar" style={{ width: `${(bar.value / max) * 100}%` }} />
            </div>
          </li>
        ))}
      </ol>
    </figure>
  );
}
