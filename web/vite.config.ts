import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { graphqlDocuments } from './graphql-documents';

// The API listens on port 4000 in development (`npm run dev` at the root).
// The web app always talks to its own origin, so the same build works behind
// the API server in production and behind this proxy in development.
const api = 'http://localhost:4000';

const proxy = {
  '/graphql': { target: api, ws: true },
  '/healthz': { target: api },
  '/readyz': { target: api },
};

export default defineConfig({
  plugins: [graphqlDocuments(decodeURIComponent(new URL('./src/', import.meta.url).pathname)), react()],
  server: { port: 5173, proxy },
  preview: { port: 4173, proxy },
  build: {
    target: 'es2022',
    sourcemap: true,
  },
});
