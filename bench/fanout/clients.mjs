// Child process of bench/fanout: opens N WebSocket clients and records when each message arrives.
// Mode "graphql": graphql-ws clients subscribed to roomEvents; mode "raw": plain ws clients.
// Talks to the parent over IPC: {ready}, then on {report} sends the per-event arrival data.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const { mode, url, tokens, roomId, document } = JSON.parse(process.argv[2]);
const now = () => performance.timeOrigin + performance.now();
/** key → { count, last, firstClients:Set } ; key = seq (graphql) or message number (raw) */
const arrivals = new Map();
let duplicates = 0;
/** seq → server time the tally event was written (ms), for latency from the event itself. */
const tallySeqs = new Map();
let received = 0;

function record(key, client) {
  let entry = arrivals.get(key);
  if (!entry) arrivals.set(key, (entry = { count: 0, last: 0, clients: new Set() }));
  if (entry.clients.has(client)) duplicates++;
  entry.clients.add(client);
  entry.count++;
  entry.last = now();
  received++;
}

const clients = [];
let ready = 0;
await new Promise((resolve) => {
  tokens.forEach((token, i) => {
    if (mode === 'raw') {
      const ws = new WebSocket(url);
      ws.on('open', () => ++ready === tokens.length && resolve());
      ws.on('message', (data) => record(JSON.parse(String(data)).n, i));
      clients.push(ws);
      return;
    }
    const client = createClient({ url, webSocketImpl: WebSocket, connectionParams: { authorization: token }, lazy: false, retryAttempts: 0 });
    let first = true;
    client.subscribe(
      { query: document, variables: { roomId } },
      {
        next: (value) => {
          const e = value.data?.roomEvents;
          if (!e) return;
          if (e.__typename === 'PresenceChanged') {
            if (first) {
              first = false;
              if (++ready === tokens.length) resolve();
            }
            return;
          }
          record(e.seq, i);
          if (e.__typename === 'VoteTallyChanged') tallySeqs.set(e.seq, Date.parse(e.at));
        },
        error: (err) => console.error('subscription error', err),
        complete: () => undefined,
      },
    );
    clients.push(client);
  });
});
process.send({ ready: true });
process.on('message', (msg) => {
  if (msg.report) {
    process.send({ report: { received, duplicates, tallySeqs: [...tallySeqs], arrivals: [...arrivals].map(([key, v]) => ({ key, count: v.count, last: v.last })) } });
  }
  if (msg.exit) {
    for (const c of clients) {
      if (mode === 'raw') c.close();
      else c.dispose();
    }
    setTimeout(() => process.exit(0), 200);
  }
});
