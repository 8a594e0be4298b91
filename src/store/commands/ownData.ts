/**
 * The student's own points: switch to them, add, move, remove, undo, import and export as
 * CSV. Each edit changes the set-up's data set (kind 'custom') and rebuilds the networks
 * from where they stand (their trained weights, optimiser state and counters, asked of the
 * worker), so a point added while training shows its effect on the same network.
 */
import type { CustomPoints, TrainerConfig } from '../../worker/protocol';
import { trainerConfigsOf } from '../compare';
import { setOwnPoints } from '../classEdits';
import { classesOf } from '../configRules';
import { configure, type Ctx } from '../context';
import { layerSizesOf } from '../files/networkFile';
import { addPoint, classesNeeded, movePoint, pointRow, pointsFromData, removePoint } from '../ownData/points';
import { describeProblems, parsePointsCsv, pointsToCsv, type LineProblem } from '../ownData/pointsCsv';
import { requestSnapshot } from '../snapshot';

export interface PointsImport {
  /** Whether the points replaced the data set. */
  applied: boolean;
  /** One sentence per bad line (or about the file). */
  problems: string[];
  /** The points read from the good lines, when some lines were bad (the student may take them). */
  good: CustomPoints | null;
  /** The classes the points need when the set-up has fewer (taking them raises K to this), else null. */
  classes: number | null;
}

export interface OwnDataCommands {
  /** Switches to the student's own points: the last ones used, or a copy of the current data set's. */
  useOwnPoints(): void;
  /** Adds a point (class index for classification, ignored for regression) at (x, y) of the map. */
  addPoint(x: number, y: number, classIndex: number): void;
  movePoint(index: number, x: number, y: number): void;
  removePoint(index: number): void;
  undoPoints(): void;
  canUndoPoints(): boolean;
  /** Replaces the data set with these points, raising the classes (softmax) to the ones they use, or to `classes`. */
  setPoints(points: CustomPoints, classes?: number): void;
  /**
   * Reads a CSV of points; applies it when every line is good and its classes fit the set-up,
   * else reports each bad line (or the classes it would take) and changes nothing.
   */
  importPoints(fileName: string, text: string): PointsImport;
  /** The own points as CSV (null when the data set is not the student's). */
  pointsCsv(): string | null;
}

const UNDO_DEPTH = 100;

/** What a points edit may change, and an undo puts back: the data set, and the output the classes took. */
type OwnSetUp = Pick<TrainerConfig, 'dataset' | 'output' | 'loss'>;

