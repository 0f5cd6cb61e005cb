import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../../app/errors';
import type { ApiTokenFieldsFragment, ApiTokenScope } from '../../gql/graphql';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { Loading } from '../../ui/Loading';
import { TextField } from '../../ui/TextField';
import { FactoryScreen } from '../needs/FactoryScreen';
import { CreateApiTokenDocument, FactoryApiTokensDocument, RevokeApiTokenDocument } from './documents';
import { SecretPanel } from './SecretPanel';
import '../needs/needs.css';

const SCOPES: readonly ApiTokenScope[] = ['READ', 'WRITE'];

function useDate() {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.resolvedLanguage ?? 'fr', { dateStyle: 'medium', timeStyle: 'short' });
  return (iso: string) => format.format(new Date(iso));
}

/** `/jetons`: a factory owner's API tokens for external tools: list, create (secret shown once), revoke. */
export default function TokensPage() {
  const { t } = useTranslation();
  return (
    <FactoryScreen title={t('tokens.title')} intro={t('tokens.intro')} role="OWNER" empty={t('tokens.notOwner')}>
      {(factory) => <FactoryTokens key={factory.id} factoryId={factory.id} slug={factory.slug} />}
    </FactoryScreen>
  );
}

function FactoryTokens({ factoryId, slug }: { factoryId: string; slug: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(FactoryApiTokensDocument, { variables: { slug } });
  const [secret, setSecret] = useState<{ name: string; token: string } | null>(null);
  const tokens = data?.factory.apiTokens ?? [];

  return (
    <>
      <CreateTokenForm factoryId={factoryId} onCreated={setSecret} />
      {secret && <SecretPanel name={secret.name} token={secret.token} onDone={() => setSecret(null)} />}
      <section aria-labelledby="tokens-list-title" className="tokens__list">
        <h2 id="tokens-list-title">{t('tokens.listTitle', { count: tokens.length })}</h2>
        {loading && !data ? (
          <Loading label={t('app.loading')} />
        ) : error && !data ? (
          <>
            <Alert tone="error">{t('tokens.loadFailed')}</Alert>
            <Button variant="secondary" onClick={() => void refetch()}>
              {t('needs.retry')}
            </Button>
          </>
        ) : tokens.length === 0 ? (
          <p>{t('tokens.empty')}</p>
        ) : (
          <ul className="card-list card-list--single">
            {tokens.map((token) => (
              <TokenItem key={token.id} token={token} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function CreateTokenForm({ factoryId, onCreated }: { factoryId: string; onCreated(secret: { name: string; token: string }): void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ApiTokenScope[]>(['READ']);
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [failed, setFailed] = useState(false);
  const [create, { loading }] = useMutation(CreateApiTokenDocument, {
    update(cache, { data }) {
      const created = data?.createApiToken.apiToken;
      if (!created) return;
      cache.modify({
        id: cache.identify({ __typename: 'Factory', id: factoryId }),
        fields: {
          apiTokens(existing, { toReference }) {
            const reference = toReference(created);
            return reference && Array.isArray(existing) ? [reference, ...(existing as unknown[])] : existing;
          },
        },
      });
    },
  });

  const nameError = submitted && !name.trim() ? t('tokens.nameRequired') : serverErrors['name'];
  const scopesError = submitted && scopes.length === 0 ? t('tokens.scopesRequired') : serverErrors['scopes'];

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitted(true);
    setServerErrors({});
    setFailed(false);
    if (!name.trim() || scopes.length === 0) return;
    try {
      const { data } = await create({ variables: { input: { factoryId, name: name.trim(), scopes } } });
      if (!data) return;
      onCreated({ name: data.createApiToken.apiToken.name, token: data.createApiToken.token });
      setName('');
      setScopes(['READ']);
      setSubmitted(false);
    } catch (e) {
      const fields = fieldErrorsOf(e);
      setServerErrors(fields);
      setFailed(Object.keys(fields).length === 0);
    }
  }

  return (
    <section aria-labelledby="tokens-create-title" className="panel">
      <h2 id="tokens-create-title">{t('tokens.createTitle')}</h2>
      <form className="form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <TextField label={t('tokens.nameLabel')} hint={t('tokens.nameHint')} name="name" maxLength={100} required value={name} onChange={(e) => setName(e.target.value)} error={nameError} />
        <fieldset className="fieldset" aria-describedby={scopesError ? 'tokens-scopes-error' : undefined}>
          <legend>{t('tokens.scopesLegend')}</legend>
          {SCOPES.map((scope) => (
            <div key={scope}>
              <Checkbox
                label={`${t(`tokens.scope.${scope}`)} — ${t(`tokens.scopeHint.${scope}`)}`}
                checked={scopes.includes(scope)}
                onChange={(e) => setScopes((current) => (e.target.checked ? SCOPES.filter((s) => s === scope || current.includes(s)) : current.filter((s) => s !== scope)))}
              />
            </div>
          ))}
          {scopesError && (
            <p className="field__error" id="tokens-scopes-error">
              {scopesError}
            </p>
          )}
        </fieldset>
        <div className="button-row">
          <Button type="submit" busy={loading}>
            {t('tokens.create')}
          </Button>
        </div>
        <Alert tone="error">{failed ? t('tokens.createFailed') : null}</Alert>
      </form>
    </section>
  );
}

function TokenItem({ token }: { token: ApiTokenFieldsFragment }) {
  const { t } = useTranslation();
  const date = useDate();
  const [confirming, setConfirming] = useState(false);
  const [failed, setFailed] = useState(false);
  const [revoke, { loading }] = useMutation(RevokeApiTokenDocument);
  const actions = useRef<HTMLDivElement>(null);

  async function onRevoke() {
    setFailed(false);
    try {
      await revoke({ variables: { id: token.id } });
    } catch {
      setFailed(true);
    }
    setConfirming(false);
  }

  const scopes = token.scopes.map((scope) => t(`tokens.scope.${scope}`)).join(', ');
  return (
    <li className={token.revokedAt ? 'card token token--revoked' : 'card token'}>
      <h3>{token.name}</h3>
      <p>
        <span className={token.revokedAt ? 'tag' : 'tag tag--mine'}>{token.revokedAt ? t('tokens.revokedAt', { date: date(token.revokedAt) }) : t('tokens.active')}</span>
      </p>
      <p>{t('tokens.scopes', { scopes })}</p>
      <p className="card__note">
        {t('tokens.createdAt', { date: date(token.createdAt) })} · {token.lastUsedAt ? t('tokens.lastUsed', { date: date(token.lastUsedAt) }) : t('tokens.neverUsed')}
      </p>
      {!token.revokedAt && (
        <div className="button-row" ref={actions}>
          {confirming ? (
            <>
              <Button className="button--danger" busy={loading} onClick={() => void onRevoke()}>
                {t('tokens.confirmRevoke', { name: token.name })}
              </Button>
              <Button
                variant="quiet"
                onClick={() => {
                  setConfirming(false);
                  // Back on the revoke button, rather than lost at the top of the page.
                  requestAnimationFrame(() => actions.current?.querySelector('button')?.focus());
                }}
              >
                {t('tokens.cancel')}
              </Button>
            </>
          ) : (
            <Button variant="secondary" aria-label={t('tokens.revokeLabel', { name: token.name })} onClick={() => setConfirming(true)}>
              {t('tokens.revoke')}
            </Button>
          )}
        </div>
      )}
      <Alert tone="error">{failed ? t('tokens.revokeFailed') : null}</Alert>
    </li>
  );
}
