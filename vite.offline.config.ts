/**
 * `npm run build` runs this second: the offline single-file page, dist/backprop-lab-offline.html
 * (see build/offlinePage.ts). It shares the app's plugins and adds to dist/ without emptying it.
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { offlinePage } from './build/offlinePage.js';
import { simdKernels } from './build/simdKernels.js';

export default defineConfig({
  plugins: [react(), offlinePage(), simdKernels()],
  base: './',
  publicDir: false,
  // A classic worker: from a page opened at file://, Chromium refuses a module worker from a
  // Blob URL (opaque origin) but runs a classic one.
  // The SIMD kernels travel inside the worker as bytes (build/simdKernels.ts): nothing to fetch.
  worker: { format: 'iife', plugins: () => [simdKernels()] },
  build: {
    target: 'es2022',
    sourcemap: false,
    emptyOutDir: false,
    assetsInlineLimit: () => true,
    cssCodeSplit: false,
    chunkSizeWarningLimit: 4000,
    modulePreload: false,
    rolldownOptions: { output: { codeSplitting: false } },
  },
});
