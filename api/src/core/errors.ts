import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/**
 * The stable error codes clients can rely on (`extensions.code`). Anything thrown without one of
 * these is unexpected: it is logged with the request id and reaches the client as INTERNAL_SERVER_ERROR.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
  PHASE_CLOSED: 'PHASE_CLOSED',
  VOTE_BUDGET_EXHAUSTED: 'VOTE_BUDGET_EXHAUSTED',
  VOTE_CAP_REACHED: 'VOTE_CAP_REACHED',
  ROOM_LOCKED: 'ROOM_LOCKED',
  /** Calls and projects need the study's latest steering decision to be GO. */
  NO_GO_DECISION: 'NO_GO_DECISION',
  /** A project cannot be launched without a chosen lead (porteur·se de projet). */
  NO_PROJECT_LEAD: 'NO_PROJECT_LEAD',
  /** A project stage change not allowed from its current stage (SUPPORT → LAUNCHED or STOPPED only). */
  INVALID_STAGE_TRANSITION: 'INVALID_STAGE_TRANSITION',
  /** Applications to a call after its deadline or once it is closed. */
  CALL_CLOSED: 'CALL_CLOSED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  // Produced by GraphQL itself for malformed or invalid documents.
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  BAD_REQUEST: 'BAD_REQUEST',
  OPERATION_RESOLUTION_FAILURE: 'OPERATION_RESOLUTION_FAILURE',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

const publicCodes = new Set<string>(Object.values(ErrorCode));

/** Per-field messages for BAD_USER_INPUT: `{ "input.email": ["must be an email"] }`. */
export type FieldErrors = Record<string, string[]>;

function error(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

export const badUserInput = (message: string, fields?: FieldErrors) =>
  error(ErrorCode.BAD_USER_INPUT, message, fields ? { fields } : {});
export const unauthenticated = (message = 'You must be signed in to do this.') => error(ErrorCode.UNAUTHENTICATED, message);
export const forbidden = (message = 'You are not allowed to do this.') => error(ErrorCode.FORBIDDEN, message);
export const notFound = (what: string) => error(ErrorCode.NOT_FOUND, `${what} not found.`);
export const conflict = (message: string) => error(ErrorCode.CONFLICT, message);
export const phaseClosed = (message: string) => error(ErrorCode.PHASE_CLOSED, message);
export const voteBudgetExhausted = (message: string) => error(ErrorCode.VOTE_BUDGET_EXHAUSTED, message);
export const voteCapReached = (message: string) => error(ErrorCode.VOTE_CAP_REACHED, message);
export const roomLocked = () => error(ErrorCode.ROOM_LOCKED, 'This room is locked: ask the facilitator.');
export const rateLimited = (message: string) => error(ErrorCode.RATE_LIMITED, message);
export const noGoDecision = (message: string) => error(ErrorCode.NO_GO_DECISION, message);
export const noProjectLead = () => error(ErrorCode.NO_PROJECT_LEAD, 'Choose the project lead before launching the project.');
export const invalidStageTransition = (message: string) => error(ErrorCode.INVALID_STAGE_TRANSITION, message);
export const callClosed = () => error(ErrorCode.CALL_CLOSED, 'This call for entrepreneurs is closed.');

interface ValidationErrorLike {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorLike[];
}

function flattenValidation(errors: ValidationErrorLike[], prefix = '', out: FieldErrors = {}): FieldErrors {
  for (const e of errors) {
    const key = prefix ? `${prefix}.${e.property}` : e.property;
    if (e.constraints) out[key] = Object.values(e.constraints);
    if (e.children?.length) flattenValidation(e.children, key, out);
  }
  return out;
}

/**
 * Shapes every error that leaves the API (HTTP and WebSocket). Known codes pass with their message;
 * class-validator failures become BAD_USER_INPUT with per-field details; the rest is masked:
 * no stack trace, no SQL, no internal message.
 */
export function formatError(formatted: GraphQLFormattedError, original: unknown, log: (err: unknown) => void): GraphQLFormattedError {
  const cause = original instanceof GraphQLError ? original : undefined;
  const code = String(formatted.extensions?.code ?? '');
  const validationErrors = (cause?.extensions?.validationErrors ?? (cause?.originalError as { extensions?: { validationErrors?: unknown } })?.extensions?.validationErrors) as
    | ValidationErrorLike[]
    | undefined;
  if (validationErrors) {
    return {
      message: 'The input is not valid.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.BAD_USER_INPUT, fields: flattenValidation(validationErrors) },
    };
  }
  // A GraphQLError created by us or by graphql-js (no underlying exception) is safe to show.
  const isOurs = cause && (!cause.originalError || cause.originalError instanceof GraphQLError);
  if (publicCodes.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR && (isOurs || !cause)) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  log(original);
  return {
    message: 'Internal server error.',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
