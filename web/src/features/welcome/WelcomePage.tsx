import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';

/** Normalises what a participant typed: upper case, no spaces. */
export function normaliseRoomCode(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase();
}

/** Participant entry: join a live session with its code (placeholder until rooms exist). */
export function WelcomePage() {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [missing, setMissing] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const codeRef = useRef<HTMLInputElement>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const normalised = normaliseRoomCode(code);
    setMissing(!normalised);
    setSubmitted(Boolean(normalised));
    if (!normalised) codeRef.current?.focus();
  }

  return (
    <>
      <title>{`${t('app.name')} · ${t('app.tagline')}`}</title>
      <h1>{t('welcome.title')}</h1>
      <p className="lead">{t('welcome.intro')}</p>

      <section className="panel panel--accent" aria-labelledby="join-title">
        <h2 id="join-title">{t('welcome.joinTitle')}</h2>
        <p>{t('welcome.joinIntro')}</p>
        <form className="form" noValidate onSubmit={onSubmit}>
          <TextField
            ref={codeRef}
            label={t('welcome.codeLabel')}
            hint={t('welcome.codeHint')}
            name="code"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            enterKeyHint="go"
            maxLength={16}
            required
            value={code}
            onChange={(e) => {
              setCode(e.target.value);
              setSubmitted(false);
            }}
            error={missing ? t('welcome.codeRequired') : undefined}
          />
          <div>
            <Button type="submit">{t('welcome.joinSubmit')}</Button>
          </div>
          <Alert tone="info">{submitted ? t('welcome.joinComingSoon') : null}</Alert>
        </form>
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
