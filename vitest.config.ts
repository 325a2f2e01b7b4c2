import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Three projects: Node-side unit tests, jsdom component tests, and the HTTP contract suite
// (sandbox always; a real Egeria platform when EGERIA_CONTRACT_URL names one).
const onlyRealV6 =
  process.env['EGERIA_CONTRACT_SANDBOX'] === 'false' &&
  process.env['EGERIA_CONTRACT_DIALECT'] === 'v6';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'src/{egeria,bundles,cli,server,sandbox,lib}/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          exclude: ['**/*.contract.test.ts', '**/node_modules/**'],
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/{app,features,components}/**/*.test.{ts,tsx}'],
          setupFiles: ['src/test/setup-dom.ts'],
          // Rendering whole routes in jsdom is slow on a loaded 2-core machine; see setup-dom.ts.
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'contract',
          environment: 'node',
          include: ['e2e/contract/**/*.contract.test.ts'],
          // The 5.3 wire contract has no target when only a real 6.x platform is judged.
          exclude: onlyRealV6 ? ['e2e/contract/definitions.contract.test.ts'] : [],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
