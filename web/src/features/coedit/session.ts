import type { Client } from 'graphql-ws';
import * as Y from 'yjs';
import { encodeAwareness, decodeAwareness, fromBase64, toBase64 } from './awarenessCodec';
import { COEDIT_FIELDS, PEER_COLORS, PEER_RENEW_MS, PeerRegistry, type CoeditField, type Peer, type PeerChanges, type PeerState } from './peers';

/*
 * One idea card's Yjs document, kept in sync with the API over the live socket (see the API's
 * collaboration SPEC): subscribe with the document's state vector (the first message is what it lacks),
 * push what the previous pushes did not carry (`encodeStateAsUpdate(doc, sentStateVector)`) without waiting
 * for their acknowledgement (a few at most: an acknowledgement can wait for the card's plain columns), take
 * each acknowledged state vector as the reference after a failure. Variables are computed when graphql-ws
 * (re)sends an operation: a push sent again after a network drop carries everything not acknowledged, and
 * the subscription resumes from the current state vector.
 */

const SUBSCRIBE = `subscription IdeaDocUpdates($ideaId: ID!, $stateVector: String, $clientId: String) {
  ideaDocUpdates(ideaId: $ideaId, stateVector: $stateVector, clientId: $clientId) { kind data }
}`;
const PUSH_UPDATE = `mutation PushIdeaUpdate($ideaId: ID!, $update: String!, $clientId: String) {
  pushIdeaUpdate(ideaId: $ideaId, update: $update, clientId: $clientId) { stateVector }
}`;
const PUSH_AWARENESS = `mutation PushAwareness($ideaId: ID!, $awareness: String!, $clientId: String) {
  pushAwareness(ideaId: $ideaId, awareness: $awareness, clientId: $clientId)
}`;

/** Transaction origin of remote updates: they are not pushed back. */
const REMOTE = 'remote';
/** Pause between two pushes, so that fast typing goes out in a few requests, not one per key. */
const PUSH_PAUSE_MS = 40;
/** Pushes sent and not acknowledged yet, at most. */
const MAX_IN_FLIGHT = 3;
const RATE_LIMITED_PAUSE_MS = 300;
const AWARENESS_PAUSE_MS = 150;

export type SyncStatus = 'connecting' | 'saving' | 'saved' | 'closed' | 'failed';

interface Result<T> {
  data?: T | null;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

const codesOf = (result: Result<unknown>) => (result.errors ?? []).map((e) => String(e.extensions?.['code'] ?? ''));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface SessionListener {
  status(status: SyncStatus, code?: string): void;
  peers(peers: Peer[], changes: PeerChanges): void;
}

export class IdeaDocSession {
  readonly doc = new Y.Doc();
  /** Sent with every operation so that the server does not echo our own updates. */
  private readonly clientId = crypto.randomUUID();
  private readonly registry: PeerRegistry;
  private serverStateVector: Uint8Array = new Uint8Array([0]);
  /** What the pushes sent so far carry, acknowledged or not: the next one sends what it lacks. */
  private sentStateVector: Uint8Array = new Uint8Array([0]);
  private synced = false;
  private dirty = false;
  private flushing: Promise<void> | null = null;
  private closing = false;
  private statusNow: SyncStatus = 'connecting';
  private localState: PeerState | null;
  private awarenessClock = 0;
  private awarenessTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly cleanups: (() => void)[] = [];

  constructor(
    readonly ideaId: string,
    private readonly client: Client,
    me: { name: string },
    private readonly listener: SessionListener,
  ) {
    // Typed roots before any update arrives: positions then resolve to these Y.Text (not a generic type).
    for (const field of COEDIT_FIELDS) this.doc.getText(field);
    this.registry = new PeerRegistry(this.doc.clientID);
    this.localState = { name: me.name, color: this.doc.clientID % PEER_COLORS.length, field: null, anchor: null, head: null };
  }

  get status(): SyncStatus {
    return this.statusNow;
  }

  get isSynced(): boolean {
    return this.synced;
  }

  text(field: CoeditField): Y.Text {
    return this.doc.getText(field);
  }

