import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { Loading } from '../../ui/Loading';
import { useViewer } from '../identity/useViewer';

/** The library screens are for facilitators: others go to the sign-in page. */
export function FacilitatorOnly({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { loading, isFacilitator } = useViewer();
  if (loading) return <Loading label={t('app.loading')} />;
  if (!isFacilitator) return <Navigate to="/login" replace />;
  return children;
}
