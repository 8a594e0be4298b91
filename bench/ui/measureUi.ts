/**
 * The app in the page, for one scenario loaded through the URL hash as a shared link: the
 * rAF cadence idle, then a window of full-speed training (frame times, frames and examples
 * per second, CPU per thread, main-thread metrics, long tasks and LoAFs, optionally a trace
 * and a CPU profile), then the pause trials.
 */
import type { Browser } from 'playwright-core';
import { setupLink } from '../../src/store/linkCodec';
import { summariseProfile, type ProfileSummary } from './cpuProfile';
import type { LoafRecord } from './instrument';
import type { Options } from './options';
import { pauseTrials, type PauseTrial } from './pauseLatency';
import { clearRecorder, snapshot, waitPlaying } from './recorder';
import type { Scenario } from './scenarios';
import { MARKER, sleep } from './setup';
import { intervals, median, percentile } from './stats';
import { browserPids, cpuBetween, machineBusyMs, threadCpu } from './threads';
import { summariseTrace, type ThreadBreakdown } from './trace';

export interface UiRun {
  idle: { rafMedianMs: number; rafP95Ms: number; rafCount: number };
  windowMs: number;
  raf: { count: number; medianMs: number; p95Ms: number; maxMs: number; over20: number; over34: number };
  framesPerSecond: number;
  /** Examples per second per network, from examplesSeen of the first and last frame in the window. */
  examplesPerSecond: number;
  epochsPerSecond: number;
  /** What the page's "Examples/s" counter showed at the end (all networks together). */
  rateCounter: number | null;
  /** Examples per second of the worker thread's CPU time (per network). */
  examplesPerWorkerCpuSecond: number;
  /** Share of one core used per thread during the window (top threads). */
  cpu: Record<string, number>;
  /** Cores used by everything else on the machine during the window (other jobs: the noise). */
  otherCores: number;
  /** Main thread, ms per second of the window (Chromium's Performance.getMetrics). */
  mainThread: { taskMs: number; scriptMs: number; layoutMs: number; styleMs: number };
  /** Main-thread CPU profile (with --profile): top functions by self time, ms per second. */
  profile: ProfileSummary | null;
  /** With --trace: where the main thread's and the worker's time went, by trace event. */
  trace: ThreadBreakdown[] | null;
  longTasks: { count: number; totalMs: number; maxMs: number };
  loafs: { count: number; worst: LoafRecord[] };
  pauses: PauseTrial[];
  errors: string[];
}