  start(): void {
    const onUpdate = (_update: Uint8Array, origin: unknown) => {
      if (origin === REMOTE) return;
      this.dirty = true;
      void this.flush();
    };
    this.doc.on('update', onUpdate);
    this.cleanups.push(() => this.doc.off('update', onUpdate));

    const doc = this.doc;
    const variables = { ideaId: this.ideaId, clientId: this.clientId };
    const stop = this.client.subscribe<{ ideaDocUpdates: { kind: 'UPDATE' | 'AWARENESS'; data: string } }>(
      {
        query: SUBSCRIBE,
        operationName: 'IdeaDocUpdates',
        get variables() {
          return { ...variables, stateVector: toBase64(Y.encodeStateVector(doc)) };
        },
      },
      {
        next: (result) => {
          if (result.errors) return this.fail(codesOf(result)[0]);
          const message = result.data?.ideaDocUpdates;
          if (!message) return;
          if (message.kind === 'UPDATE') this.applyRemote(fromBase64(message.data));
          else this.applyAwareness(message.data);
        },
        error: (error) => this.fail(Array.isArray(error) ? codesOf({ errors: error as Result<unknown>['errors'] })[0] : undefined),
        complete: () => undefined,
      },
    );
    this.cleanups.push(stop);

    // Back on the network: tell the others we are here again (they may have timed us out), and try again
    // edits whose push failed (pushes in flight are sent again by graphql-ws itself).
    this.cleanups.push(
      this.client.on('connected', () => {
        this.sendAwarenessSoon();
        // After the run that failed has heard from its other pushes (sent again by graphql-ws).
        if (this.statusNow === 'failed' && this.dirty) void (this.flushing ?? Promise.resolve()).then(() => this.flush());
      }),
    );
    // Closing the page with edits not sent yet: the browser asks first.
    if (typeof window !== 'undefined') {
      const beforeUnload = (event: BeforeUnloadEvent) => {
        if (this.pending) event.preventDefault();
      };
      window.addEventListener('beforeunload', beforeUnload);
      this.cleanups.push(() => window.removeEventListener('beforeunload', beforeUnload));
    }
    const renew = setInterval(() => this.sendAwarenessSoon(), PEER_RENEW_MS);
    const expire = setInterval(() => this.report(this.registry.expire(Date.now())), 5_000);
    this.cleanups.push(() => clearInterval(renew), () => clearInterval(expire));
  }

  /** Where the local caret is, for the others (null: in no field). */
  setCaret(field: CoeditField | null, anchor = 0, head = anchor): void {
    if (!this.localState) return;
    const position = (index: number) => (field ? Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(this.text(field), index)) : null);
    this.localState = { ...this.localState, field, anchor: position(anchor), head: position(head) };
    this.sendAwarenessSoon();
  }

