// The editors of bench/coedit, in a process of their own (one per system, so that each loads only its own
// copy of Yjs and the servers' CPU is measured apart from the clients'): Germoir's reference client
// (SimEditor over graphql-ws, api/dist) or Hocuspocus's provider. Each editor types `ops` markers «e.k» at
// pseudo-random places of the description, one every `intervalMs`; each arrival of another editor's marker
// is timed from its keystroke on this process's clock. Markers are read from the update bytes (Yjs v1
// writes strings as UTF-8), so both systems are timed by the same code.
// Driven by run.mjs over IPC: { go } starts typing; the answer is { done: { latencies, … } }.
import path from 'node:path';
import WebSocket from 'ws';
import { repoRoot } from '../lib/server.mjs';

const { system, url, editors, ops, intervalMs, seed, ideaId, tokens, documentName, token } = JSON.parse(process.argv[2]);

/** xorshift32: the same keystroke positions for both systems. */
function positions(state) {
  let x = state >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

async function germoirEditors() {
  const { SimEditor } = await import(path.join(repoRoot, 'api/dist/collaboration/sim-editor.js'));
  const { createClient } = await import('graphql-ws');
  return tokens.map((auth) => {
    const editor = new SimEditor(ideaId, () => createClient({ url, webSocketImpl: WebSocket, connectionParams: { authorization: auth }, retryAttempts: 0 }), { keepReceived: false });
    return {
      text: editor.doc.getText('description'),
      connect: () => editor.goOnline(),
      onRemote: (callback) => (editor.onRemote = callback),
      settle: () => editor.settle(),
      sent: () => editor.acked,
      storedBytes: () => editor.storedBytes,
      errors: () => editor.errors.length,
      close: () => editor.close(),
    };
  });
}

async function hocuspocusEditors() {
  const Y = await import('yjs');
  const { HocuspocusProvider } = await import('@hocuspocus/provider');
  return Array.from({ length: editors }, () => {
    const doc = new Y.Doc();
    let provider;
    let sent = 0;
    doc.on('update', (_update, origin) => {
      if (origin !== provider) sent++;
    });
    return {
      text: doc.getText('description'),
      connect: () =>
        new Promise((resolve, reject) => {
          provider = new HocuspocusProvider({ url, name: documentName, document: doc, token, WebSocketPolyfill: WebSocket, onSynced: () => resolve(), onAuthenticationFailed: reject });
        }),
      onRemote: (callback) => doc.on('update', (update, origin) => origin === provider && callback(update)),
      settle: async () => {
        while (provider.hasUnsyncedChanges) await new Promise((r) => setTimeout(r, 10));
      },
      sent: () => sent,
      storedBytes: () => 0,
      errors: () => 0,
      close: async () => {
        provider.destroy();
        doc.destroy();
      },
    };
  });
}

/**
 * A random place between two markers, never inside one (a marker split by a later keystroke would not be
 * found): the start of the text item that holds a random index. Markers are inserted whole and never split, so
 * every item holds whole markers. Walks the items without building the text (the harness's own work per
 * keystroke stays small next to the clients' and servers').
 */
function betweenMarkers(text, r) {
  const target = Math.floor(r * (text.length + 1));
  let index = 0;
  for (let item = text._start; item !== null; item = item.right) {
    if (item.deleted || !item.countable) continue;
    if (index + item.length > target) return index;
    index += item.length;
  }
  return index;
}

const list = system === 'germoir' ? await germoirEditors() : await hocuspocusEditors();
const typedAt = new Map(); // marker → keystroke time
const latencies = [];
let arrivals = 0;
const MARKER = /«((\d+)\.\d+)»/g;
for (const [e, editor] of list.entries()) {
  const seen = new Set();
  editor.onRemote((update) => {
    const now = performance.now();
    for (const [, marker, author] of Buffer.from(update).toString('utf8').matchAll(MARKER)) {
      // Others' markers only (another editor's update may carry one's own back), first arrival only.
      if (Number(author) === e || seen.has(marker) || !typedAt.has(marker)) continue;
      seen.add(marker);
      arrivals++;
      latencies.push(now - typedAt.get(marker));
    }
  });
}
for (const editor of list) await editor.connect();
process.send({ ready: true });
await new Promise((resolve) => process.once('message', resolve));

const started = performance.now();
await Promise.all(
  list.map(async (editor, e) => {
    const random = positions(seed + e);
    for (let k = 0; k < ops; k++) {
      const marker = `${e}.${k}`;
      typedAt.set(marker, performance.now());
      editor.text.insert(betweenMarkers(editor.text, random()), `«${marker}»`);
      await new Promise((r) => setTimeout(r, intervalMs));
    }
    await editor.settle();
  }),
);
const expected = editors * (editors - 1) * ops;
for (let i = 0; i < 3000 && arrivals < expected; i++) await new Promise((r) => setTimeout(r, 10));
const elapsed = performance.now() - started;
const texts = list.map((editor) => editor.text.toString());
process.send({
  done: {
    elapsedMs: elapsed,
    latencies,
    expected,
    converged: texts.every((t) => t === texts[0]),
    text: texts[0],
    sent: list.reduce((n, editor) => n + editor.sent(), 0),
    storedBytes: list.reduce((n, editor) => n + editor.storedBytes(), 0),
    errors: list.reduce((n, editor) => n + editor.errors(), 0),
  },
});
await new Promise((resolve) => process.once('message', resolve));
for (const editor of list) await editor.close();
process.exit(0);
