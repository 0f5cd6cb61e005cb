import { useCallback, useState } from 'react';
import { describeLibraryError, type LibraryErrorKey } from './libraryErrors';

/** Runs one action at a time and keeps what to tell: the success message, or the translated refusal. */
export function useLibraryAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<LibraryErrorKey | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const run = useCallback(async (work: () => Promise<string | null>) => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      setDone(await work());
      return true;
    } catch (e) {
      setError(describeLibraryError(e));
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, done, run };
}
