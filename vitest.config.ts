import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { simdKernels } from './build/simdKernels.ts';

// One `vitest run` covers every layer: the engine and worker in Node, components in
// jsdom, and whole flows in the system Chromium (tests/e2e, against the built app).
export default defineConfig({
  test: {
    projects: [
      // The engine and worker tests import the SIMD kernels (virtual:simd-kernels) to run both paths.
      {
        plugins: [simdKernels()],
        test: { name: 'engine', include: ['tests/engine/**/*.test.ts'], environment: 'node' },
      },
      {
        // Worker tests run in Node: under jsdom a transferred typed array fails `instanceof`.
        plugins: [simdKernels()],
        test: {
          name: 'worker',
          include: ['tests/worker/**/*.test.ts', 'tests/store/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        plugins: [react(), simdKernels()],
        test: {
          name: 'views',
          include: ['tests/views/**/*.test.{ts,tsx}', 'tests/lessons/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['tests/views/setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
