import { useRunAction } from '../../app/useRunAction';
import { pipelineErrorKey } from './pipelineErrors';

/** Runs one pipeline action at a time: its success message, or the translated refusal. */
export const usePipelineAction = () => useRunAction(pipelineErrorKey);

/** Mutation options reading the named screens' queries again once it is done (results that are not the screen's object). */
export const refetching = (...queries: string[]) => ({ refetchQueries: queries, awaitRefetchQueries: true });
