/**
 * What `npm run bench:ui` prints: the set-up, a line per scenario as each repetition ends,
 * and at the end the tables of medians with the targets, the main-thread evidence of the
 * first repetition and the initial JavaScript.
 */
import os from 'node:os';
import type { Browser } from 'playwright-core';
import type { BundleReport } from './bundleSize';
import type { UiRun } from './measureUi';
import type { Options } from './options';
import type { RawFigure } from './raw';
import type { RawChromium } from './rawChromium';
import type { Scenario } from './scenarios';
import { FRAME_60HZ } from './setup';
import { QUIET_CORES, type ScenarioResult } from './summary';
import { fmtMs, fmtPct, fmtRate, median, table } from './stats';

export function printSetUp(browser: Browser, opts: Options, load0: number[]): void {
  console.log(
    `UI benchmark: Chromium ${browser.version()} headless (no GPU), ` +
      `${[...new Set(opts.scenarios.map((s) => `${s.viewport.width}×${s.viewport.height}`))].join(' and ')}, ` +
      `Node ${process.version}, ${os.cpus()[0]?.model ?? 'CPU'} × ${os.cpus().length}, load average ${load0.map((x) => x.toFixed(1)).join(' ')}`,
  );
  console.log(
    `${opts.reps} repetition(s) of ${opts.seconds} s windows at "As fast as possible", after 2 s of warm-up; ` +
      `${opts.pauses} pause trials each. Raw peers re-timed in every repetition.\n`,
  );
}

export function printEngineBenchA(rep: number, engineA: RawFigure): void {
  console.log(`rep ${rep + 1}: npm run bench's network A in Node: ${fmtRate(engineA.wall)} examples/s`);
}

export function printRepetition(rep: number, s: Scenario, ui: UiRun, raw: RawChromium): void {
  console.log(
    `rep ${rep + 1} ${s.id}: frame p95 ${fmtMs(ui.raf.p95Ms)}, ${ui.framesPerSecond.toFixed(1)} frames/s, ` +
      `${fmtRate(ui.examplesPerSecond)} examples/s (raw in Chromium ${fmtRate(raw.wall)}), ` +
      `pause→DOM ${fmtMs(median(ui.pauses.map((p) => p.domMs)))}; worker got ${fmtPct(ui.cpu['renderer/DedicatedWorker'] ?? NaN)} ` +
      `of a core, other jobs used ${ui.otherCores.toFixed(2)} of ${os.cpus().length} cores` +
      (ui.errors.length ? `, ${ui.errors.length} page error(s): ${ui.errors[0]}` : ''),
  );
}

const yes = (b: unknown) => (b === null ? '' : b ? 'yes' : 'NO');
/** Summary fields are number | boolean | null; the tables know which are numbers. */
const n = (x: unknown) => x as number;
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;

