/**
 * One scenario's repetitions reduced to the figures the report prints and the targets it
 * checks: medians over repetitions, ratios against the raw peers of the same run, and the
 * same figures over the quiet repetitions alone (the machine is shared).
 */
import type { UiRun } from './measureUi';
import type { StreamingOverhead } from './raw';
import type { RawChromium } from './rawChromium';
import type { Scenario } from './scenarios';
import { FRAME_60HZ } from './setup';
import { median } from './stats';

export type Summary = Record<string, number | boolean | null>;

export interface ScenarioResult {
  id: string;
  title: string;
  p95TargetMs: number;
  ui: UiRun[];
  rawChromium: RawChromium[];
  /** The worker's session vs the bare loop in Node, interleaved (no browser). */
  node: StreamingOverhead[];
  summary: Summary;
}

/** Repetitions in which other jobs used less than this many cores count as quiet. */
export const QUIET_CORES = 0.25;

/** `engineAMedian`: `npm run bench`'s network A in Node, median over repetitions. */
export function summarise(r: ScenarioResult, s: Scenario, engineAMedian: number): Summary {
  const ui = r.ui;
  const pauses = ui.flatMap((u) => u.pauses);
  const m = (f: (u: UiRun) => number) => median(ui.map(f));
  const uiRate = m((u) => u.examplesPerSecond);
  const rawChromium = median(r.rawChromium.map((x) => x.wall));
  const rawNode = median(r.node.map((x) => x.free));
  const pauseLastStep = median(pauses.map((p) => p.lastStepFrameMs));
  return {
    idleRafMedianMs: m((u) => u.idle.rafMedianMs),
    rafMedianMs: m((u) => u.raf.medianMs),
    rafP95Ms: m((u) => u.raf.p95Ms),
    rafP95TargetMs: s.p95TargetMs,
    rafP95Met: m((u) => u.raf.p95Ms) <= s.p95TargetMs,
    framesPerSecond: m((u) => u.framesPerSecond),
    examplesPerSecond: uiRate,
    epochsPerSecond: m((u) => u.epochsPerSecond),
    rateCounter: m((u) => u.rateCounter ?? NaN),
    rawChromiumExamplesPerSecond: rawChromium,
    rawNodeExamplesPerSecond: rawNode,
    engineBenchAExamplesPerSecond: s.isNetworkA ? engineAMedian : null,
    keptOfRawChromium: uiRate / rawChromium,
    keptOfRawNode: uiRate / rawNode,
    keptOfEngineBench: s.isNetworkA ? uiRate / engineAMedian : null,
    keptByWorkerCpu: m((u) => u.examplesPerWorkerCpuSecond) / median(r.rawChromium.map((x) => x.perWorkerCpuSecond)),
    workerCpuShare: m((u) => u.cpu['renderer/DedicatedWorker'] ?? NaN),
    rawWorkerCpuShare: median(r.rawChromium.map((x) => x.workerCpuShare)),
    nodeSessionKept: median(r.node.map((x) => x.kept)),
    otherCores: m((u) => u.otherCores),
    mainThreadCpuShare: m((u) => u.cpu['renderer/main'] ?? NaN),
    pauseStateMs: median(pauses.map((p) => p.stateMs)),
    pauseLastStepMs: pauseLastStep,
    pauseLastFrameMs: median(pauses.map((p) => p.lastFrameMs)),
    pauseDomMs: median(pauses.map((p) => p.domMs)),
    pauseDomMsMax: Math.max(...pauses.map((p) => p.domMs)),
    // The target: what the user sees (the step counter) stops within one 60 Hz frame of the click.
    pauseWithinOneFrame: median(pauses.map((p) => p.domMs)) <= FRAME_60HZ,
    pageErrors: ui.reduce((n, u) => n + u.errors.length, 0),
    ...quietSummary(r, s.p95TargetMs),
  };
}

/** The same figures over the quiet repetitions only (null when there were none). */
function quietSummary(r: ScenarioResult, target: number): Summary {
  const quiet = r.ui.map((u, k) => ({ u, raw: r.rawChromium[k] })).filter(({ u }) => u.otherCores < QUIET_CORES);
  if (quiet.length === 0)
    return {
      quietReps: 0,
      quietRafP95Ms: null,
      quietRafP95Met: null,
      quietKeptOfRawChromium: null,
      quietPauseDomMs: null,
    };
  const p95 = median(quiet.map(({ u }) => u.raf.p95Ms));
  return {
    quietReps: quiet.length,
    quietRafP95Ms: p95,
    quietRafP95Met: p95 <= target,
    quietKeptOfRawChromium: median(quiet.map(({ u, raw }) => u.examplesPerSecond / raw.wall)),
    quietPauseDomMs: median(quiet.flatMap(({ u }) => u.pauses.map((p) => p.domMs))),
  };
}
