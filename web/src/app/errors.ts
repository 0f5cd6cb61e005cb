import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';

/** Error codes of the Germoir API (`extensions.code`). */
export type ApiErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | (string & {});

/** The GraphQL errors behind an Apollo error, whether the HTTP status was 200 or 4xx. */
export function graphQLErrorsOf(error: unknown): readonly GraphQLFormattedError[] {
  if (CombinedGraphQLErrors.is(error)) return error.errors;
  if (ServerError.is(error)) {
    try {
      const body: unknown = JSON.parse(error.bodyText);
      if (body && typeof body === 'object' && 'errors' in body && Array.isArray(body.errors)) {
        return body.errors as GraphQLFormattedError[];
      }
    } catch {
      // not a GraphQL body
    }
  }
  return [];
}

export function errorCodes(error: unknown): ApiErrorCode[] {
  return graphQLErrorsOf(error)
    .map((e) => e.extensions?.['code'])
    .filter((code): code is string => typeof code === 'string');
}

/**
 * Per-field messages of a `BAD_USER_INPUT` error (`extensions.fields`), keyed by the
 * last segment of the field path (`input.email` → `email`). Accepts a map of
 * field → message(s) or a list of `{ field | path, message }`.
 */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  const add = (field: unknown, message: unknown) => {
    const name = Array.isArray(field) ? field.at(-1) : typeof field === 'string' ? field.split('.').at(-1) : undefined;
    const text = Array.isArray(message) ? message.filter((m) => typeof m === 'string').join(' ') : message;
    if (typeof name === 'string' && name && typeof text === 'string' && text) {
      result[name] = result[name] ? `${result[name]} ${text}` : text;
    }
  };
  for (const e of graphQLErrorsOf(error)) {
    if (e.extensions?.['code'] !== 'BAD_USER_INPUT') continue;
    const fields = e.extensions['fields'];
    if (Array.isArray(fields)) {
      for (const item of fields) {
        if (item && typeof item === 'object') {
          const entry = item as Record<string, unknown>;
          add(entry['field'] ?? entry['path'], entry['message'] ?? entry['messages']);
        }
      }
    } else if (fields && typeof fields === 'object') {
      for (const [field, message] of Object.entries(fields)) add(field, message);
    }
  }
  return result;
}

/** True when the request never got a GraphQL answer (offline, server down, proxy error). */
export function isNetworkError(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) return false;
  if (graphQLErrorsOf(error).length > 0) return false;
  return ServerError.is(error) || error instanceof TypeError;
}
