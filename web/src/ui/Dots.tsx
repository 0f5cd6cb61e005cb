/** `filled` dots out of `total`, drawn only (the text next to them says the numbers). */
export function Dots({ filled, total, className }: { filled: number; total: number; className?: string }) {
  const count = Math.min(Math.max(total, 0), 20);
  return (
    <span className={['dots', className].filter(Boolean).join(' ')} aria-hidden="true">
      {Array.from({ length: count }, (_, i) => (
        <span key={i} className={i < filled ? 'dots__dot dots__dot--filled' : 'dots__dot'} />
      ))}
    </span>
  );
}
