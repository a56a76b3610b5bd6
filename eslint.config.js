import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const core = [
  'src/model/**',
  'src/parse/**',
  'src/evaluate/**',
  'src/graph/**',
  'src/layout/**',
  'src/analyze.ts',
  'src/findings/**',
  'src/export/**',
  'src/diff/**',
  'src/intents/**',
];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report', '.bench'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/ui/**', 'src/store/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The core runs in Node, a Worker and the page: no React, no DOM, no side effects.
    // Its tests run in Node and may read fixtures.
    files: core,
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', '@xyflow/*', 'zustand', 'zustand/*'],
              message: 'The core must not import UI libraries.',
            },
            {
              group: [
                '**/ui/**',
                '**/store/**',
                '**/platform/**',
                '**/worker/**',
                '**/cli/**',
                'node:*',
              ],
              message: 'The core must not import outer layers or Node built-ins.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'No DOM in the core.' },
        { name: 'document', message: 'No DOM in the core.' },
        { name: 'localStorage', message: 'Storage belongs in src/platform.' },
        { name: 'fetch', message: 'I/O belongs in src/platform or src/cli.' },
        { name: 'setTimeout', message: 'Timers do not belong in the core.' },
        { name: 'setInterval', message: 'Timers do not belong in the core.' },
      ],
    },
  },
  {
    files: ['src/model/**'],
    ignores: ['src/model/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../*', 'react', 'js-yaml'],
              message: 'model imports nothing outside itself.',
            },
          ],
        },
      ],
    },
  },
);
