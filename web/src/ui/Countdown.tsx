/** A phase countdown. `role="timer"` is not announced on every tick; changes worth hearing go through a separate live region. */
export function Countdown({ label, time, paused, pausedLabel }: { label: string; time: string; paused: boolean; pausedLabel: string }) {
  return (
    <div className={paused ? 'countdown countdown--paused' : 'countdown'}>
      <span className="countdown__label">{label}</span>
      <span role="timer" aria-label={`${label} ${time}${paused ? `, ${pausedLabel}` : ''}`} className="countdown__time">
        {time}
      </span>
      {paused && <span className="countdown__paused">{pausedLabel}</span>}
    </div>
  );
}
