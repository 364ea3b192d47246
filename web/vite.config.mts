import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The explorer is served by the app server at / (web/dist). `npm run dev -w web` proxies
 * /graphql and /health to a running server (API_URL, default http://127.0.0.1:4000).
 */
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1200 },
  server: {
    proxy: {
      '/graphql': process.env.API_URL ?? 'http://127.0.0.1:4000',
      '/health': process.env.API_URL ?? 'http://127.0.0.1:4000',
    },
  },
});
