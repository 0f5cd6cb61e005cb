import type { NeedStatus } from '../../gql/graphql';

/** The need form's values, as typed. */
export interface NeedDraft {
  title: string;
  description: string;
  evidence: string;
  reportedBy: string;
  themeId: string;
  territoryId: string;
  status: NeedStatus;
  sources: { title: string; url: string }[];
}

export type DraftErrorKey = 'titleLength' | 'themeRequired' | 'territoryRequired' | 'sourceUrl' | 'sourceTitle';

export interface DraftErrors {
  title?: DraftErrorKey;
  themeId?: DraftErrorKey;
  territoryId?: DraftErrorKey;
  /** Per source row. */
  sources: { title?: DraftErrorKey; url?: DraftErrorKey }[];
}

/** The API takes at most this many sources per need (the form stops offering more). */
export const MAX_SOURCES = 20;

export function emptyDraft(): NeedDraft {
  return { title: '', description: '', evidence: '', reportedBy: '', themeId: '', territoryId: '', status: 'OPEN', sources: [] };
}

const isHttpUrl = (text: string) => {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && Boolean(url.hostname);
  } catch {
    return false;
  }
};

/** The same rules as the API (title 3–200 characters, a theme, a territory, http(s) sources with a title). */
export function validateDraft(draft: NeedDraft): DraftErrors {
  const errors: DraftErrors = { sources: [] };
  const title = draft.title.trim();
  if (title.length < 3 || title.length > 200) errors.title = 'titleLength';
  if (!draft.themeId) errors.themeId = 'themeRequired';
  if (!draft.territoryId) errors.territoryId = 'territoryRequired';
  errors.sources = draft.sources.map((source) => {
    const row: { title?: DraftErrorKey; url?: DraftErrorKey } = {};
    if (!isHttpUrl(source.url.trim())) row.url = 'sourceUrl';
    if (!source.title.trim()) row.title = 'sourceTitle';
    return row;
  });
  return errors;
}

export function hasErrors(errors: DraftErrors): boolean {
  return Boolean(errors.title || errors.themeId || errors.territoryId || errors.sources.some((s) => s.title || s.url));
}

/** The fields every save sends (trimmed). */
export function draftInput(draft: NeedDraft) {
  return {
    title: draft.title.trim(),
    description: draft.description.trim(),
    evidence: draft.evidence.trim(),
    reportedBy: draft.reportedBy.trim(),
    themeId: draft.themeId,
    territoryId: draft.territoryId,
    sources: draft.sources.map((s) => ({ title: s.title.trim(), url: s.url.trim() })),
  };
}

/** A draft from a saved need, for editing it. */
export function draftOf(need: {
  title: string;
  description: string;
  evidence: string;
  reportedBy: string;
  status: NeedStatus;
  theme: { id: string };
  territory: { id: string };
  sources: readonly { title: string; url: string }[];
}): NeedDraft {
  return {
    title: need.title,
    description: need.description,
    evidence: need.evidence,
    reportedBy: need.reportedBy,
    themeId: need.theme.id,
    territoryId: need.territory.id,
    status: need.status === 'ARCHIVED' ? 'OPEN' : need.status,
    sources: need.sources.map((s) => ({ title: s.title, url: s.url })),
  };
}