export async function measureUi(
  browser: Browser,
  baseUrl: string,
  scenario: Scenario,
  opts: Options,
  instrument: string,
  tracePath: string | null,
  profile: boolean,
): Promise<UiRun> {
  const context = await browser.newContext({ viewport: scenario.viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  try {
    await page.addInitScript({ content: instrument });
    const hash = setupLink(scenario.config, scenario.compare);
    await page.goto(`${baseUrl}#${hash}`, { waitUntil: 'load' });
    await page.getByRole('button', { name: /Play/ }).and(page.locator(':enabled')).waitFor({ timeout: 20_000 });
    await sleep(1000);

    // Idle: nothing trains; the rAF cadence of this headless Chromium on its own.
    const idleFrom = await clearRecorder(page);
    await sleep(2000);
    const idle = await snapshot(page);
    const idleGaps = intervals(idle.raf, idleFrom);

    await page.getByRole('button', { name: /Play/ }).click();
    await waitPlaying(page, true);
    await sleep(2000); // JIT warm-up of the worker and the views

    const pids = browserPids(MARKER);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    if (profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
      await cdp.send('Profiler.start');
    }
    if (tracePath) await browser.startTracing(page, { path: tracePath, screenshots: false });
    const m0 = await cdp.send('Performance.getMetrics');
    const t0 = await clearRecorder(page);
    const cpu0 = threadCpu(pids);
    const busy0 = machineBusyMs();
    const self0 = process.cpuUsage();
    await sleep(opts.seconds * 1000);
    const cpu1 = threadCpu(pids);
    const busy1 = machineBusyMs();
    const self1 = process.cpuUsage(self0);
    const s = await snapshot(page);
    const m1 = await cdp.send('Performance.getMetrics');
    if (tracePath) await browser.stopTracing();
    const cpuProfile = profile
      ? summariseProfile((await cdp.send('Profiler.stop')).profile, (s.now - t0) / 1000)
      : null;
    const t1 = s.now;
    const windowMs = t1 - t0;

    const gaps = intervals(s.raf, t0, t1);
    const frames = s.frames.filter((f) => f[0] >= t0 && f[0] <= t1);
    const first = frames[0];
    const last = frames.at(-1);
    const trainers = scenario.compare ? 2 : 1;
    const span = first && last ? last[0] - first[0] : NaN;
    const examples = first && last ? (last[2] - first[2]) / trainers : NaN;
    const cpu = cpuBetween(cpu0, cpu1);
    const workerCpuMs = cpu.get('renderer/DedicatedWorker') ?? NaN;
    const oursMs = [...cpu.values()].reduce((a, b) => a + b, 0) + (self1.user + self1.system) / 1000;
    const cpuShare: Record<string, number> = {};
    [...cpu.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .forEach(([k, ms]) => (cpuShare[k] = ms / windowMs));
    const longTasks = s.longTasks.filter(([t]) => t >= t0);
    const loafs = s.loafs.filter((l) => l.start >= t0);

    const pauses = await pauseTrials(page, opts.pauses);

    const metric = (m: { metrics: { name: string; value: number }[] }, name: string) =>
      m.metrics.find((x) => x.name === name)?.value ?? NaN;
    // Durations are in seconds; report ms of main-thread time per second of the window.
    const perSecond = (name: string) => ((metric(m1, name) - metric(m0, name)) * 1e6) / windowMs;
    const rateText = s.rate?.replace(/[^\d.]/g, '') ?? '';
    return {
      idle: { rafMedianMs: median(idleGaps), rafP95Ms: percentile(idleGaps, 0.95), rafCount: idleGaps.length },
      windowMs,
      raf: {
        count: gaps.length,
        medianMs: median(gaps),
        p95Ms: percentile(gaps, 0.95),
        maxMs: Math.max(...gaps),
        over20: gaps.filter((g) => g > 20).length,
        over34: gaps.filter((g) => g > 34).length,
      },
      framesPerSecond: (frames.length * 1000) / windowMs,
      examplesPerSecond: (examples * 1000) / span,
      epochsPerSecond: first && last ? ((last[4] - first[4]) * 1000) / span : NaN,
      rateCounter: rateText ? Number(rateText) : null,
      // The CPU window is [t0, t1]; the examples span the frames inside it (nearly the same interval).
      examplesPerWorkerCpuSecond: (examples / span) * (windowMs / workerCpuMs) * 1000,
      cpu: cpuShare,
      otherCores: Math.max(0, busy1 - busy0 - oursMs) / windowMs,
      mainThread: {
        taskMs: perSecond('TaskDuration'),
        scriptMs: perSecond('ScriptDuration'),
        layoutMs: perSecond('LayoutDuration'),
        styleMs: perSecond('RecalcStyleDuration'),
      },
      profile: cpuProfile,
      trace: tracePath ? summariseTrace(tracePath) : null,
      longTasks: {
        count: longTasks.length,
        totalMs: longTasks.reduce((x, [, d]) => x + d, 0),
        maxMs: Math.max(0, ...longTasks.map(([, d]) => d)),
      },
      loafs: { count: loafs.length, worst: [...loafs].sort((a, b) => b.duration - a.duration).slice(0, 3) },
      pauses,
      errors,
    };
  } finally {
    await context.close();
  }
}