export function printReport(
  results: ScenarioResult[],
  bundle: BundleReport,
  engineA: RawFigure[],
  unminified: boolean,
): void {
  console.log(
    '\nFrame times (rAF intervals; idle = before Play) and frames from the worker, medians over repetitions:',
  );
  console.log(
    table(
      [
        'scenario',
        'idle rAF p50',
        'rAF p50',
        'rAF p95',
        'target',
        'met',
        'frames/s',
        'p95 per rep (ms)',
        'other jobs per rep (cores)',
      ],
      results.map((r) => [
        r.id,
        fmtMs(n(r.summary.idleRafMedianMs)),
        fmtMs(n(r.summary.rafMedianMs)),
        fmtMs(n(r.summary.rafP95Ms)),
        `≤ ${r.p95TargetMs} ms`,
        yes(r.summary.rafP95Met),
        n(r.summary.framesPerSecond).toFixed(1),
        r.ui.map((u) => u.raf.p95Ms.toFixed(1)).join(', '),
        r.ui.map((u) => u.otherCores.toFixed(2)).join(', '),
      ]),
      [false, true, true, true, true, false, true, false, false],
    ),
  );
  console.log(`\nThe machine is shared: in the quiet repetitions (other jobs < ${QUIET_CORES} cores) alone:`);
  console.log(
    table(
      ['scenario', 'quiet reps', 'rAF p95', 'met', 'kept of bare worker', 'pause → step counter'],
      results.map((r) => [
        r.id,
        String(r.summary.quietReps),
        r.summary.quietReps ? fmtMs(n(r.summary.quietRafP95Ms)) : '–',
        yes(r.summary.quietRafP95Met),
        r.summary.quietReps ? fmtPct(n(r.summary.quietKeptOfRawChromium)) : '–',
        r.summary.quietReps ? fmtMs(n(r.summary.quietPauseDomMs)) : '–',
      ]),
      [false, true, true, false, true, true],
    ),
  );
  console.log(
    '\nTraining throughput in Chromium, examples/s per network (app streaming vs the same trainers in a bare worker, same run):',
  );
  console.log(
    table(
      [
        'scenario',
        'app',
        'epochs/s',
        'bare worker',
        'kept',
        'kept per worker CPU-s',
        'worker core (app)',
        'worker core (bare)',
      ],
      results.map((r) => [
        r.id,
        fmtRate(n(r.summary.examplesPerSecond)),
        n(r.summary.epochsPerSecond).toFixed(0),
        fmtRate(n(r.summary.rawChromiumExamplesPerSecond)),
        fmtPct(n(r.summary.keptOfRawChromium)),
        fmtPct(n(r.summary.keptByWorkerCpu)),
        fmtPct(n(r.summary.workerCpuShare)),
        fmtPct(n(r.summary.rawWorkerCpuShare)),
      ]),
      [false, true, true, true, true, true, true, true],
    ),
  );
  console.log(
    "\nAgainst Node (same run): npm run bench's figure for network A, the bare loop, and the worker's session alone",
  );
  console.log(
    "(frames cloned and acknowledged at 60 Hz, interleaved with the bare loop: the worker's own cost of streaming):",
  );
  console.log(
    table(
      ['scenario', 'app', 'npm run bench', 'kept', 'bare loop (Node)', 'kept', 'session kept (Node)'],
      results.map((r) => [
        r.id,
        fmtRate(n(r.summary.examplesPerSecond)),
        r.summary.engineBenchAExamplesPerSecond === null ? '' : fmtRate(n(r.summary.engineBenchAExamplesPerSecond)),
        r.summary.keptOfEngineBench === null ? '' : fmtPct(n(r.summary.keptOfEngineBench)),
        fmtRate(n(r.summary.rawNodeExamplesPerSecond)),
        fmtPct(n(r.summary.keptOfRawNode)),
        fmtPct(n(r.summary.nodeSessionKept)),
      ]),
      [false, true, true, true, true, true, true],
    ),
  );
  console.log(
    `npm run bench's network A per repetition: ${engineA.map((e) => fmtRate(e.wall)).join(', ')} examples/s. ` +
      'Target: the app keeps ≥ 70% of the raw engine.',
  );
  console.log('\nPause latency, click → …, median over all trials (60 Hz frame = 16.7 ms):');
  console.log(
    table(
      [
        'scenario',
        'worker paused',
        'frame w/ last step',
        'last frame',
        'step counter (DOM)',
        'worst DOM',
        'in frames',
        'DOM ≤ 1 frame',
      ],
      results.map((r) => [
        r.id,
        fmtMs(n(r.summary.pauseStateMs)),
        fmtMs(n(r.summary.pauseLastStepMs)),
        fmtMs(n(r.summary.pauseLastFrameMs)),
        fmtMs(n(r.summary.pauseDomMs)),
        fmtMs(n(r.summary.pauseDomMsMax)),
        (n(r.summary.pauseDomMs) / FRAME_60HZ).toFixed(2),
        yes(r.summary.pauseWithinOneFrame),
      ]),
      [false, true, true, true, true, true, true, false],
    ),
  );
  printMainThreadEvidence(results);
  const epochsA = results.find((r) => r.id === 'A')?.summary.epochsPerSecond;
  if (epochsA !== undefined) {
    console.log(
      `\nNetwork A trains at ${n(epochsA).toFixed(0)} epochs/s in the app ` +
        `(TensorFlow Playground: about 60 epochs/s at best; target > 1000): ${n(epochsA) > 1000 ? 'met' : 'NOT met'}.`,
    );
  }
  printInitialJs(bundle, unminified);
}

