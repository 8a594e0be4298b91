/**
 * The bounded histories the charts draw: per trainer, the loss over steps and the per-layer
 * gradient statistics over steps. They are mutated in place (no allocation per frame); the
 * store's versions change whenever one of them does, which is what the charts watch.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { Frame } from '../worker/protocol';
import { GradientHistory } from './gradientHistory';
import { LossHistory } from './ringBuffer';

export interface HistoriesState {
  /** One per trainer, index = trainer. */
  loss: LossHistory[];
  gradients: GradientHistory[];
  /** Bumped when a loss history changes (at the evaluation rate, ~10 Hz while playing). */
  lossVersion: number;
  /** Bumped when a gradient history changes (every frame while playing). */
  gradientVersion: number;
}

export function initialHistories(): HistoriesState {
  return { loss: [], gradients: [], lossVersion: 0, gradientVersion: 0 };
}

/** A new run: empty loss histories, one per trainer, and no gradient history yet. */
export function resetHistories(store: StoreApi<HistoriesState>, trainers: number): void {
  store.setState((s) => ({
    loss: Array.from({ length: trainers }, () => new LossHistory()),
    gradients: [],
    lossVersion: s.lossVersion + 1,
    gradientVersion: s.gradientVersion + 1,
  }));
}

/**
 * Records a frame: its evaluated losses (when fresh, finite or not) and every trainer's layer
 * statistics. A trainer whose layer count changed, or whose step went backwards (a
 * reset), starts a fresh gradient history.
 */
export function recordFrame(store: StoreApi<HistoriesState>, frame: Frame, gradientCapacity?: number): void {
  const { loss, gradients, lossVersion, gradientVersion } = store.getState();
  let lossChanged = false;
  let changed = false;
  let next = gradients;
  frame.trainers.forEach((t, k) => {
    const h = loss[k];
    // An overflowed loss is recorded too: the chart marks where it happened rather than skip it.
    if (h && t.evalStep >= 0) {
      const before = h.version;
      h.push(t.evalStep, t.trainLoss, t.testLoss, t.trainAccuracy ?? NaN, t.testAccuracy ?? NaN);
      lossChanged ||= h.version !== before;
    }
    const layers = t.layerSizes.length - 1;
    let g = next[k];
    if (!g || g.layers !== layers) {
      if (next === gradients) next = gradients.slice();
      g = next[k] = new GradientHistory(layers, gradientCapacity);
      changed = true;
    } else if (t.step < g.lastStep) {
      g.clear();
      changed = true;
    }
    const before = g.version;
    g.push(t.step, t.stats);
    changed ||= g.version !== before;
  });
  if (next.length > frame.trainers.length) next = next.slice(0, frame.trainers.length);
  if (changed || lossChanged || next !== gradients) {
    store.setState({
      gradients: next,
      lossVersion: lossVersion + (lossChanged ? 1 : 0),
      gradientVersion: gradientVersion + (changed || next !== gradients ? 1 : 0),
    });
  }
}
