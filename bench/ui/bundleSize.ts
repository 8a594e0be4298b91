/**
 * Initial JavaScript of the built app: the entry script and module preloads that
 * index.html names, plus any chunk they import statically, gzipped with zlib (default
 * level, as Vite's own size report). The worker chunk (started by `new Worker(new URL())`),
 * CSS and fonts are listed apart and not counted.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface AssetSize {
  file: string;
  kind: 'initial-js' | 'worker-js' | 'other-js' | 'css' | 'font' | 'other';
  bytes: number;
  gzip: number;
}

export interface BundleReport {
  initialJsGzip: number;
  initialJsBytes: number;
  assets: AssetSize[];
}

function staticImports(code: string): string[] {
  // Vite's output: import{a as b}from"./chunk.js"; or import"./chunk.js";
  const out: string[] = [];
  for (const m of code.matchAll(/\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g))
    out.push(m[1]);
  return out;
}

export function bundleReport(outDir: string): BundleReport {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const roots = [
    ...[...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]),
  ].map((src) => join(outDir, src.replace(/^\.?\//, '')));
  const initial = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (initial.has(file)) continue;
    initial.add(file);
    for (const dep of staticImports(readFileSync(file, 'utf8'))) queue.push(join(file, '..', dep));
  }
  const assets: AssetSize[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = join(dir, name);
      if (statSync(file).isDirectory()) {
        walk(file);
        continue;
      }
      const body = readFileSync(file);
      const kind: AssetSize['kind'] = initial.has(file)
        ? 'initial-js'
        : /\.js$/.test(name)
          ? /worker/i.test(name)
            ? 'worker-js'
            : 'other-js'
          : /\.css$/.test(name)
            ? 'css'
            : /\.(woff2?|ttf|otf|eot)$/.test(name)
              ? 'font'
              : 'other';
      assets.push({ file: relative(outDir, file), kind, bytes: body.length, gzip: gzipSync(body).length });
    }
  };
  walk(outDir);
  const js = assets.filter((a) => a.kind === 'initial-js');
  return {
    initialJsGzip: js.reduce((s, a) => s + a.gzip, 0),
    initialJsBytes: js.reduce((s, a) => s + a.bytes, 0),
    assets: assets.sort((a, b) => b.gzip - a.gzip),
  };
}
