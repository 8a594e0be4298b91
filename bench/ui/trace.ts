/**
 * Reads a Chromium trace (browser.startTracing, devtools.timeline categories) and says where
 * a thread's time went: self time per trace event name (Paint, UpdateLayoutTree,
 * FunctionCall, …), children subtracted, in ms per second of the traced span. The CPU
 * profile only names JavaScript; this names the browser's own work (style, layout, paint).
 */
import { readFileSync } from 'node:fs';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

export interface ThreadBreakdown {
  thread: string;
  /** [event name, ms of self time per second], largest first. */
  self: [string, number][];
  /** Longest single top-level tasks, ms. */
  longestTasksMs: number[];
}

export function summariseTrace(
  path: string,
  threads: string[] = ['CrRendererMain', 'DedicatedWorker thread'],
): ThreadBreakdown[] {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(raw) ? raw : (raw.traceEvents ?? []);
  const names = new Map<string, string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name) names.set(`${e.pid}/${e.tid}`, e.args.name);
  const out: ThreadBreakdown[] = [];
  for (const wanted of threads) {
    // The busiest thread of that name (the app's renderer, not an idle one).
    const byThread = new Map<string, TraceEvent[]>();
    for (const e of events) {
      if (e.ph !== 'X' || e.dur === undefined) continue;
      const key = `${e.pid}/${e.tid}`;
      if (names.get(key) !== wanted) continue;
      let list = byThread.get(key);
      if (!list) byThread.set(key, (list = []));
      list.push(e);
    }
    const list = [...byThread.values()].sort((a, b) => b.length - a.length)[0];
    if (!list || list.length === 0) continue;
    list.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    const self = new Map<string, number>();
    const stack: { end: number; name: string; childUs: number; dur: number }[] = [];
    const tasks: number[] = [];
    const close = (until: number) => {
      while (stack.length > 0 && stack[stack.length - 1].end <= until) {
        const top = stack.pop()!;
        self.set(top.name, (self.get(top.name) ?? 0) + Math.max(0, top.dur - top.childUs));
        if (stack.length > 0) stack[stack.length - 1].childUs += top.dur;
        else tasks.push(top.dur / 1000);
      }
    };
    for (const e of list) {
      close(e.ts);
      stack.push({ end: e.ts + (e.dur ?? 0), name: e.name, childUs: 0, dur: e.dur ?? 0 });
    }
    close(Infinity);
    const seconds = (list[list.length - 1].ts - list[0].ts) / 1e6;
    out.push({
      thread: wanted,
      self: [...self.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 14)
        .map(([k, us]) => [k, us / 1000 / seconds]),
      longestTasksMs: tasks.sort((a, b) => b - a).slice(0, 5),
    });
  }
  return out;
}
