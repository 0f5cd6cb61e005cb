import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { LogoutButton } from '../features/identity/LogoutButton';
import { useViewer } from '../features/identity/useViewer';
import { ConnectionBanner } from '../ui/ConnectionBanner';
import { LanguageSwitch, type LanguageOption } from '../ui/LanguageSwitch';
import { Loading } from '../ui/Loading';
import { SkipLink } from '../ui/SkipLink';
import { useConnectionState, type ConnectionState } from './connection';
import { LANGUAGES } from '../i18n';

const MAIN_ID = 'main';

const connectionMessageKey = {
  idle: undefined,
  connected: undefined,
  connecting: 'connection.connecting',
  reconnecting: 'connection.reconnecting',
  offline: 'connection.offline',
} as const satisfies Record<ConnectionState, string | undefined>;

export function Layout() {
  const { t, i18n } = useTranslation();
  const { isFacilitator } = useViewer();
  const connection = useConnectionState();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After a client-side navigation, move focus to the new content (as a page load would).
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [location.pathname]);

  const languages: LanguageOption[] = LANGUAGES.map((code) => ({
    code,
    short: code.toUpperCase(),
    name: t(`language.${code}`),
  }));
  const connectionKey = connectionMessageKey[connection];

  return (
    <>
      <SkipLink targetId={MAIN_ID} label={t('app.skipToContent')} />
      <header className="app-header">
        <div className="app-header__inner">
          <Link to="/" className="app-header__brand" aria-label={t('app.homeLink')}>
            <img src="/favicon.svg" alt="" width="28" height="28" />
            <span>{t('app.name')}</span>
          </Link>
          <div className="app-header__actions">
            <LanguageSwitch
              groupLabel={t('language.groupLabel')}
              options={languages}
              current={i18n.resolvedLanguage ?? i18n.language}
              onChange={(code) => void i18n.changeLanguage(code)}
            />
            {isFacilitator && (
              <Link to="/bibliotheque" className="app-header__link">
                {t('library.nav')}
              </Link>
            )}
            {isFacilitator && (
              <Link to="/pipeline" className="app-header__link">
                {t('pipeline.nav')}
              </Link>
            )}
            {isFacilitator && (
              <Link to="/besoins" className="app-header__link">
                {t('needs.nav')}
              </Link>
            )}
            {isFacilitator && (
              <Link to="/jetons" className="app-header__link">
                {t('tokens.nav')}
              </Link>
            )}
            {isFacilitator && <LogoutButton />}
          </div>
        </div>
      </header>
      <ConnectionBanner message={connectionKey ? t(connectionKey) : undefined} />
      <main id={MAIN_ID} ref={mainRef} tabIndex={-1} className="app-main">
        <Suspense fallback={<Loading label={t('app.loading')} />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="app-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
}
