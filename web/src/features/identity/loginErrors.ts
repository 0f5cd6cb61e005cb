import { errorCodes, fieldErrorsOf, isNetworkError } from '../../app/errors';

export type LoginErrorKey =
  | 'login.errors.wrongCredentials'
  | 'login.errors.invalidInput'
  | 'login.errors.forbidden'
  | 'login.errors.network'
  | 'login.errors.unknown';

export interface LoginErrorView {
  /** i18n key of the message shown above the form. */
  messageKey: LoginErrorKey;
  /** Messages from the server for individual fields (`email`, `password`). */
  fields: Record<string, string>;
}

/** Maps an error from the `login` mutation to what the login form shows. */
export function describeLoginError(error: unknown): LoginErrorView {
  const codes = errorCodes(error);
  if (codes.includes('UNAUTHENTICATED')) return { messageKey: 'login.errors.wrongCredentials', fields: {} };
  if (codes.includes('BAD_USER_INPUT')) return { messageKey: 'login.errors.invalidInput', fields: fieldErrorsOf(error) };
  if (codes.includes('FORBIDDEN')) return { messageKey: 'login.errors.forbidden', fields: {} };
  if (isNetworkError(error)) return { messageKey: 'login.errors.network', fields: {} };
  return { messageKey: 'login.errors.unknown', fields: {} };
}
