/** Small statistics and formatting helpers for the UI benchmark. */

export function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Nearest-rank percentile (p in 0…1): the smallest value with at least p of the data at or below it. */
export function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
}

/** Frame-to-frame intervals of timestamps that fall in [from, to]. */
export function intervals(stamps: number[], from = -Infinity, to = Infinity): number[] {
  const inside = stamps.filter((t) => t >= from && t <= to);
  const out: number[] = [];
  for (let k = 1; k < inside.length; k++) out.push(inside[k] - inside[k - 1]);
  return out;
}

export const fmtRate = (x: number): string =>
  !Number.isFinite(x)
    ? '–'
    : x >= 1e6
      ? `${(x / 1e6).toFixed(2)}M`
      : x >= 1e3
        ? `${(x / 1e3).toFixed(1)}k`
        : x.toFixed(0);
export const fmtMs = (x: number, digits = 1): string => (Number.isFinite(x) ? `${x.toFixed(digits)} ms` : '–');
export const fmtPct = (x: number): string => (Number.isFinite(x) ? `${(100 * x).toFixed(0)}%` : '–');

export function table(header: string[], rows: string[][], right: boolean[]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (right[c] ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
