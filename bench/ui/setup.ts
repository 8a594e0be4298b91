/**
 * What every part of `npm run bench:ui` shares: where it builds and writes, the Chromium it
 * launches (and the marker that finds that browser's threads in /proc), the page size.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Our own build (others build into dist/ at the same time); git-ignored with node_modules. */
export const OUT_DIR = join(root, 'node_modules/.cache/bench-ui/dist');
// Untracked (.gitignore): a result is committed deliberately, by copying it to docs/bench/.
export const RESULTS = join(root, 'bench/out/ui-latest.json');
export const FRAME_60HZ = 1000 / 60;
/** A harmless switch in the browser's command line, unique to this run: threads.ts finds its processes by it. */
export const MARKER = `--bench-ui-run=${process.pid}`;
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  MARKER,
];

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
