/**
 * The student's own points as plain values: what a point may be (the one place for its
 * limits), the edits (add, move, remove: pure, each returning a new set), and a copy of
 * the current data set's points to start editing from. Classification rows are
 * [x₁, x₂, class index 0 … K−1] (K, 2–5, is the dataset's `classes`), regression rows
 * [x, y] (see CustomPoints in worker/protocol.ts).
 */
import { z } from '../schemaZod';
import { DOMAIN } from '../../engine';
import type { CustomPoints, TrainerData } from '../../worker/protocol';
import { MAX_CLASS_INDEX } from '../../worker/runData';

export { MAX_CLASS_INDEX };

export const POINT_LIMITS = {
  /** x₁, x₂ (and x for regression) stay on the output map: −6 … 6. */
  coordinate: DOMAIN,
  /** A regression target y. */
  target: 10,
  /** Enough for any data set the app generates, small enough for a link. */
  maxPoints: 1000,
} as const;

const coordinate = z.number().finite().min(-POINT_LIMITS.coordinate).max(POINT_LIMITS.coordinate);
const classRow = z.tuple([coordinate, coordinate, z.number().int().min(0).max(MAX_CLASS_INDEX)]);
const regressionRow = z.tuple([coordinate, z.number().finite().min(-POINT_LIMITS.target).max(POINT_LIMITS.target)]);

export const customPointsSchema = z.discriminatedUnion('task', [
  z.object({ task: z.literal('classification'), rows: z.array(classRow).min(1).max(POINT_LIMITS.maxPoints) }),
  z.object({ task: z.literal('regression'), rows: z.array(regressionRow).min(1).max(POINT_LIMITS.maxPoints) }),
]);

/** Coordinates are kept to 0.01: finer than a pixel on the map, and short in a link. */
export function roundCoordinate(v: number): number {
  return Math.round(v * 100) / 100;
}

/** A row clamped to the map and rounded; the class index (classification) is kept as given. */
export function pointRow(task: CustomPoints['task'], x: number, y: number, label = 0): number[] {
  const c = POINT_LIMITS.coordinate;
  const clampX = roundCoordinate(Math.max(-c, Math.min(c, x)));
  if (task === 'regression') {
    const t = POINT_LIMITS.target;
    return [clampX, roundCoordinate(Math.max(-t, Math.min(t, y)))];
  }
  return [clampX, roundCoordinate(Math.max(-c, Math.min(c, y))), label];
}

export function addPoint(points: CustomPoints, row: number[]): CustomPoints | null {
  if (points.rows.length >= POINT_LIMITS.maxPoints) return null;
  return { ...points, rows: [...points.rows, row] };
}

/** Moves point `index` to (x, y), keeping its class. */
export function movePoint(points: CustomPoints, index: number, x: number, y: number): CustomPoints {
  const old = points.rows[index];
  if (!old) return points;
  const row = pointRow(points.task, x, y, old[2]);
  return { ...points, rows: points.rows.map((r, k) => (k === index ? row : r)) };
}

export function removePoint(points: CustomPoints, index: number): CustomPoints {
  return { ...points, rows: points.rows.filter((_, k) => k !== index) };
}

/** The fewest classes these points need (2, or one more than the highest class index). */
export function classesNeeded(points: CustomPoints | undefined): number {
  if (points?.task !== 'classification') return 2;
  return points.rows.reduce((k, row) => Math.max(k, row[2] + 1), 2);
}

/** How many points have a class index of `classes` or more (those K classes cannot hold). */
export function pointsBeyond(points: CustomPoints | undefined, classes: number): number {
  return points?.task === 'classification' ? points.rows.filter((row) => row[2] >= classes).length : 0;
}

/**
 * The class of example n: one output is the positive class in the upper half of the output
 * range (as the map colours it); one-hot rows are the class with the largest target.
 */
function classIndexOf(targets: Float64Array, n: number, data: TrainerData): number {
  if (data.labels !== 'one-hot') return targets[n] > (data.labels === 'plus-minus' ? 0 : 0.5) ? 1 : 0;
  const K = data.outputSize;
  let best = 0;
  for (let c = 1; c < K; c++) if (targets[n * K + c] > targets[n * K + best]) best = c;
  return best;
}

/**
 * The current data set's points (training, then test) as own points to start editing from.
 * Null for data the map cannot show (the one-example toy has one input but no map).
 */
export function pointsFromData(data: TrainerData): CustomPoints | null {
  const rows: number[][] = [];
  const regression = data.task === 'regression';
  const outputs = data.labels === 'one-hot' && !regression ? data.outputSize : 1;
  if (data.inputSize !== (regression ? 1 : 2) || data.outputSize !== outputs) return null;
  for (const set of [data.train, data.test]) {
    for (let n = 0; n < set.count && rows.length < POINT_LIMITS.maxPoints; n++) {
      const x = set.inputs[n * data.inputSize];
      rows.push(
        regression
          ? pointRow('regression', x, set.targets[n])
          : pointRow('classification', x, set.inputs[n * 2 + 1], classIndexOf(set.targets, n, data)),
      );
    }
  }
  return rows.length > 0 ? { task: regression ? 'regression' : 'classification', rows } : null;
}
