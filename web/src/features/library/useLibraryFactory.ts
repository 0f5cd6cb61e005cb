import { useQuery } from '@apollo/client/react';
import { LibraryFactoriesDocument } from './documents';

/** The factories the facilitator works in, and the one chosen by its slug (the first one by default). */
export function useLibraryFactory(slug: string | null) {
  const { data, loading, error, refetch } = useQuery(LibraryFactoriesDocument);
  const factories = data?.myFactories ?? [];
  const factory = factories.find((f) => f.slug === slug) ?? factories[0] ?? null;
  return { factories, factory, loading: loading && !data, error: data ? undefined : error, refetch };
}
