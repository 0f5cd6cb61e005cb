/** A polite, visible loading message. */
export function Loading({ label }: { label: string }) {
  return (
    <p className="loading" role="status">
      <span className="loading__dot" aria-hidden="true" />
      {label}
    </p>
  );
}
