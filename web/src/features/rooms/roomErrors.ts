import { errorCodes, fieldErrorsOf, isNetworkError } from '../../app/errors';

export type JoinErrorKey =
  | 'join.errors.unknownCode'
  | 'join.errors.locked'
  | 'join.errors.rateLimited'
  | 'join.errors.invalid'
  | 'join.errors.network'
  | 'join.errors.unknown';

export interface JoinErrorView {
  messageKey: JoinErrorKey;
  /** Which field to point at: the code, the name, or none. */
  field: 'code' | 'displayName' | null;
}

/** Maps an error of `joinRoom` to what the join form shows. */
export function describeJoinError(error: unknown): JoinErrorView {
  const codes = errorCodes(error);
  if (codes.includes('NOT_FOUND')) return { messageKey: 'join.errors.unknownCode', field: 'code' };
  if (codes.includes('ROOM_LOCKED')) return { messageKey: 'join.errors.locked', field: null };
  if (codes.includes('RATE_LIMITED')) return { messageKey: 'join.errors.rateLimited', field: null };
  if (codes.includes('BAD_USER_INPUT')) {
    const fields = fieldErrorsOf(error);
    return { messageKey: 'join.errors.invalid', field: fields['code'] ? 'code' : 'displayName' };
  }
  if (isNetworkError(error)) return { messageKey: 'join.errors.network', field: null };
  return { messageKey: 'join.errors.unknown', field: null };
}

export type ActionErrorKey =
  | 'board.errors.PHASE_CLOSED'
  | 'board.errors.VOTE_BUDGET_EXHAUSTED'
  | 'board.errors.VOTE_CAP_REACHED'
  | 'board.errors.ROOM_LOCKED'
  | 'board.errors.NOT_FOUND'
  | 'board.errors.FORBIDDEN'
  | 'board.errors.UNAUTHENTICATED'
  | 'board.errors.BAD_USER_INPUT'
  | 'board.errors.RATE_LIMITED'
  | 'board.errors.network'
  | 'board.errors.unknown';

const ACTION_CODES = ['PHASE_CLOSED', 'VOTE_BUDGET_EXHAUSTED', 'VOTE_CAP_REACHED', 'ROOM_LOCKED', 'NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED', 'BAD_USER_INPUT', 'RATE_LIMITED'] as const;

/** The translated reason for a refused action in a room (a vote, an idea, a facilitator step). */
export function describeActionError(error: unknown): ActionErrorKey {
  const codes = errorCodes(error);
  const known = ACTION_CODES.find((code) => codes.includes(code));
  if (known) return `board.errors.${known}`;
  if (isNetworkError(error)) return 'board.errors.network';
  return 'board.errors.unknown';
}

/** True when the error means the participant's seat is gone (removed, or token revoked). */
export function isSeatLost(error: unknown): boolean {
  const codes = errorCodes(error);
  return codes.includes('UNAUTHENTICATED');
}
