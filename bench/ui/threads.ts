/**
 * CPU time of Chromium's threads, read from /proc (Linux). The browser is launched with a
 * harmless marker switch in its command line; its process and every descendant (zygote,
 * renderers, GPU, utility) are found through the parent links, and each thread's
 * utime + stime is read from /proc/<pid>/task/<tid>/stat (clock ticks, usually 10 ms).
 * On a shared machine wall-clock rates depend on what else runs; CPU time says how much
 * work each thread did, and whether the training worker got a core at all.
 */
import { readdirSync, readFileSync } from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux.

export interface ThreadCpu {
  pid: number;
  tid: number;
  /** Chromium's process type (browser, renderer, gpu-process, utility, zygote). */
  process: string;
  /** Thread name (/proc comm, at most 15 characters), e.g. DedicatedWorker, Compositor; "main" for the main thread. */
  thread: string;
  cpuMs: number;
}

function read(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** Fields after the parenthesised comm (which may contain spaces). */
function statFields(stat: string): string[] {
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

function processType(pid: number): string {
  // Chromium rewrites its process title, so the arguments may be separated by spaces, not NULs.
  const cmd = read(`/proc/${pid}/cmdline`)?.split(/[\0 ]/) ?? [];
  const type = cmd.find((a) => a.startsWith('--type='));
  return type ? type.slice('--type='.length) : 'browser';
}

/** Every process of the browser whose command line holds `marker`. */
export function browserPids(marker: string): number[] {
  const parents = new Map<number, number>();
  const roots: number[] = [];
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    const stat = read(`/proc/${pid}/stat`);
    if (!stat) continue;
    parents.set(pid, Number(statFields(stat)[1]));
    if (read(`/proc/${pid}/cmdline`)?.includes(marker)) roots.push(pid);
  }
  const found = new Set(roots);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parents) {
      if (!found.has(pid) && found.has(ppid)) {
        found.add(pid);
        grew = true;
      }
    }
  }
  return [...found];
}

export function threadCpu(pids: number[]): ThreadCpu[] {
  const out: ThreadCpu[] = [];
  for (const pid of pids) {
    const type = processType(pid);
    let tids: string[];
    try {
      tids = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const t of tids) {
      const stat = read(`/proc/${pid}/task/${t}/stat`);
      if (!stat) continue;
      const f = statFields(stat);
      // After the comm: state(0) ppid(1) … utime(11) stime(12).
      // A process's main thread keeps the executable's name (Chromium does not rename it): call it "main".
      const comm = Number(t) === pid ? 'main' : stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      out.push({ pid, tid: Number(t), process: type, thread: comm, cpuMs: (Number(f[11]) + Number(f[12])) * TICK_MS });
    }
  }
  return out;
}

/** CPU ms per "process/thread" name spent between two snapshots (threads summed by name). */
export function cpuBetween(before: ThreadCpu[], after: ThreadCpu[]): Map<string, number> {
  const base = new Map(before.map((t) => [`${t.pid}/${t.tid}`, t.cpuMs]));
  const sums = new Map<string, number>();
  for (const t of after) {
    const d = t.cpuMs - (base.get(`${t.pid}/${t.tid}`) ?? 0);
    if (d <= 0) continue;
    const key = `${t.process}/${t.thread}`;
    sums.set(key, (sums.get(key) ?? 0) + d);
  }
  return sums;
}

/** CPU time used by the whole machine so far (all cores, all processes), in ms. */
export function machineBusyMs(): number {
  const line = read('/proc/stat')?.split('\n')[0] ?? '';
  const [, user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).map(Number);
  return (user + nice + system + irq + softirq + steal) * TICK_MS;
}
