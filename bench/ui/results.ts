/**
 * bench/out/ui-latest.json (untracked): the machine and settings of the run next to every
 * repetition's figures and the summaries, so a later run can be compared field by field.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import type { BundleReport } from './bundleSize';
import type { LongRun } from './longRun';
import type { Options } from './options';
import type { RawFigure } from './raw';
import { CHROMIUM_ARGS, MARKER, RESULTS } from './setup';
import type { ScenarioResult } from './summary';

export interface RunRecord {
  opts: Options;
  /** Wall-clock seconds of the whole run. */
  seconds: number;
  loadAverageAtStart: number[];
  bundle: BundleReport;
  engineA: RawFigure[];
  results: ScenarioResult[];
  /** Null when skipped (--long-minutes 0). */
  longRun: LongRun | null;
}

export function writeResults({
  opts,
  seconds,
  loadAverageAtStart,
  bundle,
  engineA,
  results,
  longRun,
}: RunRecord): void {
  const kernel = readFileSync('/proc/version', 'utf8').split(' ')[2];
  writeFileSync(
    RESULTS,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        node: process.version,
        kernel,
        cpu: os.cpus()[0]?.model,
        cores: os.cpus().length,
        loadAverageAtStart,
        loadAverageAtEnd: os.loadavg(),
        viewports: Object.fromEntries(opts.scenarios.map((s) => [s.id, s.viewport])),
        // The marker differs every run and says nothing about the browser's settings.
        chromiumArgs: CHROMIUM_ARGS.filter((a) => a !== MARKER),
        reps: opts.reps,
        windowSeconds: opts.seconds,
        seconds,
        bundle: {
          initialJsGzip: bundle.initialJsGzip,
          initialJsBytes: bundle.initialJsBytes,
          targetGzip: 300 * 1024,
          met: bundle.initialJsGzip <= 300 * 1024,
          assets: bundle.assets.filter((a) => a.kind !== 'font'),
        },
        engineBenchA: engineA,
        scenarios: results,
        longRun,
      },
      null,
      2,
    ) + '\n',
  );
}
