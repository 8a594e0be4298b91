import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The architecture runs one way: engine ← worker ← store ← views (lessons are data).
// Each folder may not import from the layers that depend on it.
const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', {
      patterns: forbidden.map((group) => ({ group: [group], message })),
    }],
  },
});

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'test-results', 'bench/**/*.mjs'] },
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
  layer(['src/engine/**'], ['**/worker/**', '**/store/**', '**/views/**', '**/lessons/**', 'react', 'react-dom', 'zustand', 'd3-*'],
    'The engine is pure maths: it imports nothing from the worker, store, views or UI libraries.'),
  {
    files: ['src/engine/**'],
    rules: { 'no-restricted-globals': ['error', 'window', 'document', 'self', 'postMessage', 'setTimeout', 'setInterval', 'performance'],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Pass a seeded Rng instead.' }],
      'no-console': 'error' },
  },
  layer(['src/worker/**'], ['**/store/**', '**/views/**', 'react', 'react-dom', 'zustand'],
    'The worker sits below the store and views.'),
  layer(['src/store/**'], ['**/views/**', 'react-dom'], 'The store must not import views.'),
  // Lessons are data: a preset is a TrainerConfig (the worker protocol's type), nothing more.
  layer(['src/lessons/**'], ['**/worker/session*', '**/worker/worker*', '**/store/**', '**/views/**', 'react', 'react-dom'],
    'Lessons are data: they may reference engine and protocol types only.'),
);
