// bench/coedit: N editors typing into one idea card through the GraphQL co-editing API (graphql-ws).
// Reports p50/p99 time from one editor's keystroke to its arrival at the others, server CPU per stored
// push and per operation, and the document's size per operation (what a compacted snapshot holds).
// Not yet: bytes of the update log before compaction, and the same workload against Hocuspocus.
// Usage: npm run build && node bench/coedit/run.mjs [editors=20] [ops=200] [intervalMs=50]
import path from 'node:path';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { cpuMs, gqlClient, percentile, repoRoot, setUpRoom, startServer } from '../lib/server.mjs';

const { SimEditor } = await import(path.join(repoRoot, 'api/dist/collaboration/sim-editor.js'));

const editorsCount = Number(process.argv[2] ?? 20);
const ops = Number(process.argv[3] ?? 200);
const intervalMs = Number(process.argv[4] ?? 50);
const server = await startServer();
try {
  const gql = gqlClient(server.url);
  const { room, facilitator, tokens } = await setUpRoom(gql, { participants: editorsCount, ideas: 0 });
  const { createIdea } = await gql(`mutation ($i: CreateIdeaInput!) { createIdea(input: $i) { id } }`, { i: { roomId: room.id, title: 'Banc d’essai' } }, facilitator);
  const ideaId = createIdea.id;
  const wsUrl = `${server.url.replace('http', 'ws')}/graphql`;
  const sent = new Map(); // marker → send time
  const latencies = [];
  const editors = tokens.map((token) => {
    const editor = new SimEditor(ideaId, () => createClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: token }, retryAttempts: 0 }));
    // Arrival: the markers inserted by others, read from the structs of each remote update (first time only).
    const seen = new Set();
    editor.onRemote = (update) => {
      const now = performance.now();
      for (const struct of Y.decodeUpdate(update).structs) {
        const str = struct.content?.str;
        const m = str && /«(\d+)»/.exec(str);
        if (m && sent.has(m[1]) && !seen.has(m[1])) {
          seen.add(m[1]);
          latencies.push(now - sent.get(m[1]));
        }
      }
    };
    return editor;
  });
  for (const e of editors) await e.goOnline();
  const cpu0 = cpuMs(server.pid);
  const started = performance.now();
  let next = 0;
  await Promise.all(
    editors.map(async (e) => {
      for (let k = 0; k < ops; k++) {
        const id = String(next++);
        const text = e.doc.getText('description');
        sent.set(id, performance.now());
        text.insert(Math.floor(Math.random() * (text.length + 1)), `«${id}»`);
        await new Promise((r) => setTimeout(r, intervalMs));
      }
      await e.settle();
    }),
  );
  const elapsed = performance.now() - started;
  await new Promise((r) => setTimeout(r, 1000));
  const cpu = cpuMs(server.pid) - cpu0;
  const stored = await gql(`query ($i: ID!) { ideaDocument(ideaId: $i) { update } }`, { i: ideaId }, facilitator);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Buffer.from(stored.ideaDocument.update, 'base64'));
  const converged = editors.every((e) => e.text() === doc.getText('description').toString());
  const acked = editors.reduce((n, e) => n + e.acked, 0);
  const totalOps = editorsCount * ops;
  const docBytes = Buffer.from(stored.ideaDocument.update, 'base64').length;
  console.log(`bench/coedit: ${editorsCount} editors × ${ops} insertions (one every ${intervalMs} ms) on one card, in ${(elapsed / 1000).toFixed(1)} s`);
  console.log(`  converged: ${converged ? 'yes' : 'NO'}; pushes acknowledged ${acked} (editors batch what they type while a push is in flight)`);
  console.log(`  keystroke → other editors: p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms (${latencies.length} arrivals)`);
  console.log(`  server CPU ${cpu.toFixed(0)} ms: ${(cpu / acked).toFixed(2)} ms per stored push, ${(cpu / totalOps).toFixed(2)} ms per operation`);
  console.log(`  document size ${docBytes} B = ${(docBytes / totalOps).toFixed(1)} B per operation (a compacted snapshot is this size)`);
  for (const e of editors) await e.close();
} finally {
  await server.stop();
}
