import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_HEADER } from './csp.ts';
import { simdKernels } from './build/simdKernels.ts';

/**
 * The built index.html carries the Content-Security-Policy as a meta tag (csp.ts). Only the
 * build: the dev server injects an inline script (React Fast Refresh) that the policy forbids.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'backprop-lab:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), simdKernels()],
  base: './',
  // The training worker embeds the SIMD kernels (build/simdKernels.ts).
  worker: { format: 'es', plugins: () => [simdKernels()] },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 800,
    // Fonts (KaTeX's) are served as files: a data: URI would need font-src data: in the policy.
    assetsInlineLimit: (file) => (/\.(woff2?|ttf|otf|eot)$/.test(file) ? false : undefined),
  },
  // `npm run preview` (and the browser tests) serve the build as a server should: with the header too.
  preview: { headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER } },
});
