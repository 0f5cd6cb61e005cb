import { errorCodes, isNetworkError } from '../../app/errors';

const KNOWN = ['BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'PHASE_CLOSED', 'UNAUTHENTICATED', 'PAYLOAD_TOO_LARGE'] as const;

export type LibraryErrorKey = `library.errors.${(typeof KNOWN)[number] | 'network' | 'unknown'}`;

/** The translated reason for a refused library action. */
export function describeLibraryError(error: unknown): LibraryErrorKey {
  const codes = errorCodes(error);
  const known = KNOWN.find((code) => codes.includes(code));
  if (known) return `library.errors.${known}`;
  if (isNetworkError(error)) return 'library.errors.network';
  return 'library.errors.unknown';
}
