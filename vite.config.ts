import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

/**
 * A Vite plugin that leaves out of React Flow's base stylesheet the rules for parts the graph never
 * renders: the resizer, the built-in controls, minimap and background, the selection box and the
 * connection line (the canvas is read-only; linking has its own drag), and the default node types.
 * About 0.7 kB (gzip) of the graph route's budget (issue 18 item 5). A selector that names any of
 * these is dropped; a rule keeps its other selectors.
 */
const STYLESHEET = /@xyflow[\\/]react[\\/]dist[\\/]base\.css$/;
const UNUSED =
  /react-flow__(resize-control|minimap|controls|background|nodesselection|selection|connection|edgeupdater|node-input|node-output|node-default)/;

/** The stylesheet without the unused selectors; at-rules (one @keyframes) are kept whole. */
function trimFlowCss(css: string, unused = UNUSED): string {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  let out = '';
  let at = 0;
  while (at < text.length) {
    const open = text.indexOf('{', at);
    if (open < 0) break;
    const head = text.slice(at, open).trim();
    if (head.startsWith('@')) {
      let depth = 0;
      let end = open;
      for (; end < text.length; end++) {
        if (text[end] === '{') depth++;
        else if (text[end] === '}' && --depth === 0) break;
      }
      out += `${head}${text.slice(open, end + 1)}\n`;
      at = end + 1;
      continue;
    }
    const close = text.indexOf('}', open);
    const kept = head
      .split(',')
      .map((selector) => selector.trim())
      .filter((selector) => !unused.test(selector));
    if (kept.length) out += `${kept.join(',')}${text.slice(open, close + 1)}\n`;
    at = close + 1;
  }
  return out;
}

function trimFlowCssPlugin(): Plugin {
  return {
    name: 'trim-flow-css',
    enforce: 'pre',
    transform(code, id) {
      return STYLESHEET.test(id.split('?')[0] ?? id)
        ? { code: trimFlowCss(code), map: null }
        : null;
    },
  };
}

// The SPA build. The console server (src/server) serves dist/client and its API under /api.
const consoleServer = `http://127.0.0.1:${process.env.CONSOLE_PORT ?? '8080'}`;

export default defineConfig({
  plugins: [react(), tailwindcss(), trimFlowCssPlugin()],
  resolve: {
    alias: {
      // React Flow's store (zustand) imports the pre-React-18 shim of useSyncExternalStore; React 19
      // has it built in, so the selector helper without the shim does the same in less of the graph
      // route's download budget.
      'use-sync-external-store/shim/with-selector.js': 'use-sync-external-store/with-selector.js',
      // Colour tweens React Flow never runs (see the module).
      'd3-color': fileURLToPath(new URL('./src/features/graph/d3-color-free.ts', import.meta.url)),
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
