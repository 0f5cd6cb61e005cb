import type { ReactNode } from 'react';

interface Source {
  url: string;
  title: string;
}

/** Where facts come from: links opening in a new tab, each followed by `after` (e.g. when it was consulted). */
export function SourceLinks<S extends Source>({ sources, className, after }: { sources: readonly S[]; className: string; after?: (source: S) => ReactNode }) {
  return (
    <ul className={className}>
      {sources.map((source) => (
        <li key={source.url}>
          <a href={source.url} target="_blank" rel="noreferrer noopener">
            {source.title || source.url}
          </a>
          {after?.(source)}
        </li>
      ))}
    </ul>
  );
}
