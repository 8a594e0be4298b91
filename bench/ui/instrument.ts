/**
 * Injected into the app page before any of its scripts (page.addInitScript), bundled by
 * esbuild into a plain script. It changes nothing in the app; it only watches:
 *
 * - rAF: a requestAnimationFrame loop records every frame's timestamp (frame-to-frame
 *   intervals = the page's frame times).
 * - Worker messages: `Worker` is replaced by a subclass that adds one extra 'message'
 *   listener (the app's own `onmessage` still runs, after it). Every 'frame' event is
 *   recorded with its arrival time, id, step, epoch and examplesSeen; 'state' events too.
 *   This counts exactly the frames the bridge receives. The DOM cannot: the counters
 *   refresh at 4 Hz by design (COUNTER_MS), and a hook in src/main.tsx would be a change
 *   to production code for a benchmark's sake.
 * - Clicks (capture phase on document, so before React's handler runs).
 * - The step counter [data-testid="step"]: a MutationObserver records each change of its
 *   text, which is what the user sees.
 * - Long animation frames (LoAF) with script attribution, and long tasks, as evidence of
 *   what blocks the main thread.
 */

export type FrameRecord = [
  /** performance.now() at arrival on the main thread */ number,
  /** frame id */ number,
  /** examplesSeen summed over trainers */ number,
  /** step of trainer 0 */ number,
  /** epoch of trainer 0 */ number,
  /** 1 while playing */ number,
  /** 1 when the frame carries an output map */ number,
];

export interface LoafRecord {
  start: number;
  duration: number;
  blocking: number;
  /** Time spent in style/layout and in rendering (paint, commit) at the end of the frame. */
  styleLayout: number;
  render: number;
  scripts: { invoker: string; source: string; fn: string; duration: number; forcedLayout: number }[];
}

export interface BenchRecorder {
  raf: number[];
  frames: FrameRecord[];
  states: [number, boolean][];
  clicks: [number, string][];
  stepText: [number, string][];
  longTasks: [number, number][];
  loafs: LoafRecord[];
  /** Drops everything recorded so far (between phases, to keep the arrays small). */
  clear(): void;
}

declare global {
  interface Window {
    __benchUi?: BenchRecorder;
  }
}

interface FrameLike {
  id: number;
  playing: boolean;
  trainers: { step: number; epoch: number; examplesSeen: number; outputMap: unknown }[];
}

(() => {
  const rec: BenchRecorder = {
    raf: [],
    frames: [],
    states: [],
    clicks: [],
    stepText: [],
    longTasks: [],
    loafs: [],
    clear() {
      rec.raf.length = 0;
      rec.frames.length = 0;
      rec.states.length = 0;
      rec.clicks.length = 0;
      rec.stepText.length = 0;
      rec.longTasks.length = 0;
      rec.loafs.length = 0;
    },
  };
  window.__benchUi = rec;

  let stepEl: Element | null = null;
  const stepObserver = new MutationObserver(() => {
    if (stepEl) rec.stepText.push([performance.now(), stepEl.textContent ?? '']);
  });
  const watchStep = () => {
    if (stepEl?.isConnected) return;
    stepObserver.disconnect();
    stepEl = document.querySelector('[data-testid="step"]');
    if (stepEl) stepObserver.observe(stepEl, { childList: true, characterData: true, subtree: true });
  };

  const onFrame = (t: number) => {
    rec.raf.push(t);
    watchStep();
    requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);

  const onMessage = (e: MessageEvent) => {
    const now = performance.now();
    const d = e.data as { type?: string; frame?: FrameLike; playing?: boolean } | null;
    if (d?.type === 'frame' && d.frame) {
      const f = d.frame;
      let seen = 0;
      for (const t of f.trainers) seen += t.examplesSeen;
      const t0 = f.trainers[0];
      rec.frames.push([now, f.id, seen, t0?.step ?? -1, t0?.epoch ?? -1, f.playing ? 1 : 0, t0?.outputMap ? 1 : 0]);
    } else if (d?.type === 'state') {
      rec.states.push([now, d.playing === true]);
    }
  };
  const NativeWorker = window.Worker;
  class WatchedWorker extends NativeWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      this.addEventListener('message', onMessage);
    }
  }
  window.Worker = WatchedWorker;

  document.addEventListener(
    'click',
    (e) => {
      const button = (e.target as Element | null)?.closest?.('button');
      rec.clicks.push([performance.now(), button?.textContent ?? '']);
    },
    true,
  );

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) rec.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // Not supported: no long-task evidence.
  }
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const e = entry as PerformanceEntry & {
          blockingDuration: number;
          renderStart: number;
          styleAndLayoutStart: number;
          scripts: {
            invoker: string;
            sourceURL: string;
            sourceFunctionName: string;
            duration: number;
            forcedStyleAndLayoutDuration: number;
          }[];
        };
        const end = e.startTime + e.duration;
        rec.loafs.push({
          start: e.startTime,
          duration: e.duration,
          blocking: e.blockingDuration,
          styleLayout: e.styleAndLayoutStart > 0 ? end - e.styleAndLayoutStart : 0,
          render: e.renderStart > 0 ? end - e.renderStart : 0,
          scripts: e.scripts.map((s) => ({
            invoker: s.invoker,
            source: s.sourceURL.replace(/^.*\//, ''),
            fn: s.sourceFunctionName,
            duration: s.duration,
            forcedLayout: s.forcedStyleAndLayoutDuration,
          })),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // Not supported: no LoAF evidence.
  }
})();
