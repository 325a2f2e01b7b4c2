// One lint configuration for the SPA, the Node code and the tests.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'coverage',
      'test-results',
      'playwright-report',
      '.data',
      '.cache',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: [
      'src/app/**/*.{ts,tsx}',
      'src/features/**/*.{ts,tsx}',
      'src/components/**/*.{ts,tsx}',
      'src/lib/**/*.{ts,tsx}',
    ],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      // Imports flow one way: app -> features -> egeria/components/lib. Node code stays out.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/**', '**/sandbox/**', 'node:*'],
              message: 'Browser code must not import Node-only modules.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'src/server/**/*.ts',
      'src/sandbox/**/*.ts',
      'src/cli/**/*.ts',
      'src/bundles/**/*.test.ts',
      'scripts/**/*.{ts,js,mjs}',
      'e2e/**/*.ts',
      'bench/**/*.ts',
      '*.config.{ts,js}',
    ],
    languageOptions: { globals: globals.node },
    rules: { 'no-console': 'off' },
  },
  {
    // The bundle core is shared by the browser, the CLI and the tests, like the domain layer.
    files: ['src/egeria/**/*.ts', 'src/bundles/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/features/**',
                '**/app/**',
                '**/components/**',
                '**/server/**',
                '**/sandbox/**',
                'react',
                'node:*',
              ],
              message:
                'src/egeria and src/bundles are shared by browser and Node: no UI, no Node-only code.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests poke at raw JSON and known-present values; brevity beats ceremony there.
    files: ['**/*.test.{ts,tsx}', 'e2e/**/*.ts', 'src/test/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Unit tests of the domain layer, and the goldens they replay, run in Node and read from disk.
    files: ['src/egeria/**/*.test.ts', 'src/egeria/golden/**/*.ts', 'src/bundles/**/*.test.ts'],
    rules: { 'no-restricted-imports': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
