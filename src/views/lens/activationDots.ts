/**
 * Per-frame placement of the activation curve's unit dots: each unit's z, a = f(z), f′(z)
 * and status come with the frame, so no value is recomputed — except where a dot is pinned
 * to the edge of the z-range, or sits on the curve before the step-through computed its a,
 * or the layer has a skip connection (its output a = f(z) + a_prev is not on the curve:
 * the dot shows f(z)).
 */
import type { Activation, UnitStatus } from '../../engine/activations';
import { layoutOf, unitIndex } from '../../engine/layout';
import { UNIT_STATUSES } from '../../store/options';
import type { TrainerFrame } from '../../worker/protocol';
import type { PaintedDot } from './paintDots';
import { valueColor } from '../kit/encodings';
import { formatComputed, isComputed } from '../kit/computed';
import { NOT_COMPUTED, formatNumber } from '../kit/format';
import { STATUS_WORDS } from '../kit/labels';
import { neuronName } from '../kit/names';
import { setAttr } from '../kit/setAttr';

export interface DotScales {
  x(z: number): number;
  yF(v: number): number;
  yD(v: number): number;
  /** Half-width of the z-range shown. */
  half: number;
}

export interface DotGroups {
  f: (SVGGElement | null)[];
  df: (SVGGElement | null)[];
}

/**
 * Moves the dots of `layer`'s units; returns the largest finite |z|, how many units pass
 * almost nothing back, and how many have a z that overflowed (±∞: pinned to that edge,
 * NaN: hidden; the caption counts both, and each dot's title names its value). The titles
 * are written only when `text` is due (a few times a second): formatting 64 units' numbers
 * every frame cost a wide network's page more than moving the dots.
 */
export function placeDots(
  tf: TrainerFrame,
  layer: number,
  units: number,
  act: Activation,
  s: DotScales,
  dots: DotGroups,
  text = true,
  onCanvas = false,
) {
  const visible: PaintedDot[] = [];
  const params = layoutOf(tf.layerSizes);
  const skip = tf.skips?.[layer] === true;
  const n = Math.min(units, tf.layerSizes[layer + 1]);
  const { probe } = tf;
  let maxAbsZ = 0;
  let saturated = 0;
  let overflowed = 0;
  for (let j = 0; j < n; j++) {
    const q = unitIndex(params, layer, j);
    const z = probe.z[q];
    const a = probe.a[q];
    const d = probe.df[q];
    const status = UNIT_STATUSES[probe.status[q]] ?? 'ok';
    const flagged = status !== 'ok';
    if (flagged) saturated++;
    const zComputed = isComputed(tf, 'z', layer);
    const aComputed = isComputed(tf, 'a', layer);
    if (zComputed && !Number.isFinite(z)) overflowed++;
    else if (Number.isFinite(z)) maxAbsZ = Math.max(maxAbsZ, Math.abs(z));
    // In step-through a and f′ are not computed until their phase: the dot then sits where z puts it.
    // ±∞ is pinned to its edge of the axis; a NaN z has no place on it, so its dot is hidden.
    const inside = Number.isFinite(z) && Math.abs(z) <= s.half && aComputed && Number.isFinite(a + d);
    const zc = Math.max(-s.half, Math.min(s.half, Number.isNaN(z) ? 0 : z));
    // With a skip, a = f(z) + the input passed around: the dot sits on the curve at f(z).
    const fc = inside && !skip ? a : act.f(zc);
    const dc = inside ? d : act.df(zc, fc);
    const shown = !(zComputed && Number.isNaN(z));
    const look = { x: s.x(zc), yF: s.yF(fc), yD: s.yD(dc), shade: Number.isFinite(a) ? Math.round(a * 48) / 48 : a };
    if (shown) visible.push({ ...look, unit: j, flagged });
    // Painted on a canvas, the SVG dots are the pointer's targets and carry the numbers: moved
    // and labelled at the text rate.
    if (!text && onCanvas) continue;
    const label = text ? dotLabel(act, layer, j, { z, a, d, skip, zComputed, aComputed, status }) : null;
    place(dots.f[j], look.x, look.yF, z, look.shade, flagged, label, shown);
    place(dots.df[j], look.x, look.yD, z, look.shade, flagged, label, shown);
  }
  return { maxAbsZ, saturated, units: n, overflowed, visible };
}

/** What a dot's tooltip says about its unit. */
function dotLabel(
  act: Activation,
  layer: number,
  j: number,
  v: { z: number; a: number; d: number; skip: boolean; zComputed: boolean; aComputed: boolean; status: UnitStatus },
): string {
  const words = v.status !== 'ok' ? ` (${STATUS_WORDS[v.status].word})` : '';
  const fz = v.skip
    ? `f(z) = ${formatNumber(act.f(v.z))}, a = f(z) + skip = ${formatNumber(v.a)}`
    : `f(z) = ${formatNumber(v.a)}`;
  return v.aComputed
    ? `${neuronName(layer, j)}: z = ${formatNumber(v.z)}, ${fz}, f′(z) = ${formatNumber(v.d)}${words}`
    : `${neuronName(layer, j)}: z = ${formatComputed(v.z, v.zComputed)}, f(z) ${NOT_COMPUTED}`;
}

/** Each dot's look as last written (position, shade, flags): an unchanged dot costs one comparison. */
const lastLook = new WeakMap<Element, string>();

/** Moves one unit's dot and records its values (data-z, tooltip); fill = activation (quantised), as on the graph's nodes. */
function place(
  g: SVGGElement | null | undefined,
  px: number,
  py: number,
  z: number,
  shade: number,
  saturated: boolean,
  label: string | null,
  shown: boolean,
) {
  if (!g) return;
  if (label !== null) setAttr(g, 'data-z', String(z)); // machine-readable, for tests and tools (text rate)
  // Half-pixel steps and shades of the palette the eye does not tell apart: on a wide layer
  // most dots then keep their look from one frame to the next, and nothing is written.
  const x2 = Math.round(px * 2);
  const y2 = Math.round(py * 2);
  const look = `${x2},${y2},${shade},${saturated},${shown}`;
  if (lastLook.get(g) !== look) {
    lastLook.set(g, look);
    setAttr(g, 'visibility', shown ? 'visible' : 'hidden');
    setAttr(g, 'transform', `translate(${x2 / 2},${y2 / 2})`);
    setAttr(g, 'data-saturated', String(saturated));
    setAttr(g.children[1], 'fill', valueColor(shade, 1));
    setAttr(g.children[0], 'visibility', saturated ? 'visible' : 'hidden');
  }
  const title = g.children[2];
  if (title && label !== null && title.textContent !== label) title.textContent = label;
}
