import { errorCodes } from '../../app/errors';

const KNOWN = ['NO_GO_DECISION', 'NO_PROJECT_LEAD', 'INVALID_STAGE_TRANSITION', 'CALL_CLOSED', 'PHASE_CLOSED', 'CONFLICT', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'RATE_LIMITED'] as const;
export type PipelineErrorKey = `pipeline.errors.${(typeof KNOWN)[number] | 'generic'}`;

/** The message key for a refused pipeline action: its stable code when known, a generic one otherwise. */
export function pipelineErrorKey(error: unknown): PipelineErrorKey {
  const code = errorCodes(error).find((c): c is (typeof KNOWN)[number] => (KNOWN as readonly string[]).includes(c));
  return `pipeline.errors.${code ?? 'generic'}`;
}
