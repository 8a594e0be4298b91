/**
 * The page's main-thread CPU profile (--profile, CDP's sampling Profiler) reduced to what
 * says where script time goes. Unlike trace.ts it names JavaScript functions, which is why
 * --profile builds the app unminified.
 */

/** The part of CDP's Profiler.Profile that is read here. */
export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
    children?: number[];
  }[];
  samples?: number[];
  timeDeltas?: number[];
}

export interface ProfileSummary {
  self: [string, number][];
  total: [string, number][];
  byFile: [string, number][];
  /** Total time of functions named like React components (capitalised; the unminified build keeps names). */
  components: [string, number][];
}

/**
 * Self time per function and per source file, and total time (the function and what it
 * calls, e.g. a React component's render) per function, in ms per second of the window.
 */
export function summariseProfile(profile: CpuProfile, seconds: number): ProfileSummary {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const byFile = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let k = 0; k < samples.length; k++) {
    const f = nodes.get(samples[k]);
    if (!f) continue;
    const ms = (deltas[k + 1] ?? 0) / 1000;
    const file = f.url.replace(/^.*\//, '') || f.functionName;
    const name = `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + ms);
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
    // A function counts once per sample even when it recurses.
    const seen = new Set<string>();
    for (let id: number | undefined = samples[k]; id !== undefined; id = parent.get(id)) {
      const g = nodes.get(id);
      if (!g?.url) continue;
      const key = `${g.functionName || '(anonymous)'} ${g.url.replace(/^.*\//, '')}:${g.lineNumber + 1}`;
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + ms);
    }
  }
  const top = (m: Map<string, number>, n: number): [string, number][] =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => [k, v / seconds]);
  const components = new Map([...total].filter(([k]) => /^[A-Z][A-Za-z]+ /.test(k)));
  return { self: top(self, 25), total: top(total, 40), byFile: top(byFile, 12), components: top(components, 20) };
}
