/** Addresses of the library screens (French, like the other routes). */
export const LIBRARY_PATH = '/bibliotheque';

/** A library screen, keeping the factory when the facilitator has several. */
export function libraryPath(screen: 'nouvelle' | 'import' | null, factorySlug: string | null): string {
  const path = screen ? `${LIBRARY_PATH}/${screen}` : LIBRARY_PATH;
  return factorySlug ? `${path}?fabrique=${encodeURIComponent(factorySlug)}` : path;
}

export const recordPath = (id: string) => `${LIBRARY_PATH}/fiche/${encodeURIComponent(id)}`;
export const editRecordPath = (id: string) => `${recordPath(id)}/modifier`;
