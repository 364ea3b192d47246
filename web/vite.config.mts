import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from './build/precompress.mjs';

/**
 * The explorer (index.html) and GraphiQL (graphiql.html, served at /graphql) are served by the
 * app server from web/dist, each file with its .br/.gz twin. `npm run dev -w web` proxies
 * /graphql and /health to a running server (API_URL, default http://127.0.0.1:4000).
 */
export default defineConfig({
  plugins: [react(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // GraphiQL's Monaco editor is one 2.8 MB chunk, loaded by /graphql only (700 KB as brotli).
    chunkSizeWarningLimit: 3000,
    rollupOptions: {
      input: { main: 'index.html', graphiql: 'graphiql.html' },
      // GraphiQL's React-compiler output starts modules with "use no memo"; bundling drops it harmlessly.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    proxy: {
      '/graphql': process.env.API_URL ?? 'http://127.0.0.1:4000',
      '/health': process.env.API_URL ?? 'http://127.0.0.1:4000',
    },
  },
});
