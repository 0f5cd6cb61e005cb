import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { JoinForm } from './JoinForm';

/** `/rejoindre` and `/r/:code` (a link or QR code that fills the code in). */
export function JoinPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  return (
    <>
      <title>{`${t('join.title')} · ${t('app.name')}`}</title>
      <h1>{t('join.title')}</h1>
      <p className="lead">{t('join.intro')}</p>
      <div className="panel panel--accent">
        <JoinForm key={code} initialCode={code} />
      </div>
      <p>
        <Link to="/">{t('join.backHome')}</Link>
      </p>
    </>
  );
}
