import { useId, type InputHTMLAttributes } from 'react';

export interface CheckboxProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> {
  label: string;
}

/** A checkbox with its label on the right; the whole line is the click target. */
export function Checkbox({ label, className, ...input }: CheckboxProps) {
  const id = useId();
  return (
    <div className={['checkbox', className].filter(Boolean).join(' ')}>
      <input {...input} id={id} type="checkbox" className="checkbox__input" />
      <label htmlFor={id} className="checkbox__label">
        {label}
      </label>
    </div>
  );
}
