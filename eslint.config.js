import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The architecture runs one way: engine ← worker ← store ← views (lessons are data).
// Each folder may not import from the layers that depend on it.
const layer = (files, forbidden, message, { allowTypeImports = false, regex } = {}) => ({
  files,
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      { patterns: [regex ? { regex, message, allowTypeImports } : { group: forbidden, message, allowTypeImports }] },
    ],
  },
});

export default tseslint.config(
  // assembly/ is AssemblyScript (decorators on functions, <T> casts), which TypeScript's parser refuses; asc checks it.
  { ignores: ['dist', 'node_modules', 'coverage', 'test-results', 'bench/out', 'bench/**/*.mjs', 'assembly'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  // Habits the codebase keeps: small files, and every switch over a union (a message type,
  // a phase, a mode) names every case, so a new case cannot be silently ignored.
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      'max-lines': ['error', { max: 200, skipBlankLines: true, skipComments: true }],
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: false, requireDefaultForNonUnion: false },
      ],
    },
  },
  layer(
    ['src/engine/**'],
    [
      '**/worker/**',
      '**/store/**',
      '**/views/**',
      '**/lessons/**',
      'react',
      'react-dom',
      'zustand',
      'zustand/*',
      'd3-*',
    ],
    'The engine is pure maths: it imports nothing from the worker, store, views or UI libraries.',
  ),
  {
    files: ['src/engine/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'self',
        'postMessage',
        'setTimeout',
        'setInterval',
        'performance',
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Pass a seeded Rng instead.' },
      ],
      'no-console': 'error',
    },
  },
  layer(
    ['src/worker/**'],
    ['**/store/**', '**/views/**', '**/lessons/**', 'react', 'react-dom', 'zustand', 'zustand/*'],
    'The worker sits below the store and views.',
  ),
  // The store is built with zustand's vanilla createStore: no React, so two apps can live on one page.
  layer(['src/store/**'], [], 'The store imports no views and no React (use zustand/vanilla).', {
    regex: '^(react|react-dom|zustand)$|(^|/)views(/|$)',
  }),
  // Views draw what frames carry; they import engine types only. The stated exceptions: the
  // activation functions a view draws itself (the curve, the σ′ bound) and the layout module
  // that owns where a weight sits in a frame's flat arrays.
  layer(
    ['src/views/**'],
    [],
    'Views import engine types only (values: engine/activations for drawn curves, engine/layout for indices; names and limits via store/options).',
    // Any path to the engine or a module in it, except engine/activations and engine/layout.
    { allowTypeImports: true, regex: '(^|/)engine(/(?!(activations|layout)$)[^/]+)?$' },
  ),
  // zod is reached only through src/store/schemaZod.ts, which switches it to jitless mode before
  // any schema is built: the Content-Security-Policy forbids the `new Function` of its JIT.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/store/schemaZod.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'zod', message: 'Import { z } from src/store/schemaZod.ts (zod in jitless mode).' }],
          patterns: [{ group: ['zod/*'], message: 'Import { z } from src/store/schemaZod.ts (zod in jitless mode).' }],
        },
      ],
    },
  },
  // Lessons are data: a preset is a configuration and an app-state patch, nothing more.
  layer(
    ['src/lessons/**'],
    ['**/worker/**', '**/store/**', '**/views/**', 'react', 'react-dom', 'zustand', 'zustand/*'],
    'Lessons are data: they may reference engine, protocol and app-state types only.',
    { allowTypeImports: true },
  ),
);
