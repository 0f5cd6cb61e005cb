export interface Step {
  key: string;
  label: string;
}

export interface StepperProps {
  label: string;
  steps: readonly Step[];
  current: string;
  /** Accessible name of the button that goes to a step ("Go to step X"). */
  goToLabel(step: Step): string;
  currentLabel: string;
  previousLabel: string;
  nextLabel: string;
  busy?: boolean;
  onSelect(key: string): void;
}

/** Ordered steps with the current one marked (aria-current), any step reachable, plus previous/next. */
export function Stepper({ label, steps, current, goToLabel, currentLabel, previousLabel, nextLabel, busy = false, onSelect }: StepperProps) {
  const index = steps.findIndex((s) => s.key === current);
  const previous = steps[index - 1];
  const next = steps[index + 1];
  return (
    <div className="stepper">
      <ol className="stepper__list" aria-label={label}>
        {steps.map((step, i) => {
          const isCurrent = step.key === current;
          return (
            <li key={step.key} className={['stepper__step', isCurrent ? 'stepper__step--current' : '', i < index ? 'stepper__step--done' : ''].filter(Boolean).join(' ')}>
              <button
                type="button"
                className="stepper__button"
                aria-current={isCurrent ? 'step' : undefined}
                title={isCurrent ? undefined : goToLabel(step)}
                disabled={busy || isCurrent}
                onClick={() => onSelect(step.key)}
              >
                <span className="stepper__number" aria-hidden="true">
                  {i + 1}
                </span>
                {/* Named by its visible label (WCAG 2.5.3); the current step also says so. */}
                <span className="stepper__label">{step.label}</span>
                {isCurrent && <span className="visually-hidden">, {currentLabel}</span>}
              </button>
            </li>
          );
        })}
      </ol>
      <div className="button-row">
        <button type="button" className="button button--secondary" disabled={busy || !previous} onClick={() => previous && onSelect(previous.key)}>
          ← {previousLabel}
        </button>
        <button type="button" className="button button--primary" disabled={busy || !next} onClick={() => next && onSelect(next.key)}>
          {nextLabel} →
        </button>
      </div>
    </div>
  );
}
