import type { ReactNode } from 'react';
import { SignedInOnly } from '../identity/SignedInOnly';
import { addLibraryMessages } from './messages';

/** The library screens are for facilitators (others go to the sign-in page); they bring their messages. */
export function FacilitatorOnly({ children }: { children: ReactNode }) {
  return <SignedInOnly addMessages={addLibraryMessages}>{children}</SignedInOnly>;
}
