export interface LanguageOption {
  code: string;
  /** Short visible label, e.g. "FR". */
  short: string;
  /** Name of the language in that language, e.g. "Français": the accessible name. */
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
          aria-label={option.name}
          aria-pressed={option.code === current}
          className="language-switch__option"
          onClick={() => option.code !== current && onChange(option.code)}
        >
          <span aria-hidden="true">{option.short}</span>
        </button>
      ))}
    </div>
  );
}
