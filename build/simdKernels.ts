/**
 * The SIMD kernels (assembly/, AssemblyScript) compiled to WebAssembly at build time and
 * offered to the code as the module `virtual:simd-kernels`, whose default export is the
 * module's bytes (embedded as base64: the worker, the offline single-file page, the tests and
 * the benchmark all get them without fetching a file). Nothing is downloaded: the compiler is
 * the `assemblyscript` npm package. Plugins for Vite (the app, its worker, Vitest) and
 * esbuild (the engine benchmark) share one compilation, cached in node_modules/.cache until
 * a source under assembly/ (or the compiler) changes.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin } from 'vite';

export const SIMD_MODULE_ID = 'virtual:simd-kernels';
const RESOLVED_ID = `\0${SIMD_MODULE_ID}`;
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ASSEMBLY_DIR = join(ROOT, 'assembly');
const ENTRY = join(ASSEMBLY_DIR, 'index.ts');
/** Compiled modules, keyed by a hash of the sources, the flags and the compiler's version. */
const CACHE_DIR = join(ROOT, 'node_modules/.cache/simd-kernels');

/**
 * Release build with 128-bit SIMD; the stub runtime (the kernels allocate nothing); the
 * memory comes from the page (one per network, env.memory) and is never exported.
 */
const FLAGS = ['--enable', 'simd', '--runtime', 'stub', '--importMemory', '--noExportMemory', '-O3', '--noAssert'];

let compiled: Promise<Uint8Array> | null = null;

/** The kernels as WebAssembly bytes (compiled once per change of the sources). */
export function compileSimdKernels(): Promise<Uint8Array> {
  compiled ??= cachedOrCompiled().catch((e: unknown) => {
    compiled = null;
    throw e;
  });
  return compiled;
}

async function cachedOrCompiled(): Promise<Uint8Array> {
  const ascPackage = createRequire(import.meta.url).resolve('assemblyscript/package.json');
  const hash = createHash('sha256')
    .update(JSON.stringify(FLAGS))
    .update(await readFile(ascPackage));
  for (const file of (await readdir(ASSEMBLY_DIR)).sort()) {
    hash.update(file).update(await readFile(join(ASSEMBLY_DIR, file)));
  }
  const cached = join(CACHE_DIR, `${hash.digest('hex').slice(0, 16)}.wasm`);
  try {
    return new Uint8Array(await readFile(cached));
  } catch {
    // Not compiled yet: run the compiler's own command line in a plain Node process (loaded
    // inside a process with module hooks, such as tsx, it starts several times slower).
    await mkdir(CACHE_DIR, { recursive: true });
    const partial = `${cached}.${process.pid}.tmp`;
    const asc = join(dirname(ascPackage), 'bin/asc.js');
    try {
      await promisify(execFile)(process.execPath, [asc, ENTRY, '--outFile', partial, ...FLAGS]);
    } catch (e) {
      const { stderr, stdout } = e as { stderr?: string; stdout?: string };
      throw new Error(`AssemblyScript could not compile ${ENTRY}:\n${stderr ?? ''}${stdout ?? ''}`);
    }
    await rename(partial, cached);
    return new Uint8Array(await readFile(cached));
  }
}

/** The virtual module's source: the bytes as base64, decoded once where it is imported. */
export async function simdModuleSource(): Promise<string> {
  const base64 = Buffer.from(await compileSimdKernels()).toString('base64');
  return `export default Uint8Array.from(atob(${JSON.stringify(base64)}), (c) => c.charCodeAt(0));\n`;
}

/** Vite (and Vitest) plugin; the dev server recompiles when a file under assembly/ changes. */
export function simdKernels(): Plugin {
  return {
    name: 'backprop-lab:simd-kernels',
    resolveId: (id) => (id === SIMD_MODULE_ID ? RESOLVED_ID : null),
    async load(id) {
      if (id !== RESOLVED_ID) return null;
      for (const file of await readdir(ASSEMBLY_DIR)) this.addWatchFile(join(ASSEMBLY_DIR, file));
      return simdModuleSource();
    },
    watchChange(id) {
      if (id.startsWith(ASSEMBLY_DIR)) compiled = null;
    },
  };
}

/** The same for esbuild (`npm run bench` bundles the engine benchmark with it, `bench:ui` its raw worker). */
export const simdKernelsEsbuild: EsbuildPlugin = {
  name: 'simd-kernels',
  setup(build) {
    build.onResolve({ filter: /^virtual:simd-kernels$/ }, (a) => ({ path: a.path, namespace: 'simd-kernels' }));
    build.onLoad({ filter: /.*/, namespace: 'simd-kernels' }, async () => ({
      contents: await simdModuleSource(),
      loader: 'js',
    }));
  },
};
