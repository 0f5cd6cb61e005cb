import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConnectionState } from '../../app/connection';
import { useLiveConnection } from '../../app/live';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { DETAIL_FIELDS, DETAIL_MAX_LENGTH, peerColor, type Peer } from './peers';
import { CoTextField } from './CoTextField';
import { IdeaDocSession, type SyncStatus } from './session';
import './coedit.css';

export interface CoEditorProps {
  ideaId: string;
  /** The card's title when it was opened, for the editor's accessible name. */
  title: string;
  /** How the others see the viewer. */
  myName: string;
  onDone(): void;
}

const failureKey = (code: string | undefined) => {
  switch (code) {
    case 'FORBIDDEN':
    case 'NOT_FOUND':
      return 'coedit.forbidden' as const;
    case 'BAD_USER_INPUT':
      return 'coedit.tooLong' as const;
    default:
      return 'coedit.failed' as const;
  }
};

/**
 * The card's structured fields (need, who benefits, economic model) behind a disclosure, so that a phone
 * shows the title and description first: open from the start when one of them has text, or when someone
 * else is typing in one. The summary says how many are filled in.
 */
function CardDetails({ session, peers, disabled }: { session: IdeaDocSession; peers: Peer[]; disabled: boolean }) {
  const { t } = useTranslation();
  const filledNow = () => DETAIL_FIELDS.filter((field) => session.text(field).toString().trim()).length;
  const [filled, setFilled] = useState(filledNow);
  const [open, setOpen] = useState(() => filled > 0);
  // Someone else starting to type in one opens it (once: whoever closes it again keeps it closed).
  const othersInside = peers.some((peer) => (DETAIL_FIELDS as readonly string[]).includes(peer.field ?? ''));
  const [seenOthersInside, setSeenOthersInside] = useState(othersInside);
  if (othersInside !== seenOthersInside) {
    setSeenOthersInside(othersInside);
    if (othersInside) setOpen(true);
  }
  useEffect(() => {
    const onUpdate = () => setFilled(DETAIL_FIELDS.filter((field) => session.text(field).toString().trim()).length);
    session.doc.on('update', onUpdate);
    return () => session.doc.off('update', onUpdate);
  }, [session]);
  return (
    <details className="coedit__details" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="coedit__summary">
        {t('coedit.details')} <span className="coedit__filled">({t('coedit.detailsFilled', { count: filled })})</span>
      </summary>
      <div className="coedit__detail-fields">
        {DETAIL_FIELDS.map((field) => (
          <CoTextField key={field} session={session} field={field} label={t(`coedit.${field}Label`)} multiline maxLength={DETAIL_MAX_LENGTH} peers={peers} disabled={disabled} />
        ))}
      </div>
    </details>
  );
}

/**
 * Co-editing of an idea card's text (title, description and its structured fields) through its Yjs
 * document (loaded on demand with yjs): every participant of the room may type at once; who else is in
 * the card, and where, is shown.
 */
export default function CoEditor({ ideaId, title, myName, onDone }: CoEditorProps) {
  const { t } = useTranslation();
  const { liveClient } = useLiveConnection();
  const connection = useConnectionState();
  const [session, setSession] = useState<IdeaDocSession | null>(null);
  const [status, setStatus] = useState<{ status: SyncStatus; code?: string | undefined }>({ status: 'connecting' });
  const [peers, setPeers] = useState<Peer[]>([]);
  // Arrivals and departures, translated when shown (a language switch must not reopen the card).
  const [announcement, setAnnouncement] = useState<{ joined: string[]; left: string[] }>({ joined: [], left: [] });
  // The name others see is the one the card was opened with.
  const [name] = useState(myName);
  const [titleEmpty, setTitleEmpty] = useState(false);
  // Named after the card as it was opened: the name must not change while people type the title.
  const [label] = useState(() => t('coedit.region', { title }));

  useEffect(() => {
    if (!liveClient) return;
    const next = new IdeaDocSession(ideaId, liveClient, { name }, {
      status: (status, code) => {
        // The fields appear once the document has arrived (or failed to).
        setSession(next);
        setStatus({ status, code });
      },
      peers: (list, changes) => {
        setPeers(list);
        if (changes.joined.length > 0 || changes.left.length > 0) setAnnouncement({ joined: changes.joined, left: changes.left });
      },
    });
    // The card on the board follows the room's IdeaUpdated events (the API announces co-edited text), like
    // every other change of an idea; here only the empty-title warning follows the document.
    const onUpdate = () => setTitleEmpty(!next.text('title').toString().trim());
    next.doc.on('update', onUpdate);
    next.start();
    return () => {
      next.doc.off('update', onUpdate);
      void next.close();
    };
  }, [ideaId, liveClient, name]);

  const synced = session?.isSynced ?? false;
  const readOnly = status.status === 'closed' || !synced;
  const offline = connection === 'offline' || connection === 'reconnecting';
  let statusText: string;
  if (!synced) statusText = t('coedit.opening');
  else if (status.status === 'closed') statusText = t('coedit.closed');
  else if (offline) statusText = t('coedit.offline');
  else if (status.status === 'saving') statusText = t('coedit.saving');
  else statusText = t('coedit.saved');
  const fieldName = (peer: Peer) => (peer.field ? t(`coedit.field.${peer.field}`) : t('coedit.field.none'));

  return (
    <section className="coedit" aria-label={label}>
      {session && synced && (
        <>
          <CoTextField session={session} field="title" autoFocus label={t('coedit.titleLabel')} maxLength={140} peers={peers} disabled={readOnly} error={synced && titleEmpty ? t('coedit.titleRequired') : undefined} />
          <CoTextField session={session} field="description" label={t('coedit.descriptionLabel')} multiline maxLength={5000} peers={peers} disabled={readOnly} />
          <CardDetails session={session} peers={peers} disabled={readOnly} />
        </>
      )}
      <p className="coedit__status" data-status={offline ? 'offline' : status.status}>
        {statusText}
      </p>
      <div className="coedit__peers">
        <p className="coedit__peers-title">{t('coedit.othersTitle')}</p>
        {peers.length === 0 ? (
          <p className="coedit__nobody">{t('coedit.nobody')}</p>
        ) : (
          <ul className="coedit__peer-list">
            {peers.map((peer) => (
              <li key={peer.clientId} className="coedit__peer">
                <span className="coedit__swatch" style={{ backgroundColor: peerColor(peer) }} aria-hidden="true" />
                {t('coedit.peerIn', { name: peer.name, field: fieldName(peer) })}
              </li>
            ))}
          </ul>
        )}
      </div>
      {/* Arrivals and departures only, not every keystroke. */}
      <p className="visually-hidden" aria-live="polite">
        {[...announcement.joined.map((who) => t('coedit.joined', { name: who })), ...announcement.left.map((who) => t('coedit.left', { name: who }))].join(' ')}
      </p>
      <Alert tone="error">{status.status === 'failed' ? t(failureKey(status.code)) : null}</Alert>
      <div className="button-row">
        <Button variant="secondary" onClick={onDone}>
          {t('coedit.done')}
        </Button>
      </div>
    </section>
  );
}
