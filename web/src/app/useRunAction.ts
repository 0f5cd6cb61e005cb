import { useCallback, useState } from 'react';

/**
 * Runs one action at a time and keeps what to tell: the success message `work` returns, or the refusal
 * as `describe` translates it (a message key of the screen).
 */
export function useRunAction<K>(describe: (error: unknown) => K) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<K | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const run = useCallback(
    async (work: () => Promise<string | null | void>) => {
      setBusy(true);
      setError(null);
      setDone(null);
      try {
        setDone((await work()) ?? null);
        return true;
      } catch (e) {
        setError(describe(e));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [describe],
  );
  return { busy, error, done, run };
}
