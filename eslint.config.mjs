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

/** Import patterns for the given sibling layers of src-main, however the path is spelled. */
function layersAbove(layers) {
  return layers.flatMap((layer) => [`**/${layer}`, `**/${layer}/**`]);
}

const electronAtRuntime = {
  name: 'electron',
  allowTypeImports: true,
  message: 'Only the shell (src-main/app) and the preload import electron at runtime.',
};

/** shell.openExternal, however it is reached (see the security checklist block below). */
const noOpenExternal = {
  selector:
    "MemberExpression[property.name='openExternal'], MemberExpression[property.value='openExternal'], ObjectPattern > Property[key.name='openExternal']",
  message: 'Mending opens nothing outside the app (Electron security checklist).',
};

const noShellImport = {
  selector: "ImportSpecifier[imported.name='shell']",
  message:
    "Electron's shell opens things outside the app; only main.ts takes it, for shell.openPath (security checklist).",
};

export default tseslint.config(
  // dist/ is what npm run dist writes: packaged apps, not our source.
  { ignores: ['out/**', 'node_modules/**', 'tests/artifacts/**', 'dist/**'] },
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
    files: ['src-main/shared/**/*.{ts,tsx}'],
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
  // Imports point down (architecture.md): app -> ipc -> services -> db, report -> shared. Type
  // imports count too: a port a service needs is declared in services/, never borrowed from above.
  {
    files: ['src-main/db/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronAtRuntime],
          patterns: [
            {
              group: layersAbove(['services', 'ipc', 'app', 'report']),
              message: 'The database layer imports nothing above it (only shared/).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/services/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronAtRuntime],
          patterns: [
            {
              group: layersAbove(['ipc', 'app']),
              message:
                'Services do not import the IPC layer or the shell; declare the ports they need in services/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/{ipc,report}/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronAtRuntime] }] },
  },
  {
    // Electron's security checklist: shell.openExternal hands a URL to the system, which may run
    // any program for it. Mending links to nothing outside itself, so nothing may call it.
    files: ['**/*.{ts,tsx,mts,mjs}'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'shell',
          property: 'openExternal',
          message: 'Mending opens nothing outside the app (Electron security checklist).',
        },
      ],
      'no-restricted-syntax': ['error', noOpenExternal, noShellImport],
    },
  },
  {
    // The composition root alone takes Electron's shell, for shell.openPath ("Show data folder",
    // src-main/app/open-folder.ts: a local folder in the file manager); openExternal stays banned.
    files: ['src-main/app/main.ts'],
    rules: { 'no-restricted-syntax': ['error', noOpenExternal] },
  },
);
