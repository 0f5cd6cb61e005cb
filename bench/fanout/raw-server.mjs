// Child process of bench/fanout: the baseline, a bare `ws` server that broadcasts each message to every
// connected client (serialised once, sent N times). Commands over IPC: {broadcast: payloadString, n}.
import { WebSocketServer } from 'ws';

const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
wss.on('listening', () => process.send({ port: wss.address().port }));
process.on('message', (msg) => {
  if (msg.broadcast) {
    const data = JSON.stringify({ n: msg.n, payload: JSON.parse(msg.broadcast) });
    for (const client of wss.clients) client.send(data);
    process.send({ sent: msg.n });
  }
  if (msg.exit) wss.close(() => process.exit(0));
});
