import type { ButtonHTMLAttributes } from 'react';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'primary' | 'secondary' | 'quiet';
  /** Shows the button as busy (and disabled) while an action runs. */
  busy?: boolean;
}

export function Button({ variant = 'primary', busy = false, className, type = 'button', disabled, ...rest }: ButtonProps) {
  return (
    <button
      {...rest}
      type={type}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
      className={['button', `button--${variant}`, className].filter(Boolean).join(' ')}
    />
  );
}
