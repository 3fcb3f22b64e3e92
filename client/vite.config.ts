import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * `vite build` makes the app only; `--mode bench` adds the render benchmark page (bench.html),
 * which the bench (bench/lib/measure-render.ts) and the scale e2e build for themselves.
 */
export default defineConfig(({ mode }) => ({
  root,
  build: {
    outDir: fileURLToPath(new URL('../dist/client', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1024,
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL('index.html', import.meta.url)),
        ...(mode === 'bench' ? { bench: fileURLToPath(new URL('bench.html', import.meta.url)) } : {}),
      },
      // Cytoscape and fcose in a chunk of their own: cached across releases of the app code.
      output: { codeSplitting: { groups: [{ name: 'graph-vendor', test: /node_modules/ }] } },
    },
  },
  server: {
    // `npm run dev:client` next to `npm start`: the API stays on the server's port.
    proxy: { '/graphql': `http://localhost:${process.env['PORT'] || 4000}` },
  },
}));
