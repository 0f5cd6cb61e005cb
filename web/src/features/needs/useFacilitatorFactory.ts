import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { DashboardDocument } from '../dashboard/documents';

/** The query parameter naming the factory a facilitator screen works on (its slug). */
export const FACTORY_PARAM = 'fabrique';

/**
 * The factories the signed-in facilitator belongs to (only those they own with `role: 'OWNER'`), and the
 * one the screen works on: `?fabrique=<slug>`, the first one by default.
 */
export function useFacilitatorFactory(role?: 'OWNER') {
  const [params, setParams] = useSearchParams();
  const { data, loading, error, refetch } = useQuery(DashboardDocument);
  const memberships = (data?.viewer.user?.memberships ?? []).filter((m) => !role || m.role === role);
  const slug = params.get(FACTORY_PARAM);
  const factory = (memberships.find((m) => m.factory.slug === slug) ?? memberships[0])?.factory ?? null;
  return {
    factories: memberships.map((m) => m.factory),
    factory,
    signedIn: data ? data.viewer.user != null : null,
    loading: loading && !data,
    error: data ? undefined : error,
    refetch,
    choose(next: string) {
      setParams(
        (current) => {
          const copy = new URLSearchParams(current);
          copy.set(FACTORY_PARAM, next);
          return copy;
        },
        { replace: true },
      );
    },
  };
}
