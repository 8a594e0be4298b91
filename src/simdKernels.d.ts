/**
 * The SIMD kernels (assembly/) as WebAssembly bytes, compiled at build time by
 * build/simdKernels.ts (a Vite plugin; an esbuild plugin for the benchmark).
 */
declare module 'virtual:simd-kernels' {
  const bytes: Uint8Array;
  export default bytes;
}
