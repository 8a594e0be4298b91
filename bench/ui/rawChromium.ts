/**
 * The raw peer in Chromium: rawWorker.ts (the app's trainers in a bare loop) started from a
 * blob in a blank page of the same browser as the app, so both run on the same V8 in the
 * same run. Its worker thread's CPU time is read from /proc once the warm-up is over.
 */
import type { Browser } from 'playwright-core';
import type { RawFigure } from './raw';
import type { RawRequest, RawResult } from './rawWorker';
import { workerConfigs, type Scenario } from './scenarios';
import { MARKER } from './setup';
import { browserPids, cpuBetween, threadCpu } from './threads';

export interface RawChromium extends RawFigure {
  /** Examples per second of the worker thread's CPU time. */
  perWorkerCpuSecond: number;
  /** Share of one core the worker thread got. */
  workerCpuShare: number;
}

export async function measureRawChromium(
  browser: Browser,
  baseUrl: string,
  scenario: Scenario,
  workerCode: string,
  seconds: number,
): Promise<RawChromium> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    // A blank page on the app's origin (answered here, never reaching the server).
    await page.route(`${baseUrl}__raw`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>raw</title>' }),
    );
    await page.goto(`${baseUrl}__raw`);
    const pids = browserPids(MARKER);
    let cpuWarm: ReturnType<typeof threadCpu> = [];
    page.on('console', (m) => {
      if (m.text() === 'bench-raw-warm') cpuWarm = threadCpu(pids);
    });
    const req: RawRequest = { configs: workerConfigs(scenario), warmUpMs: 1500, ms: seconds * 1000 };
    const result = (await page.evaluate(`new Promise((resolve, reject) => {
      const url = URL.createObjectURL(new Blob([${JSON.stringify(workerCode)}], { type: 'text/javascript' }));
      const w = new Worker(url);
      w.onmessage = (e) => {
        if (e.data === 'warm') { console.log('bench-raw-warm'); return; }
        resolve(e.data); // not terminated here: its thread's CPU time is read next (closing the context ends it)
      };
      w.onerror = (e) => reject(new Error(e.message));
      w.postMessage(${JSON.stringify(req)});
    })`)) as RawResult;
    const cpuEnd = threadCpu(pids);
    const workerCpuMs = cpuBetween(cpuWarm, cpuEnd).get('renderer/DedicatedWorker') ?? NaN;
    const s = result.ms / 1000;
    return {
      wall: result.examples / s,
      cpu: NaN,
      epochsPerSecond: result.epochs / s,
      seconds: s,
      perWorkerCpuSecond: result.examples / (workerCpuMs / 1000),
      workerCpuShare: workerCpuMs / result.ms,
    };
  } finally {
    await context.close();
  }
}
