/**
 * Bundles the engine benchmark into one CommonJS file for plain Node (`npm run bench` then
 * runs it without tsx's module hooks, which slow a hot loop), with the SIMD kernels compiled
 * from assembly/ and embedded (build/simdKernels.ts).
 */
import { build } from 'esbuild';
import { simdKernelsEsbuild } from '../../build/simdKernels';

await build({
  entryPoints: ['bench/engine/run.ts'],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  mainFields: ['module', 'main'],
  logLevel: 'warning',
  outfile: 'node_modules/.cache/bench/engine.cjs',
  plugins: [simdKernelsEsbuild],
});