/** What cost the main thread time, from the first repetition of each scenario. */
function printMainThreadEvidence(results: ScenarioResult[]): void {
  console.log(
    '\nMain-thread evidence during the windows (first repetition): CPU share per thread, long animation frames:',
  );
  for (const r of results) {
    const u = r.ui[0];
    const cpu = Object.entries(u.cpu)
      .map(([k, v]) => `${k} ${fmtPct(v)}`)
      .join(', ');
    console.log(`  ${r.id}: ${cpu}`);
    const mt = u.mainThread;
    console.log(
      `     main thread per second: tasks ${mt.taskMs.toFixed(0)} ms, of which script ${mt.scriptMs.toFixed(0)} ms, ` +
        `style ${mt.styleMs.toFixed(0)} ms, layout ${mt.layoutMs.toFixed(0)} ms`,
    );
    for (const t of u.trace ?? []) {
      console.log(
        `     trace, ${t.thread}: self ms/s ${t.self
          .slice(0, 10)
          .map(([k, v]) => `${k} ${v.toFixed(1)}`)
          .join(', ')}; ` + `longest tasks ${t.longestTasksMs.map((x) => x.toFixed(0)).join(', ')} ms`,
      );
    }
    if (u.profile) {
      console.log(
        `     main-thread self time, ms/s, by file: ${u.profile.byFile
          .slice(0, 8)
          .map(([k, v]) => `${k} ${v.toFixed(1)}`)
          .join(', ')}`,
      );
      for (const [k, v] of u.profile.self.slice(0, 15)) console.log(`       ${v.toFixed(1).padStart(6)}  ${k}`);
      console.log(
        `     React components, total ms/s: ${(u.profile.components ?? [])
          .map(([k, v]) => `${k.replace(/ .*/, '')} ${v.toFixed(1)}`)
          .join(', ')}`,
      );
      console.log('     main-thread total time (with callees), ms/s:');
      for (const [k, v] of u.profile.total.slice(0, 40)) console.log(`       ${v.toFixed(1).padStart(6)}  ${k}`);
    }
    console.log(
      `     long tasks ${u.longTasks.count} (total ${fmtMs(u.longTasks.totalMs, 0)}, max ${fmtMs(u.longTasks.maxMs, 0)}); ` +
        `LoAF ≥ 50 ms: ${u.loafs.count}` +
        (u.loafs.worst[0]
          ? `, worst ${fmtMs(u.loafs.worst[0].duration, 0)}: ` +
            u.loafs.worst[0].scripts
              .map((x) => `${x.invoker} ${x.fn || '?'}@${x.source} ${fmtMs(x.duration, 0)}`)
              .join('; ')
          : ''),
    );
    if (u.errors.length) console.log(`     page errors: ${u.errors.slice(0, 3).join(' | ')}`);
  }
}

function printInitialJs(bundle: BundleReport, unminified: boolean): void {
  if (unminified) {
    console.log('\nInitial JavaScript: not measured (--profile builds without minification).');
    return;
  }
  console.log(
    `\nInitial JavaScript (gzip, without the worker chunk, CSS and fonts): ${kb(bundle.initialJsGzip)} ` +
      `(${kb(bundle.initialJsBytes)} raw); target ≤ 300 KB: ${bundle.initialJsGzip <= 300 * 1024 ? 'met' : 'NOT met'}.`,
  );
  for (const a of bundle.assets.filter((x) => x.kind !== 'font'))
    console.log(
      `  ${a.kind.padEnd(10)} ${a.file.padEnd(34)} ${kb(a.bytes).padStart(10)} raw ${kb(a.gzip).padStart(9)} gzip`,
    );
}
