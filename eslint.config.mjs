import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Imports point down the layers (architecture.md): the renderer reaches only the pure shared layer. */
const onlySharedLayer = {
  patterns: [
    {
      group: ['**/src-main/**', '!**/src-main/shared', '!**/src-main/shared/**'],
      message: 'The renderer and preload may import only src-main/shared (pure code).',
    },
    { group: ['node:*'], message: 'Node built-ins do not exist in this runtime.' },
  ],
  paths: [
    { name: 'better-sqlite3', message: 'SQLite lives in the main process only.' },
    { name: 'fs', message: 'Node built-ins do not exist in this runtime.' },
    { name: 'path', message: 'Node built-ins do not exist in this runtime.' },
  ],
};

const electronAtRuntime = {
  name: 'electron',
  allowTypeImports: true,
  message: 'Only the shell (src-main/app) and the preload import electron at runtime.',
};

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'tests/artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          ...onlySharedLayer,
          paths: [...onlySharedLayer.paths, { ...electronAtRuntime, allowTypeImports: false }],
        },
      ],
    },
  },
  {
    files: ['src-main/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['db', 'services', 'ipc', 'app', 'report', 'preload', 'tooling'].map(
                (layer) => `**/${layer}/**`,
              ),
              message: 'The shared layer imports nothing above it.',
            },
            {
              group: ['**/src-renderer/**'],
              message: 'The shared layer imports nothing above it.',
            },
            { group: ['node:*'], message: 'The shared layer is pure: no Node built-ins.' },
          ],
          paths: [
            { ...electronAtRuntime, message: 'The shared layer is pure: no electron.' },
            'react',
            'better-sqlite3',
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../*', '!../shared'],
              message: 'The preload may import only src-main/shared.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/{db,services,ipc,report}/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronAtRuntime] }] },
  },
);
