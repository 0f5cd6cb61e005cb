import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { Loading } from '../../ui/Loading';
import { useViewer } from '../identity/useViewer';
import { addLibraryMessages } from './messages';

/** The library screens are for facilitators (others go to the sign-in page); they bring their messages. */
export function FacilitatorOnly({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const { loading, isFacilitator } = useViewer();
  addLibraryMessages(i18n);
  if (loading) return <Loading label={t('app.loading')} />;
  if (!isFacilitator) return <Navigate to="/login" replace />;
  return children;
}
