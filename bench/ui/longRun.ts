/**
 * The long run (issue 14, "throughput that holds"): the app's default network trains at full
 * speed in the page for 10 minutes (--long-minutes, --minute-seconds shorten it for a quick
 * look; 0 minutes skips it), and every minute records the examples/s the frames report, the
 * frame times, the main thread's JS heap (CDP Runtime.getHeapUsage, after no forced GC) and
 * the resident memory of the renderer, which holds the worker's heap too. The verdict: the
 * last minute's examples/s within 10% of the first's. Each minute also records how many
 * cores other jobs took, since on a shared machine a slower minute may be theirs.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { DEFAULT_CONFIG } from '../../src/store/appState';
import { setupLink } from '../../src/store/linkCodec';
import { clearRecorder, snapshot, waitPlaying } from './recorder';
import { MARKER, sleep } from './setup';
import { intervals, percentile } from './stats';
import { browserPids, cpuBetween, machineBusyMs, threadCpu } from './threads';

export interface LongRunMinute {
  minute: number;
  examplesPerSecond: number;
  framesPerSecond: number;
  rafP95Ms: number;
  mainHeapMB: number;
  rendererRssMB: number;
  /** Share of one core the training worker had. */
  workerCpu: number;
  /** Cores other jobs used meanwhile. */
  otherCores: number;
}

export interface LongRun {
  minuteSeconds: number;
  minutes: LongRunMinute[];
  /** Last minute's examples/s ÷ the first's. */
  lastOverFirst: number;
  /** Target: within 10%. */
  met: boolean;
  errors: string[];
}

/** Resident memory (MB) of the browser's renderer processes: the page's and its worker's heaps. */
function rendererRssMB(pids: number[]): number {
  let kb = 0;
  for (const pid of pids) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) continue;
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // The process ended meanwhile.
    }
  }
  return kb / 1024;
}

export async function measureLongRun(
  browser: Browser,
  baseUrl: string,
  instrument: string,
  minutes: number,
  minuteSeconds: number,
): Promise<LongRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  try {
    await page.addInitScript({ content: instrument });
    await page.goto(`${baseUrl}#${setupLink(DEFAULT_CONFIG, null)}`, { waitUntil: 'load' });
    await page.getByRole('button', { name: /Play/ }).and(page.locator(':enabled')).waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: /Play/ }).click();
    await waitPlaying(page, true);
    await sleep(2000);
    const cdp = await context.newCDPSession(page);
    const pids = browserPids(MARKER);
    const out: LongRunMinute[] = [];
    for (let m = 1; m <= minutes; m++) {
      const t0 = await clearRecorder(page);
      const cpu0 = threadCpu(pids);
      const busy0 = machineBusyMs();
      await sleep(minuteSeconds * 1000);
      const s = await snapshot(page);
      const cpu = cpuBetween(cpu0, threadCpu(pids));
      const busy = machineBusyMs() - busy0;
      const windowMs = s.now - t0;
      const frames = s.frames.filter((f) => f[0] >= t0);
      const first = frames[0];
      const last = frames.at(-1);
      const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
      const ours = [...cpu.values()].reduce((a, b) => a + b, 0);
      const minute: LongRunMinute = {
        minute: m,
        examplesPerSecond: first && last ? ((last[2] - first[2]) * 1000) / (last[0] - first[0]) : NaN,
        framesPerSecond: (frames.length * 1000) / windowMs,
        rafP95Ms: percentile(intervals(s.raf, t0), 0.95),
        mainHeapMB: heap.usedSize / 2 ** 20,
        rendererRssMB: rendererRssMB(pids),
        workerCpu: (cpu.get('renderer/DedicatedWorker') ?? NaN) / windowMs,
        otherCores: Math.max(0, busy - ours) / windowMs,
      };
      out.push(minute);
      printMinute(minute);
    }
    const lastOverFirst = out.length > 0 ? out[out.length - 1].examplesPerSecond / out[0].examplesPerSecond : NaN;
    return { minuteSeconds, minutes: out, lastOverFirst, met: Math.abs(lastOverFirst - 1) <= 0.1, errors };
  } finally {
    await context.close();
  }
}

function printMinute(m: LongRunMinute): void {
  console.log(
    `  long run, minute ${m.minute}: ${Math.round(m.examplesPerSecond).toLocaleString('en')} examples/s, ` +
      `${m.framesPerSecond.toFixed(1)} frames/s, p95 ${m.rafP95Ms.toFixed(1)} ms, main heap ${m.mainHeapMB.toFixed(1)} MB, ` +
      `renderer RSS ${m.rendererRssMB.toFixed(0)} MB; worker ${(100 * m.workerCpu).toFixed(0)}% of a core, ` +
      `other jobs ${m.otherCores.toFixed(2)} cores`,
  );
}

export function printLongRun(r: LongRun): void {
  const first = r.minutes[0];
  const last = r.minutes.at(-1);
  if (!first || !last) return;
  console.log(
    `\nLong run (default network, full speed, ${r.minutes.length} × ${r.minuteSeconds} s): examples/s ` +
      `${Math.round(first.examplesPerSecond).toLocaleString('en')} in the first minute, ` +
      `${Math.round(last.examplesPerSecond).toLocaleString('en')} in the last = ${r.lastOverFirst.toFixed(3)}× ` +
      `(${r.met ? 'meets' : 'MISSES'} within 10%); main heap ${first.mainHeapMB.toFixed(1)} → ` +
      `${last.mainHeapMB.toFixed(1)} MB, renderer RSS ${first.rendererRssMB.toFixed(0)} → ${last.rendererRssMB.toFixed(0)} MB` +
      (r.errors.length ? `; errors: ${r.errors.join('; ')}` : ''),
  );
}
