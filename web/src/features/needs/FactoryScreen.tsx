import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Loading } from '../../ui/Loading';
import { FactoryPicker } from './FactoryPicker';
import { useFacilitatorFactory } from './useFacilitatorFactory';

interface ChosenFactory {
  id: string;
  slug: string;
}

/**
 * A facilitator screen working on one factory: its title and introduction, then the states every such
 * screen shares (loading, signed out → sign-in page, failed → retry, no factory → `empty`), the factory
 * picker when there are several, and the screen's content for the chosen factory.
 */
export function FactoryScreen({ title, intro, role, empty, children }: { title: string; intro: string; role?: 'OWNER'; empty: string; children: (factory: ChosenFactory) => ReactNode }) {
  const { t } = useTranslation();
  const choice = useFacilitatorFactory(role);
  let body: ReactNode;
  if (choice.loading) body = <Loading label={t('app.loading')} />;
  else if (choice.signedIn === false) body = <Navigate to="/login" replace />;
  else if (choice.error)
    body = (
      <>
        <Alert tone="error">{t('needs.loadFailed')}</Alert>
        <Button variant="secondary" onClick={() => void choice.refetch()}>
          {t('needs.retry')}
        </Button>
      </>
    );
  else if (!choice.factory) body = <p>{empty}</p>;
  else
    body = (
      <>
        <FactoryPicker factories={choice.factories} current={choice.factory.slug} onChange={choice.choose} />
        {children(choice.factory)}
      </>
    );
  return (
    <>
      <title>{`${title} · ${t('app.name')}`}</title>
      <h1>{title}</h1>
      <p className="lead">{intro}</p>
      {body}
    </>
  );
}
