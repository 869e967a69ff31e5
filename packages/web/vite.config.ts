import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The analyzer is read from its TypeScript sources, so neither dev nor build needs it built first.
const analyzer = fileURLToPath(new URL('../analyzer/src/index.ts', import.meta.url));
const api = process.env.CHARTE_API ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: { alias: { '@charte/analyzer': analyzer } },
  worker: { format: 'es' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The analysis worker carries the whole analyzer (lexicons, parsers) and the editor chunk CodeMirror's
    // Markdown with its embedded HTML; both load only on the editor page.
    chunkSizeWarningLimit: 900,
  },
  server: {
    proxy: {
      '/api': { target: api, changeOrigin: false },
      '/c': { target: api, changeOrigin: false },
    },
  },
});
