/**
 * `npm run bench:ui`: the app in real Chromium while the worker trains at full speed.
 *
 * For each scenario (network A of the engine benchmark, a big net, compare mode), loaded
 * through the URL hash exactly as a shared link:
 * - the page's frame times: intervals between requestAnimationFrame callbacks;
 * - frames received per second, counted from the worker's 'frame' messages (see
 *   instrument.ts for why they are watched there and not in the DOM or an app hook);
 * - training throughput from the frames' examplesSeen, against the raw engine timed in
 *   this same run: the same trainers in a bare worker of the same browser, `npm run
 *   bench`'s figure for network A in Node, and the worker's session alone in Node;
 * - Pause latency: click → the worker's "paused" message, → the last frame, → the last
 *   change of the step counter in the DOM;
 * - evidence for what costs time: CPU per thread (/proc), main-thread metrics, long
 *   animation frames; with --trace a Chromium trace, with --profile a main-thread CPU profile.
 * Then the long run (longRun.ts): the default network at full speed for 10 minutes, examples/s
 * and heap per minute. Plus the initial JavaScript of the build, gzipped. The machine is shared: each window also
 * records how many cores other jobs used meanwhile.
 *
 * Options: --reps N (3), --seconds S (10), --pauses N (5 per repetition),
 * --scenarios A,big,compare,largest,compare-largest, --no-build, --trace, --profile
 * (unminified build), --long-minutes N (10; 0 skips), --minute-seconds S (60).
 *
 * This file runs the repetitions; measureUi.ts, rawChromium.ts and raw.ts measure,
 * summary.ts reduces, report.ts prints and results.ts writes the JSON.
 */
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { build as esbuild } from 'esbuild';
import { chromium } from 'playwright-core';
import { build as viteBuild, preview } from 'vite';
import { compileSimdKernels, simdKernelsEsbuild } from '../../build/simdKernels';
import { loadSimdKernels } from '../../src/engine';
import { findChromium } from '../../tests/e2e/chromium';
import { bundleReport, type BundleReport } from './bundleSize';
import { measureLongRun, printLongRun, type LongRun } from './longRun';
import { measureUi } from './measureUi';
import { parseOptions } from './options';
import { engineBenchA, streamingOverhead, type RawFigure } from './raw';
import { measureRawChromium } from './rawChromium';
import { printEngineBenchA, printRepetition, printReport, printSetUp } from './report';
import { writeResults } from './results';
import { workerConfigs } from './scenarios';
import { CHROMIUM_ARGS, OUT_DIR, RESULTS, root } from './setup';
import { median } from './stats';
import { summarise, type ScenarioResult } from './summary';

/** A script of ours for the page (instrument.ts, rawWorker.ts), bundled unminified for readable stacks. */
async function bundleScript(entry: string): Promise<string> {
  const out = await esbuild({
    entryPoints: [join(root, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: false,
    logLevel: 'warning',
    plugins: [simdKernelsEsbuild],
  });
  return out.outputFiles[0].text;
}

async function main(): Promise<void> {
  const opts = parseOptions();
  const started = performance.now();
  if (opts.build) {
    // A profile needs function names: then the build is not minified (and its size not reported).
    await viteBuild({ root, logLevel: 'warn', build: { outDir: OUT_DIR, emptyOutDir: true, minify: !opts.profile } });
  }
  const bundle: BundleReport = bundleReport(OUT_DIR);
  const simd = loadSimdKernels(await compileSimdKernels());
  const instrument = await bundleScript('bench/ui/instrument.ts');
  const rawWorker = await bundleScript('bench/ui/rawWorker.ts');

  const chromiumPath = findChromium().path;
  if (!chromiumPath) throw new Error('Chromium not found (set CHROMIUM_PATH or apt-get install chromium)');
  const server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir: OUT_DIR },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${address.port}/`;
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS });
  const load0 = os.loadavg();
  printSetUp(browser, opts, load0);

  const results: ScenarioResult[] = opts.scenarios.map((s) => ({
    id: s.id,
    title: s.title,
    p95TargetMs: s.p95TargetMs,
    ui: [],
    rawChromium: [],
    node: [],
    summary: {},
  }));
  const engineA: RawFigure[] = [];
  let longRun: LongRun | null = null;
  mkdirSync(join(root, 'test-results'), { recursive: true });
  mkdirSync(join(root, 'bench/out'), { recursive: true });
  try {
    for (let rep = 0; rep < opts.reps; rep++) {
      // Node first (the browser is idle), then per scenario the bare worker and the app back to back.
      engineA.push(engineBenchA());
      printEngineBenchA(rep, engineA.at(-1)!);
      for (const [k, s] of opts.scenarios.entries()) {
        results[k].node.push(await streamingOverhead(workerConfigs(s), 6, 400, simd));
      }
      for (const [k, s] of opts.scenarios.entries()) {
        const raw = await measureRawChromium(browser, baseUrl, s, rawWorker, 3);
        results[k].rawChromium.push(raw);
        const trace = opts.trace && rep === 0 ? join(root, `test-results/bench-ui-${s.id}.trace.json`) : null;
        const ui = await measureUi(browser, baseUrl, s, opts, instrument, trace, opts.profile && rep === 0);
        results[k].ui.push(ui);
        printRepetition(rep, s, ui, raw);
      }
    }
    if (opts.longMinutes > 0) {
      console.log(`\nLong run: ${opts.longMinutes} × ${opts.minuteSeconds} s`);
      longRun = await measureLongRun(browser, baseUrl, instrument, opts.longMinutes, opts.minuteSeconds);
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const engineAMedian = median(engineA.map((e) => e.wall));
  for (const [k, s] of opts.scenarios.entries()) results[k].summary = summarise(results[k], s, engineAMedian);

  printReport(results, bundle, engineA, opts.profile);
  if (longRun) printLongRun(longRun);
  const seconds = (performance.now() - started) / 1000;
  writeResults({ opts, seconds, loadAverageAtStart: load0, bundle, engineA, results, longRun });
  console.log(`\nTotal ${seconds.toFixed(0)} s. Results: ${RESULTS.slice(root.length + 1)}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
