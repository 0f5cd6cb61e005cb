import { useQuery } from '@apollo/client/react';
import { ViewerDocument } from './documents';

/** The current viewer; `isFacilitator` once the session cookie belongs to a facilitator. */
export function useViewer() {
  const { data, loading, error } = useQuery(ViewerDocument);
  const viewer = data?.viewer;
  return {
    viewer,
    loading: loading && !viewer,
    error,
    isFacilitator: viewer?.kind === 'FACILITATOR' && viewer.user != null,
  };
}
