import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

// The SPA build. The console server (src/server) serves dist/client and its API under /api.
const consoleServer = `http://127.0.0.1:${process.env.CONSOLE_PORT ?? '8080'}`;

export default defineConfig({
  plugins: [react(), tailwindcss()],
  resolve: {
    alias: {
      // React Flow's store (zustand) imports the pre-React-18 shim of useSyncExternalStore; React 19
      // has it built in, so the selector helper without the shim does the same in less of the graph
      // route's download budget.
      'use-sync-external-store/shim/with-selector.js': 'use-sync-external-store/with-selector.js',
    },
  },
  build: {
    outDir: 'dist/client',
    emptyOutDir: true,
    sourcemap: true,
    // scripts/check-bundle.mjs reads the manifest to enforce the size budgets.
    manifest: true,
    target: 'es2022',
  },
  server: {
    proxy: {
      // The console server serves only its own origin (Host and Origin are checked); to it, the
      // dev server's pages are its own.
      '/api': {
        target: consoleServer,
        changeOrigin: true,
        configure: (proxy) =>
          proxy.on('proxyReq', (request) => {
            if (request.getHeader('origin')) request.setHeader('origin', consoleServer);
          }),
      },
    },
  },
});
