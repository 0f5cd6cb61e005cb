import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { describeActionError, describeJoinError, isSeatLost } from './roomErrors';

const graphQLError = (code: string, extensions: Record<string, unknown> = {}) =>
  new CombinedGraphQLErrors({ data: null, errors: [{ message: code, extensions: { code, ...extensions } }] });

describe('room errors', () => {
  it('explains each join refusal', () => {
    expect(describeJoinError(graphQLError('NOT_FOUND'))).toEqual({ messageKey: 'join.errors.unknownCode', field: 'code' });
    expect(describeJoinError(graphQLError('ROOM_LOCKED')).messageKey).toBe('join.errors.locked');
    expect(describeJoinError(graphQLError('RATE_LIMITED')).messageKey).toBe('join.errors.rateLimited');
    expect(describeJoinError(graphQLError('BAD_USER_INPUT', { fields: { displayName: ['1–40'] } }))).toEqual({ messageKey: 'join.errors.invalid', field: 'displayName' });
    expect(describeJoinError(graphQLError('BAD_USER_INPUT', { fields: { 'input.code': ['4–32'] } })).field).toBe('code');
    expect(describeJoinError(new TypeError('Failed to fetch')).messageKey).toBe('join.errors.network');
  });

  it('gives the reason of a refused vote', () => {
    expect(describeActionError(graphQLError('VOTE_BUDGET_EXHAUSTED'))).toBe('board.errors.VOTE_BUDGET_EXHAUSTED');
    expect(describeActionError(graphQLError('VOTE_CAP_REACHED'))).toBe('board.errors.VOTE_CAP_REACHED');
    expect(describeActionError(graphQLError('PHASE_CLOSED'))).toBe('board.errors.PHASE_CLOSED');
    expect(describeActionError(graphQLError('INTERNAL_SERVER_ERROR'))).toBe('board.errors.unknown');
  });

  it('tells when the seat is lost (token revoked: 401)', () => {
    const bodyText = JSON.stringify({ errors: [{ message: 'no', extensions: { code: 'UNAUTHENTICATED' } }] });
    expect(isSeatLost(new ServerError('401', { response: new Response(null, { status: 401 }), bodyText }))).toBe(true);
    expect(isSeatLost(graphQLError('FORBIDDEN'))).toBe(false);
  });
});
