/**
 * The bridge: owns the worker client and turns its messages into store updates. Frames
 * go to the vanilla frame store (drawn per animation frame); counters refresh a few times
 * a second; each frame is acknowledged after the page's next animation frame, so the
 * worker never sends faster than the page draws. Config changes become commands: the
 * optimiser and batch size change live, anything else rebuilds the network.
 */
import type { Command, Frame, TrainerConfig, TrainerData, WorkerEvent } from '../worker/protocol';
import { useConfigStore } from './configStore';
import { publishFrame } from './frameStore';
import { clearGradientHistory, recordGradients } from './gradientHistory';
import { LossHistory } from './ringBuffer';
import { useRunStore, type TrainerCounters } from './runStore';
import { trainerConfigsOf } from './compare';
import { useSelectionStore } from './selectionStore';
import { useUiStore } from './uiStore';

export interface WorkerLike {
  postMessage(message: Command): void;
  onmessage: ((e: MessageEvent<WorkerEvent>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  terminate(): void;
}

export interface Bridge {
  send(cmd: Command): void;
  dispose(): void;
}

/** Counters shown as text refresh at most this often while playing. */
export const COUNTER_MS = 250;

let active: Bridge | null = null;

/** Sends a command through the running bridge (views call this; no-op before start). */
export function send(cmd: Command): void {
  active?.send(cmd);
}

export function startBridge(
  createWorker: () => WorkerLike,
  schedule: (fn: () => void) => void = (fn) => requestAnimationFrame(() => fn()),
  now: () => number = () => performance.now(),
): Bridge {
  const worker = createWorker();
  let lastCounters = -Infinity;
  /** The configs the worker runs: the last one it accepted, with the live changes sent since. */
  let accepted: TrainerConfig[] = [];
  let disposed = false;
  let reverting = false;

  const onFrame = (frame: Frame) => {
    publishFrame(frame);
    recordGradients(frame);
    const run = useRunStore.getState();
    let grew = false;
    frame.trainers.forEach((t, k) => {
      const h = run.history[k];
      if (h && t.evalStep >= 0 && Number.isFinite(t.trainLoss)) {
        const before = h.version;
        h.push(t.evalStep, t.trainLoss, t.testLoss);
        grew ||= h.version !== before;
      }
    });
    const t = now();
    if (!frame.playing || t - lastCounters >= COUNTER_MS) {
      lastCounters = t;
      useRunStore.setState({ counters: frame.trainers.map(countersOf), examplesPerSecond: frame.examplesPerSecond,
        playing: frame.playing, ...(grew ? { historyVersion: run.historyVersion + 1 } : {}) });
    } else if (grew) {
      useRunStore.setState({ historyVersion: run.historyVersion + 1 });
    }
    schedule(() => {
      if (!disposed) worker.postMessage({ type: 'ack', id: frame.id });
    });
  };

  worker.onmessage = (e) => {
    const ev = e.data;
    switch (ev.type) {
      case 'frame': return onFrame(ev.frame);
      case 'configured':
        accepted = ev.configs;
        clearGradientHistory();
        carryOver(ev.configs, ev.data, (cmd) => worker.postMessage(cmd));
        return useRunStore.setState({ data: ev.data, configs: ev.configs, history: ev.configs.map(() => new LossHistory()),
          historyVersion: useRunStore.getState().historyVersion + 1, ready: true, warning: null,
          // A new run starts: a refused setting or a diverged run is history; a crash is not.
          error: useRunStore.getState().error?.kind === 'crash' ? useRunStore.getState().error : null });
      case 'state': return useRunStore.setState({ playing: ev.playing });
      case 'warning': return useRunStore.setState({ warning: ev.message });
      case 'error':
        // A refused configuration leaves the worker on the last good one: show that one again
        // (without sending it back, which would rebuild the running network).
        if (ev.kind === 'invalid' && ev.command === 'configure' && accepted.length > 0) {
          reverting = true;
          try {
            revertTo(accepted[0]);
          } finally {
            reverting = false;
          }
        }
        return useRunStore.setState({ error: { kind: ev.kind, message: ev.message, field: ev.field } });
    }
  };
  worker.onerror = (e) => {
    useRunStore.setState({ playing: false,
      error: { kind: 'crash', message: `The training worker stopped: ${e.message || 'unknown error'}. Reload the page to start again.` } });
  };

  let previous = trainerConfigsOf(useConfigStore.getState());
  const unsubscribe = useConfigStore.subscribe((state) => {
    const next = trainerConfigsOf(state);
    if (next === previous) return;
    const cmds = commandsForChange(previous, next);
    previous = next;
    if (reverting) return;
    if (cmds.every((c) => c.type !== 'configure')) {
      accepted = accepted.map((a, k) => (next[k] ? { ...a, optimizer: next[k].optimizer, batchSize: next[k].batchSize } : a));
    }
    cmds.forEach((c) => worker.postMessage(c));
  });

  // The inspector's chain-rule paths and slope curve are computed in the worker for the selected weight.
  const unsubscribeSelection = useSelectionStore.subscribe((state, prev) => {
    if (state.selected === prev.selected) return;
    const sel = state.selected;
    worker.postMessage({ type: 'select-weight', trainer: state.selectedTrainer,
      weight: sel?.kind === 'weight' ? { layer: sel.layer, to: sel.to, from: sel.from } : null });
  });

  const bridge: Bridge = {
    send: (cmd) => worker.postMessage(cmd),
    dispose() {
      disposed = true;
      unsubscribe();
      unsubscribeSelection();
      worker.postMessage({ type: 'dispose' });
      worker.terminate();
      if (active === bridge) active = null;
    },
  };
  active = bridge;
  worker.postMessage({ type: 'configure', trainers: previous });
  return bridge;
}

/**
 * A rebuilt network keeps what the student was doing: step-through starts again on the new
 * network (the old stepper went with the old one), and a selected weight is asked for again
 * if it still exists, or let go if the new shape has no such weight.
 */
function carryOver(configs: TrainerConfig[], data: TrainerData[], post: (cmd: Command) => void): void {
  if (useUiStore.getState().mode === 'step') post({ type: 'stepper-enter', example: { kind: 'row', index: 0 } });
  const { selected, selectedTrainer, select } = useSelectionStore.getState();
  if (selected?.kind !== 'weight') return;
  const config = configs[selectedTrainer];
  const d = data[selectedTrainer];
  const sizes = config && d ? [d.inputSize, ...config.hidden.map((l) => l.units), d.outputSize] : [];
  const exists = selected.layer + 1 < sizes.length && selected.to < sizes[selected.layer + 1] && selected.from < sizes[selected.layer];
  if (!exists) return select(null);
  post({ type: 'select-weight', trainer: selectedTrainer, weight: { layer: selected.layer, to: selected.to, from: selected.from } });
}

function revertTo(config: TrainerConfig): void {
  const current = useConfigStore.getState().config;
  if (JSON.stringify(current) !== JSON.stringify(config)) useConfigStore.getState().load(config);
}

function countersOf(t: Frame['trainers'][number]): TrainerCounters {
  return { step: t.step, epoch: t.epoch, examplesSeen: t.examplesSeen, batchLoss: t.batchLoss,
    trainLoss: t.trainLoss, testLoss: t.testLoss, trainAccuracy: t.trainAccuracy, testAccuracy: t.testAccuracy };
}

/** Learning rate, optimiser and batch size change live; anything else rebuilds. */
export function commandsForChange(prev: TrainerConfig[], next: TrainerConfig[]): Command[] {
  const strip = (c: TrainerConfig) => JSON.stringify({ ...c, optimizer: null, batchSize: null });
  if (prev.length !== next.length || prev.some((p, k) => strip(p) !== strip(next[k]))) {
    return [{ type: 'configure', trainers: next }];
  }
  const cmds: Command[] = [];
  next.forEach((c, k) => {
    if (JSON.stringify(c.optimizer) !== JSON.stringify(prev[k].optimizer)) {
      cmds.push({ type: 'set-optimizer', patch: c.optimizer, trainer: k });
    }
    if (c.batchSize !== prev[k].batchSize) cmds.push({ type: 'set-batch-size', batchSize: c.batchSize, trainer: k });
  });
  return cmds;
}
