import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { describeLoginError } from './loginErrors';

const graphQLError = (extensions: Record<string, unknown>, message = 'error') =>
  new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions }] });

describe('describeLoginError', () => {
  it('reports a wrong password (UNAUTHENTICATED) with a translated message', () => {
    expect(describeLoginError(graphQLError({ code: 'UNAUTHENTICATED' }))).toEqual({
      messageKey: 'login.errors.wrongCredentials',
      fields: {},
    });
  });

  it('maps BAD_USER_INPUT per-field messages, whatever their shape', () => {
    expect(describeLoginError(graphQLError({ code: 'BAD_USER_INPUT', fields: { 'input.email': 'Adresse invalide' } }))).toEqual({
      messageKey: 'login.errors.invalidInput',
      fields: { email: 'Adresse invalide' },
    });
    const list = graphQLError({
      code: 'BAD_USER_INPUT',
      fields: [{ path: ['input', 'password'], message: ['Trop court', 'Obligatoire'] }],
    });
    expect(describeLoginError(list).fields).toEqual({ password: 'Trop court Obligatoire' });
  });

  it('reads GraphQL errors sent with a 4xx status', () => {
    const response = new Response(null, { status: 401 });
    const bodyText = JSON.stringify({ errors: [{ message: 'no', extensions: { code: 'UNAUTHENTICATED' } }] });
    const error = new ServerError('Response not successful', { response, bodyText });
    expect(describeLoginError(error).messageKey).toBe('login.errors.wrongCredentials');
  });

  it('tells a network failure apart from an unknown error', () => {
    expect(describeLoginError(new TypeError('Failed to fetch')).messageKey).toBe('login.errors.network');
    expect(describeLoginError(graphQLError({ code: 'INTERNAL_SERVER_ERROR' })).messageKey).toBe('login.errors.unknown');
  });
});
