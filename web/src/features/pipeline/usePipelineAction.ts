import { useCallback, useState } from 'react';
import { pipelineErrorKey, type PipelineErrorKey } from './pipelineErrors';

/** Runs one action at a time and keeps what to tell: the success message, or the translated refusal. */
export function usePipelineAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<PipelineErrorKey | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const run = useCallback(async (work: () => Promise<string | null>) => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      setDone(await work());
      return true;
    } catch (e) {
      setError(pipelineErrorKey(e));
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, done, run };
}

/** Mutation options reading the named screens' queries again once it is done (results that are not the screen's object). */
export const refetching = (...queries: string[]) => ({ refetchQueries: queries, awaitRefetchQueries: true });
