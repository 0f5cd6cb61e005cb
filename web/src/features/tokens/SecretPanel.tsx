import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';

/** A new token's secret, shown once: read-only, selectable, with a copy button. */
export function SecretPanel({ name, token, onDone }: { name: string; token: string; onDone(): void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const [copy, setCopy] = useState<'copied' | 'failed' | null>(null);

  // The secret appears after the form: bring the reader to it.
  useEffect(() => heading.current?.focus(), [token]);

  async function onCopy() {
    try {
      await navigator.clipboard.writeText(token);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  }

  return (
    <section aria-labelledby="tokens-secret-title" className="panel panel--accent tokens__secret">
      <h2 id="tokens-secret-title" ref={heading} tabIndex={-1}>
        {t('tokens.secretTitle', { name })}
      </h2>
      <p>{t('tokens.secretWarning')}</p>
      <div className="field">
        <label className="field__label" htmlFor="tokens-secret">
          {t('tokens.secretLabel')}
        </label>
        <input id="tokens-secret" className="field__input tokens__secret-value" readOnly value={token} onFocus={(e) => e.target.select()} spellCheck={false} autoComplete="off" />
      </div>
      <div className="button-row">
        <Button onClick={() => void onCopy()}>{t('tokens.copy')}</Button>
        <Button variant="secondary" onClick={onDone}>
          {t('tokens.secretDone')}
        </Button>
      </div>
      <Alert tone="info">{copy === 'copied' ? t('tokens.copied') : null}</Alert>
      <Alert tone="error">{copy === 'failed' ? t('tokens.copyFailed') : null}</Alert>
    </section>
  );
}
