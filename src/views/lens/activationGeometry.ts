/**
 * The maths behind the activation curve: f and f′ sampled over a z-range, the saturated
 * intervals (|f′(z)| below SATURATION_SHARE of the maximum slope, the engine's own
 * definition), and a z-range that grows with the units' z values.
 */
import { passesAlmostNothing, type Activation } from '../../engine/activations';

/** Half-width of the z-range before any dot asks for more. Wider than ±6 so sigmoid's saturated tails (|z| ≳ 6) show. */
export const MIN_HALF_RANGE = 8;
/** Dots further out than this are pinned to the edge. */
export const MAX_HALF_RANGE = 100;
const NICE_HALVES = [8, 10, 12, 16, 20, 25, 30, 40, 50, 60, 80, 100];

export interface CurveSamples {
  f: [number, number][];
  df: [number, number][];
}

/** f and f′ at `count` points over [−half, half], plus either side of 0 so ReLU's step in f′ stays vertical. */
export function sampleCurve(act: Activation, half: number, count = 301): CurveSamples {
  const zs: number[] = [];
  for (let k = 0; k < count; k++) zs.push(-half + (2 * half * k) / (count - 1));
  zs.push(-1e-9, 1e-9);
  zs.sort((a, b) => a - b);
  const f: [number, number][] = [];
  const df: [number, number][] = [];
  for (const z of zs) {
    const a = act.f(z);
    f.push([z, a]);
    df.push([z, act.df(z, a)]);
  }
  return { f, df };
}

export function isSaturated(act: Activation, z: number): boolean {
  return passesAlmostNothing(act, act.df(z, act.f(z)));
}

/** Where on [−half, half] a unit would count as saturated, as [from, to] intervals. */
export function saturatedRegions(act: Activation, half: number, count = 1201): [number, number][] {
  const regions: [number, number][] = [];
  const zAt = (k: number) => -half + (2 * half * k) / (count - 1);
  let start: number | null = null;
  let previous = false;
  for (let k = 0; k < count; k++) {
    const z = zAt(k);
    const now = isSaturated(act, z);
    if (now && !previous) start = k === 0 ? z : edge(act, zAt(k - 1), z);
    if (!now && previous && start !== null) regions.push([start, edge(act, zAt(k - 1), z)]);
    previous = now;
  }
  if (previous && start !== null) regions.push([start, half]);
  return regions;
}

/** The boundary between lo and hi (one saturated, the other not), by bisection. */
function edge(act: Activation, lo: number, hi: number): number {
  const atLo = isSaturated(act, lo);
  for (let k = 0; k < 30; k++) {
    const mid = (lo + hi) / 2;
    if (isSaturated(act, mid) === atLo) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * The half-width to show for dots reaching out to |z| = `maxAbsZ`: a nice number with
 * some room. It grows at once but only shrinks when the dots use less than half of it,
 * so the axis does not twitch from one frame to the next.
 */
export function nextHalfRange(maxAbsZ: number, current: number): number {
  const want = Number.isFinite(maxAbsZ) ? maxAbsZ * 1.15 : MAX_HALF_RANGE;
  const nice = NICE_HALVES.find((h) => h >= want) ?? MAX_HALF_RANGE;
  if (nice > current) return nice;
  return want < current / 2 ? Math.max(MIN_HALF_RANGE, nice) : current;
}

/** [min, max] of the second coordinate, padded by `pad` of the span (and including `include`). */
export function paddedExtent(
  points: readonly [number, number][],
  pad: number,
  include: number[] = [],
): [number, number] {
  let min = Math.min(...include, Infinity);
  let max = Math.max(...include, -Infinity);
  for (const [, v] of points) {
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (!(max > min)) return [min - 1, max + 1];
  const span = max - min;
  return [min - pad * span, max + pad * span];
}
