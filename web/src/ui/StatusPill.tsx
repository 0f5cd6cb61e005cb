export type StatusTone = 'ok' | 'busy' | 'warn' | 'off';

/** A small, always-visible status (e.g. the live connection); announced politely when it changes. */
export function StatusPill({ tone, label, text }: { tone: StatusTone; label: string; text: string }) {
  return (
    <p className={`status-pill status-pill--${tone}`} role="status">
      <span className="status-pill__dot" aria-hidden="true" />
      <span className="visually-hidden">{label}&nbsp;: </span>
      {text}
    </p>
  );
}
