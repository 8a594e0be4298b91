/**
 * A fake page for driving a TrainingSession in Node with the real clock: every event is
 * delivered as postMessage would (structured clone, typed arrays transferred), frames
 * are acknowledged on the next macrotask as the bridge does, and small polling helpers
 * wait for conditions instead of sleeping for fixed times.
 */
import { vi } from 'vitest';
import {
  createNetwork,
  createOptimizer,
  generateDataset,
  splitDataset,
  type Dataset,
  type Network,
  type Optimizer,
} from '../../src/engine';
import { realClock, type Clock } from '../../src/worker/clock';
import type { Command, Frame, ProbeState, StepperFrame, TrainerConfig, WorkerEvent } from '../../src/worker/protocol';
import { TrainingSession } from '../../src/worker/session';
import { labelStyleFor } from '../../src/worker/trainerRun';

export interface Delivered {
  /** What the page receives (a structured clone). */
  event: WorkerEvent;
  /** The object the worker posted; its transferred buffers are detached afterwards. */
  posted: WorkerEvent;
  transfer: Transferable[];
  /** The session clock's last reading before it was posted (the time the session stamped it with). */
  at: number;
}

export interface PageOptions {
  /** Acknowledge every frame on the next macrotask (default true). */
  autoAck?: boolean;
}

export class FakePage {
  readonly clock: Clock;
  readonly session: TrainingSession;
  readonly log: Delivered[] = [];
  autoAck: boolean;
  private disposed = false;

  constructor(options: PageOptions = {}) {
    this.autoAck = options.autoAck ?? true;
    const real = realClock();
    let lastNow = 0;
    this.clock = { ...real, now: () => (lastNow = real.now()) };
    this.session = new TrainingSession((posted, transfer = []) => {
      const event = structuredClone(posted, { transfer });
      this.log.push({ event, posted, transfer, at: lastNow });
      if (event.type === 'frame' && this.autoAck) {
        const id = event.frame.id;
        setTimeout(() => {
          if (!this.disposed) this.session.handle({ type: 'ack', id });
        }, 0);
      }
    }, this.clock);
  }

  send(cmd: Command): void {
    this.session.handle(cmd);
  }

  /** Sends a command that is not in the protocol (a page bug or a corrupted message). */
  sendRaw(cmd: unknown): void {
    this.session.handle(cmd as Command);
  }

  get events(): WorkerEvent[] {
    return this.log.map((d) => d.event);
  }

  frames(): Frame[] {
    return this.events.flatMap((e) => (e.type === 'frame' ? [e.frame] : []));
  }

  lastFrame(): Frame {
    const f = this.frames();
    if (f.length === 0) throw new Error('no frame yet');
    return f[f.length - 1];
  }

  errors(): Extract<WorkerEvent, { type: 'error' }>[] {
    return this.events.flatMap((e) => (e.type === 'error' ? [e] : []));
  }

  /** A marker: events after it are the ones `since(mark)` returns. */
  mark(): number {
    return this.log.length;
  }

  since(mark: number): WorkerEvent[] {
    return this.log.slice(mark).map((d) => d.event);
  }

  framesSince(mark: number): Frame[] {
    return this.since(mark).flatMap((e) => (e.type === 'frame' ? [e.frame] : []));
  }

  /** Waits for the first frame after `mark` that satisfies `pred`. */
  async frameAfter(mark: number, pred: (f: Frame) => boolean = () => true, timeout = 10_000): Promise<Frame> {
    return vi.waitFor(
      () => {
        const f = this.framesSince(mark).find(pred);
        if (!f) throw new Error('no matching frame yet');
        return f;
      },
      { timeout, interval: 5 },
    );
  }

  /** Sends `cmd` and waits for the first frame it causes. */
  async request(cmd: Command, pred?: (f: Frame) => boolean): Promise<Frame> {
    const m = this.mark();
    this.send(cmd);
    return this.frameAfter(m, pred);
  }

  /** Moves the step-through one phase on (`+1`) or back (`-1`) from where the last frame shows it. */
  async stepPhase(delta: 1 | -1): Promise<Frame> {
    const position = this.lastFrame().stepper?.position ?? 0;
    return this.request({ type: 'stepper-seek', position: position + delta });
  }

