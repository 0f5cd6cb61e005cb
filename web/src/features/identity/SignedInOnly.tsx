import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { Loading } from '../../ui/Loading';
import { useViewer } from './useViewer';

/**
 * A screen for signed-in people (facilitators, and assessors named on a study, who may belong to no
 * factory); others go to the sign-in page. `addMessages` brings the screen's own messages (the library
 * and pipeline screens are loaded apart, with their texts).
 */
export function SignedInOnly({ addMessages, children }: { addMessages?: (i18n: I18n) => void; children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const { loading, isFacilitator } = useViewer();
  addMessages?.(i18n);
  if (loading) return <Loading label={t('app.loading')} />;
  if (!isFacilitator) return <Navigate to="/login" replace />;
  return children;
}