export function ownDataCommands(ctx: Ctx): OwnDataCommands {
  const get = ctx.state.getState;
  const undo: OwnSetUp[] = [];
  let lastOwn: { points: CustomPoints; classes: number } | null = null;
  let rebuilding = false;

  /** Rebuilds with the current set-up, resuming each network whose shape is unchanged. */
  const rebuildKeepingWeights = async () => {
    if (rebuilding) return; // the rebuild in flight reads the newest set-up when it sends
    rebuilding = true;
    const snapshot = await requestSnapshot(ctx).catch(() => null);
    rebuilding = false;
    const configs = trainerConfigsOf(get());
    const resume = configs.map((c, k) => {
      const before = snapshot?.configs[k];
      return before && layerSizesOf(before).join() === layerSizesOf(c).join() ? snapshot.trainers[k] : null;
    });
    configure(ctx, { resume });
  };
  const apply = (next: OwnSetUp, remember = true) => {
    const { config } = get();
    if (remember) undo.push({ dataset: config.dataset, output: config.output, loss: config.loss });
    if (undo.length > UNDO_DEPTH) undo.shift();
    if (next.dataset.points) lastOwn = { points: next.dataset.points, classes: next.dataset.classes ?? 2 };
    ctx.run.setState({ problem: null });
    ctx.state.setState({ config: { ...config, ...next } });
    void rebuildKeepingWeights();
  };
  /** The set-up on these points (in at least `classes` classes), or a sentence when it cannot be. */
  const toPoints = (points: CustomPoints, classes?: number) => {
    const edit = setOwnPoints(get().config, points, classes);
    if ('problem' in edit) return refuse(edit.problem.message);
    apply(edit.config);
  };
  /** The own points being edited: the current ones, or a fresh copy of the data shown. */
  const current = (): CustomPoints | null => {
    const { dataset } = get().config;
    if (dataset.kind === 'custom' && dataset.points) return dataset.points;
    const data = ctx.run.getState().data[0];
    return data ? pointsFromData(data) : null;
  };
  const refuse = (message: string) => ctx.run.setState({ problem: { field: 'points', message } });

  const commands: OwnDataCommands = {
    useOwnPoints() {
      if (lastOwn) return toPoints(lastOwn.points, Math.max(lastOwn.classes, classesOf(get().config)));
      const points = current();
      if (!points) return refuse('This data cannot be drawn on the map; choose a 2-D or regression data set first.');
      toPoints(points);
    },
    addPoint(x, y, classIndex) {
      const points = current();
      if (!points) return refuse('Points can be added on the output map of a 2-D or regression data set.');
      const next = addPoint(points, pointRow(points.task, x, y, classIndex));
      if (!next) return refuse(`At most ${points.rows.length} points; remove one first.`);
      toPoints(next);
    },
    movePoint(index, x, y) {
      const points = current();
      if (points?.rows[index]) toPoints(movePoint(points, index, x, y));
    },
    removePoint(index) {
      const points = current();
      if (!points?.rows[index]) return;
      if (points.rows.length === 1)
        return refuse('The network needs at least one point: add another before removing this one.');
      toPoints(removePoint(points, index));
    },
    undoPoints() {
      const previous = undo.pop();
      if (previous) apply(previous, false);
    },
    canUndoPoints: () => undo.length > 0,
    setPoints: (points, classes) => toPoints(points, Math.max(classes ?? 2, classesOf(get().config))),
    importPoints(fileName, text) {
      const { dataset } = get().config;
      const expected = dataset.kind === 'custom' ? dataset.points?.task : undefined;
      const read = parsePointsCsv(text, expected ?? taskOfData(ctx));
      const needed = Math.max(classesNeeded(read.points ?? undefined), read.classes ?? 2);
      const raise = needed > classesOf(get().config) ? needed : null;
      if (read.points && read.problems.length === 0 && raise === null) {
        toPoints(read.points, Math.max(needed, classesOf(get().config)));
        return { applied: true, problems: [], good: null, classes: null };
      }
      if (read.points && read.problems.length === 0) {
        const sentence = `${fileName} has points in ${needed} classes (labels 0 to ${needed - 1}); the set-up has ${classesOf(get().config)}.`;
        return { applied: false, problems: [sentence], good: read.points, classes: raise };
      }
      const problems: LineProblem[] =
        read.problems.length > 0 ? read.problems : [{ line: 1, message: 'no points found' }];
      const more = raise ? [`Its good lines have points in ${needed} classes; taking them switches to ${needed}.`] : [];
      return {
        applied: false,
        problems: [`${fileName} was not loaded:`, ...describeProblems(problems), ...more],
        good: read.points,
        classes: raise,
      };
    },
    pointsCsv() {
      const { dataset } = get().config;
      return dataset.kind === 'custom' && dataset.points ? pointsToCsv(dataset.points, dataset.classes) : null;
    },
  };
  return commands;
}

/** What kind of points the current data would take (1 input: regression), if it is on a map. */
function taskOfData(ctx: Ctx): CustomPoints['task'] | undefined {
  const data = ctx.run.getState().data[0];
  if (!data) return undefined;
  return data.inputSize === 1 && data.task === 'regression'
    ? 'regression'
    : data.inputSize === 2
      ? 'classification'
      : undefined;
}