  /** Waits until an event after `mark` satisfies `pred`. */
  async eventAfter<T extends WorkerEvent>(
    mark: number,
    pred: (e: WorkerEvent) => e is T,
    timeout = 10_000,
  ): Promise<T> {
    return vi.waitFor(
      () => {
        const e = this.since(mark).find(pred);
        if (!e) throw new Error('no matching event yet');
        return e;
      },
      { timeout, interval: 5 },
    );
  }

  /** Waits for roughly `ms` of real time (only to check that nothing happens meanwhile). */
  async idle(ms: number): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, ms));
  }

  dispose(): void {
    this.disposed = true;
    this.session.handle({ type: 'dispose' });
    this.clock.close?.();
  }
}

/**
 * Time budget of a test that makes dozens of round trips (each waits for the frame cap
 * and an acknowledgement): generous, so a loaded machine does not fail it. Not a timing
 * assertion.
 */
export const ROUND_TRIPS_TIMEOUT = 30_000;

export const isError = (e: WorkerEvent): e is Extract<WorkerEvent, { type: 'error' }> => e.type === 'error';
export const isState = (e: WorkerEvent): e is Extract<WorkerEvent, { type: 'state' }> => e.type === 'state';
export const isConfigured = (e: WorkerEvent): e is Extract<WorkerEvent, { type: 'configured' }> =>
  e.type === 'configured';

/** A small, quick configuration: 2-D circle data, two tanh layers, plain SGD. */
export function smallConfig(patch: Partial<TrainerConfig> = {}): TrainerConfig {
  return {
    hidden: [
      { units: 4, activation: 'tanh' },
      { units: 3, activation: 'tanh' },
    ],
    output: 'tanh',
    loss: 'mse',
    init: { kind: 'xavier-uniform', scale: 1 },
    optimizer: { kind: 'sgd', learningRate: 0.05 },
    batchSize: 10,
    dataset: { kind: 'circle', count: 103, noise: 0, testFraction: 0.2 },
    seed: 7,
    ...patch,
  };
}

/**
 * The engine objects a config stands for, built with the engine directly (mirrors the
 * documented mapping: data seeded by `seed`, split by `seed + 1`, weights by `seed`).
 */
export function engineReplica(config: TrainerConfig): {
  net: Network;
  optimizer: Optimizer;
  train: Dataset;
  test: Dataset;
} {
  const data = generateDataset({
    kind: config.dataset.kind as Exclude<TrainerConfig['dataset']['kind'], 'custom'>,
    count: config.dataset.count,
    noise: config.dataset.noise,
    seed: config.seed,
    labels: labelStyleFor(config),
  });
  const { train, test } = splitDataset(data, config.dataset.testFraction, config.seed + 1);
  const net = createNetwork({
    inputSize: data.inputSize,
    layers: [...config.hidden, { units: data.outputSize, activation: config.output }],
    loss: config.loss,
    init: config.init,
    seed: config.seed,
  });
  return { net, optimizer: createOptimizer(net, config.optimizer), train, test };
}

/**
 * What a frame shows of the step-through, in one object: the stepper's phases, position and
 * weights before the step, and its example's values (the first trainer's probe, params and
 * grads while stepping), with the optimiser settings that trainer runs.
 */
export interface StepView extends StepperFrame {
  probe: ProbeState;
  params: Float64Array;
  grads: Float64Array;
  learningRate: number;
  optimizer: string;
}

export function stepView(f: Frame): StepView | null {
  const st = f.stepper;
  const t = f.trainers[0];
  if (!st || !t) return null;
  return {
    ...st,
    probe: t.probe,
    params: t.params,
    grads: t.grads,
    learningRate: t.optimizer.learningRate,
    optimizer: t.optimizer.kind,
  };
}

/** Row `i` of a dataset as a one-example batch. */
export function rowOf(d: Dataset, i: number): { x: Float64Array; y: Float64Array } {
  return {
    x: d.inputs.slice(i * d.inputSize, (i + 1) * d.inputSize),
    y: d.targets.slice(i * d.outputSize, (i + 1) * d.outputSize),
  };
}