  /** A peer's caret as indexes in its field's current text, or null. */
  caretOf(peer: Peer): { start: number; end: number } | null {
    if (!peer.field) return null;
    const index = (json: unknown) => {
      try {
        const position = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(json), this.doc);
        return position && position.type === this.text(peer.field!) ? position.index : null;
      } catch {
        return null;
      }
    };
    const anchor = index(peer.anchor);
    const head = index(peer.head) ?? anchor;
    if (anchor === null || head === null) return null;
    return { start: Math.min(anchor, head), end: Math.max(anchor, head) };
  }

  /** Whether some local edits are not acknowledged yet. */
  get pending(): boolean {
    return this.dirty || this.flushing !== null;
  }

  /**
   * Leaves the card: the others see us go at once; edits not yet acknowledged keep being sent (after
   * a reconnection if need be) before the document is dropped.
   */
  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    this.localState = null;
    clearTimeout(this.awarenessTimer);
    this.awarenessTimer = undefined;
    if (this.synced) void this.sendAwareness();
    while (this.synced && this.pending && this.statusNow !== 'failed' && this.statusNow !== 'closed') await (this.flushing ?? this.flush());
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.doc.destroy();
  }

  private applyRemote(update: Uint8Array) {
    Y.applyUpdate(this.doc, update, REMOTE);
    if (this.synced) return;
    // The first message holds the whole stored document and nothing was local yet: this is the server's state.
    this.synced = true;
    this.serverStateVector = Y.encodeStateVector(this.doc);
    this.sentStateVector = this.serverStateVector;
    this.setStatus('saved');
    this.sendAwarenessSoon();
  }

  private applyAwareness(data: string) {
    let entries;
    try {
      entries = decodeAwareness(fromBase64(data));
    } catch {
      return; // a malformed message from another client: ignore it
    }
    const changes = this.registry.apply(entries, Date.now());
    // Someone arrived: show ourselves to them now rather than at the next renewal.
    if (changes.joined.length > 0) this.sendAwarenessSoon();
    this.report(changes);
  }

  private report(changes: PeerChanges) {
    if (changes.changed && !this.closing) this.listener.peers(this.registry.list(), changes);
  }

  private setStatus(status: SyncStatus, code?: string) {
    if (status === this.statusNow && !code) return;
    this.statusNow = status;
    if (!this.closing) this.listener.status(status, code);
  }

  private fail(code: string | undefined) {
    this.setStatus(code === 'PHASE_CLOSED' ? 'closed' : 'failed', code);
  }

  /** Sends an operation over the live socket; variables are read when it is (re)sent. */
  private request<T>(query: string, operationName: string, variables: () => Record<string, unknown>): Promise<Result<T>> {
    return new Promise((resolve, reject) => {
      let result: Result<T> = {};
      this.client.subscribe<T>(
        {
          query,
          operationName,
          get variables() {
            return variables();
          },
        },
        {
          next: (value) => (result = value as Result<T>),
          error: (error) => (Array.isArray(error) ? resolve({ errors: error as Result<T>['errors'] }) : reject(error instanceof Error ? error : new Error('connection closed'))),
          complete: () => resolve(result),
        },
      );
    });
  }

  /** Pushes local changes (several in flight at most, a pause between two) until none is left. */
  private flush(): Promise<void> {
    if (this.flushing) return this.flushing;
    if (!this.synced) return Promise.resolve();
    this.flushing = this.pushAll().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  private async pushAll(): Promise<void> {
    const inFlight = new Set<Promise<void>>();
    let failed = false;
    let limited = false;
    // A failure ends the run at once (a reconnection starts another), not after the pause.
    let failure = () => undefined as void;
    const failedNow = new Promise<void>((resolve) => (failure = resolve));
    while ((this.dirty && !failed) || inFlight.size > 0) {
      if (limited) {
        limited = false;
        await sleep(RATE_LIMITED_PAUSE_MS);
        continue;
      }
      if (!this.dirty || failed || inFlight.size >= MAX_IN_FLIGHT) {
        await Promise.race(inFlight);
        continue;
      }
      this.dirty = false;
      this.setStatus('saving');
      const sent: Promise<void> = this.pushOnce().then((outcome) => {
        inFlight.delete(sent);
        if (outcome === 'failed') {
          failed = true;
          failure();
        }
        if (outcome === 'limited') limited = true;
      });
      inFlight.add(sent);
      await Promise.race([sleep(PUSH_PAUSE_MS), failedNow]);
    }
    if (!this.dirty && !failed) this.setStatus('saved');
  }

  /** One push of what the previous ones did not carry; after a failure, the next one carries all that is not acknowledged. */
  private async pushOnce(): Promise<'ok' | 'limited' | 'failed'> {
    let firstSend = true;
    let result: Result<{ pushIdeaUpdate: { stateVector: string } }>;
    try {
      result = await this.request(PUSH_UPDATE, 'PushIdeaUpdate', () => {
        // Sent again after a reconnection: what this one carried may not have arrived, so all not acknowledged.
        const base = firstSend ? this.sentStateVector : this.serverStateVector;
        firstSend = false;
        this.sentStateVector = Y.encodeStateVector(this.doc);
        return { ideaId: this.ideaId, clientId: this.clientId, update: toBase64(Y.encodeStateAsUpdate(this.doc, base)) };
      });
    } catch {
      this.resend();
      this.fail(undefined);
      return 'failed';
    }
    const acknowledged = result.data?.pushIdeaUpdate;
    if (!acknowledged) {
      this.resend();
      const code = codesOf(result)[0];
      if (code === 'RATE_LIMITED') return 'limited';
      this.fail(code);
      return 'failed';
    }
    this.serverStateVector = fromBase64(acknowledged.stateVector);
    return 'ok';
  }

  /** A push was not stored: the next one carries everything not acknowledged. */
  private resend() {
    this.dirty = true;
    this.sentStateVector = this.serverStateVector;
  }

  private sendAwarenessSoon() {
    if (this.awarenessTimer !== undefined || this.closing || !this.synced) return;
    this.awarenessTimer = setTimeout(() => {
      this.awarenessTimer = undefined;
      void this.sendAwareness();
    }, AWARENESS_PAUSE_MS);
  }

  private async sendAwareness() {
    const message = encodeAwareness([{ clientId: this.doc.clientID, clock: ++this.awarenessClock, state: this.localState ? { ...this.localState } : null }]);
    // Awareness is best effort: a lost one is replaced by the next.
    await this.request(PUSH_AWARENESS, 'PushAwareness', () => ({ ideaId: this.ideaId, clientId: this.clientId, awareness: toBase64(message) })).catch(() => undefined);
  }
}
