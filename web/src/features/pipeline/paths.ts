/** Addresses of the pipeline screens (French, like the other routes). */
export const PIPELINE_PATH = '/pipeline';

export function pipelinePath(screen: 'promotions' | 'entonnoir' | null, factorySlug?: string | null): string {
  const path = screen ? `${PIPELINE_PATH}/${screen}` : PIPELINE_PATH;
  return factorySlug ? `${path}?fabrique=${encodeURIComponent(factorySlug)}` : path;
}

export const studyPath = (id: string) => `${PIPELINE_PATH}/etude/${encodeURIComponent(id)}`;
export const projectPath = (id: string) => `${PIPELINE_PATH}/projet/${encodeURIComponent(id)}`;
/** The public application form of a call: no account needed. */
export const applyPath = (callId: string) => `/appel/${encodeURIComponent(callId)}`;
