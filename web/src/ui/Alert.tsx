import type { ReactNode } from 'react';

/**
 * A message region. `error` is assertive (role="alert"); `info` is polite (role="status").
 * Keep it mounted and change its children so that screen readers announce the change.
 */
export function Alert({ tone, children }: { tone: 'error' | 'info'; children?: ReactNode }) {
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} className={children ? `alert alert--${tone}` : 'alert alert--empty'}>
      {children}
    </div>
  );
}
