import { useRunAction } from '../../app/useRunAction';
import { describeLibraryError } from './libraryErrors';

/** Runs one library action at a time: its success message, or the translated refusal. */
export const useLibraryAction = () => useRunAction(describeLibraryError);
