import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Import boundaries from ../shared/STYLE.md, checked here:
// pure page parsing, scoring and schemas import nothing from db, state, components or entrypoints;
// components never import the database; nothing imports entrypoints.
const noEntrypoints = {
  group: ['@/entrypoints/*', '**/entrypoints/*'],
  message: 'Nothing imports entrypoints: they are wiring only.',
};
const pureLib = [
  noEntrypoints,
  {
    group: [
      '@/lib/db',
      '@/lib/db/*',
      '@/lib/state',
      '@/lib/state/*',
      '@/lib/background/*',
      '@/components/*',
      'dexie',
      'dexie-react-hooks',
      'react',
      'react-dom',
      'wxt/browser',
    ],
    message: 'lib/tiktok, lib/scoring and lib/schemas are pure: no db, state, UI or browser APIs.',
  },
];

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'tests/.artifacts/**',
      'tests/site/public/**',
      '**/.scratch*/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { patterns: [noEntrypoints] }],
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    files: ['lib/tiktok/**', 'lib/scoring/**', 'lib/schemas/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: pureLib }] },
  },
  {
    // Scoring is data in, score out: no page, no extension APIs.
    files: ['lib/scoring/**', 'lib/schemas/**'],
    rules: {
      'no-restricted-globals': ['error', 'document', 'window', 'browser', 'chrome', 'localStorage', 'indexedDB'],
    },
  },
  {
    // What the TikTok content script bundles: no zod at run time (its core is 7 kB gzipped; the budget is 90 kB
    // with React). Types from lib/schemas are free; values come from lib/schemas/enums. The background validates
    // everything the content script sends with the zod schemas.
    files: [
      'lib/tiktok/**',
      'lib/content/**',
      'lib/state/**',
      'components/overlay/**',
      'components/shared/**',
      'entrypoints/tiktok.content/**',
      'lib/messaging.ts',
      'lib/tab-messaging.ts',
    ],
    ignores: ['lib/tiktok/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['zod', 'zod/*'], message: 'The content script must not bundle zod (size budget).' },
            {
              group: ['@/lib/schemas/*', '!@/lib/schemas/enums', '!@/lib/schemas/insights'],
              allowTypeImports: true,
              message: 'Import types only from lib/schemas here (constants: lib/schemas/enums).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noEntrypoints,
            {
              group: ['@/lib/db', '@/lib/db/*', 'dexie', 'wxt/browser'],
              message: 'Components take props and call back; data access lives in entrypoint hooks.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'browser', 'chrome'],
    },
  },
);
