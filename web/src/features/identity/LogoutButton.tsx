import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button } from '../../ui/Button';
import { LogoutDocument } from './documents';
import { useSessionChanged } from './session';

export function LogoutButton() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const sessionChanged = useSessionChanged();
  const [logout, { loading }] = useMutation(LogoutDocument);
  const [failed, setFailed] = useState(false);

  async function onClick() {
    setFailed(false);
    try {
      await logout();
    } catch {
      setFailed(true);
      return;
    }
    void navigate('/', { replace: true });
    await sessionChanged();
  }

  return (
    <>
      <Button variant="secondary" busy={loading} onClick={() => void onClick()}>
        {loading ? t('session.loggingOut') : t('session.logout')}
      </Button>
      {failed && (
        <span role="alert" className="header-error">
          {t('session.logoutFailed')}
        </span>
      )}
    </>
  );
}
