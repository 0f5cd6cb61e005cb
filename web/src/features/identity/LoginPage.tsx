import { useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { LoginDocument } from './documents';
import { describeLoginError, type LoginErrorKey } from './loginErrors';
import { useSessionChanged } from './session';
import { useViewer } from './useViewer';

type FieldName = 'email' | 'password';
/** A translated key (client-side check) or a message from the server. */
type FieldError = { key: 'login.errors.emailRequired' | 'login.errors.passwordRequired' } | { text: string };

export default function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { isFacilitator } = useViewer();
  const sessionChanged = useSessionChanged();
  const [login, { loading: submitting }] = useMutation(LoginDocument);

  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<FieldName, FieldError>>>({});
  const [formError, setFormError] = useState<LoginErrorKey | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  if (isFacilitator) return <Navigate to="/" replace />;

  const fieldMessage = (name: FieldName) => {
    const error = fieldErrors[name];
    if (!error) return undefined;
    return 'key' in error ? t(error.key) : error.text;
  };

  const focusFirstInvalid = (errors: Partial<Record<FieldName, unknown>>) => {
    if (errors.email) emailRef.current?.focus();
    else if (errors.password) passwordRef.current?.focus();
  };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmedEmail = email.trim();
    const local: Partial<Record<FieldName, FieldError>> = {};
    if (!trimmedEmail) local.email = { key: 'login.errors.emailRequired' };
    if (!password) local.password = { key: 'login.errors.passwordRequired' };
    setFieldErrors(local);
    if (local.email || local.password) {
      setFormError(null);
      focusFirstInvalid(local);
      return;
    }
    setFormError(null);
    try {
      await login({ variables: { input: { email: trimmedEmail, password } } });
      await sessionChanged();
      void navigate('/', { replace: true });
    } catch (error) {
      const view = describeLoginError(error);
      const server: Partial<Record<FieldName, FieldError>> = {};
      if (view.fields['email']) server.email = { text: view.fields['email'] };
      if (view.fields['password']) server.password = { text: view.fields['password'] };
      setFieldErrors(server);
      setFormError(view.messageKey);
      if (view.messageKey === 'login.errors.wrongCredentials') {
        setPassword('');
        passwordRef.current?.focus();
      } else {
        focusFirstInvalid(server);
      }
    }
  }

  return (
    <>
      <title>{`${t('login.title')} · ${t('app.name')}`}</title>
      <h1>{t('login.title')}</h1>
      <p className="lead">{t('login.intro')}</p>
      <form className="form panel" noValidate onSubmit={onSubmit} aria-describedby={formError ? 'login-error' : undefined}>
        <div id="login-error">
          <Alert tone="error">{formError ? t(formError) : null}</Alert>
        </div>
        <TextField
          ref={emailRef}
          label={t('login.emailLabel')}
          name="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fieldMessage('email')}
        />
        <TextField
          ref={passwordRef}
          label={t('login.passwordLabel')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={fieldMessage('password')}
        />
        <div>
          <Button type="submit" busy={submitting}>
            {submitting ? t('login.submitting') : t('login.submit')}
          </Button>
        </div>
      </form>
      <p>
        <Link to="/">{t('login.backHome')}</Link>
      </p>
    </>
  );
}
