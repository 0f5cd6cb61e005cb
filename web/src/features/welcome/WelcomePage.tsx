import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { JoinForm } from '../rooms/JoinForm';

/** Participant entry: join a live session with its code and a name, in one step. */
export function WelcomePage() {
  const { t } = useTranslation();
  return (
    <>
      <title>{`${t('app.name')} · ${t('app.tagline')}`}</title>
      <h1>{t('welcome.title')}</h1>
      <p className="lead">{t('welcome.intro')}</p>

      <section className="panel panel--accent" aria-labelledby="join-title">
        <h2 id="join-title">{t('welcome.joinTitle')}</h2>
        <p>{t('welcome.joinIntro')}</p>
        <JoinForm idPrefix="welcome-join" />
      </section>

      <section className="panel" aria-labelledby="facilitator-title">
        <h2 id="facilitator-title">{t('welcome.facilitatorTitle')}</h2>
        <p>
          <Link to="/login">{t('welcome.facilitatorLink')}</Link>
        </p>
      </section>
    </>
  );
}
