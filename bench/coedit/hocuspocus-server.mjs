// The baseline of bench/coedit: a Hocuspocus server (@hocuspocus/server, a dependency of the bench only)
// in its own process, so that its CPU is measured like Germoir's. Storage: @hocuspocus/extension-database
// writing the whole document state into a table of the same PostgreSQL as Germoir, with Hocuspocus's
// defaults (run.mjs passes them): a store 2 s after the last change, at the latest 10 s after the first. An
// update is broadcast as soon as it is applied in memory; what arrived since the last store is lost if
// the process dies. Each store also counts itself (stores, bytes written) in the row.
// Usage (by run.mjs): node hocuspocus-server.mjs '{"port":…,"databaseUrl":"…","token":"…","debounce":…,"maxDebounce":…}'
import { Database } from '@hocuspocus/extension-database';
import { Server } from '@hocuspocus/server';
import pg from 'pg';

const { port, databaseUrl, token, debounce, maxDebounce } = JSON.parse(process.argv[2]);
const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
await pool.query(`create table if not exists bench_hocuspocus_document (
  name text primary key, data bytea not null, stores integer not null default 1, bytes_written bigint not null)`);

const server = new Server({
  port,
  address: '127.0.0.1',
  quiet: true,
  debounce,
  maxDebounce,
  async onAuthenticate(data) {
    if (data.token !== token) throw new Error('not authorized');
  },
  extensions: [
    new Database({
      async fetch({ documentName }) {
        const { rows } = await pool.query('select data from bench_hocuspocus_document where name = $1', [documentName]);
        return rows[0] ? new Uint8Array(rows[0].data) : null;
      },
      async store({ documentName, state }) {
        await pool.query(
          `insert into bench_hocuspocus_document (name, data, bytes_written) values ($1, $2::bytea, octet_length($2::bytea))
           on conflict (name) do update set data = excluded.data, stores = bench_hocuspocus_document.stores + 1,
             bytes_written = bench_hocuspocus_document.bytes_written + octet_length(excluded.data)`,
          [documentName, state],
        );
      },
    }),
  ],
});
await server.listen();
// SIGTERM: Hocuspocus stores pending documents, then exits (stopOnSignals).
process.send?.({ ready: true });
