export interface LanguageOption {
  code: string;
  /** Short visible label, e.g. "FR". */
  short: string;
  /** Name of the language in that language, e.g. "Français": completes the accessible name. */
  name: string;
}

export interface LanguageSwitchProps {
  groupLabel: string;
  options: readonly LanguageOption[];
  current: string;
  onChange(code: string): void;
}

/** Toggle buttons (aria-pressed) named in their own language. */
export function LanguageSwitch({ groupLabel, options, current, onChange }: LanguageSwitchProps) {
  return (
    <div role="group" aria-label={groupLabel} className="language-switch">
      {options.map((option) => (
        <button
          key={option.code}
          type="button"
          lang={option.code}
          aria-pressed={option.code === current}
          className="language-switch__option"
          onClick={() => option.code !== current && onChange(option.code)}
        >
          {/* The accessible name starts with the visible text (WCAG 2.5.3), then says the language in full. */}
          {option.short}
          <span className="visually-hidden"> {option.name}</span>
        </button>
      ))}
    </div>
  );
}
