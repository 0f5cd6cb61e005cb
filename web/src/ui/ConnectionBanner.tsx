/** Shows a live-connection problem; renders an empty polite region otherwise. */
export function ConnectionBanner({ message }: { message?: string | undefined }) {
  return (
    <div role="status" className={message ? 'connection-banner' : 'connection-banner connection-banner--hidden'}>
      {message}
    </div>
  );
}
