/**
 * What each worker event does to the stores. One exhaustive switch: an event type the page
 * does not know is shown as an error, never ignored. A new run keeps what the student was
 * doing: step-through starts again on the new network, and a selection that still exists
 * stays (a weight's report is asked for again).
 */
import { layoutOf, fitsLayout, type KernelPath } from '../engine';
import {
  unknownMessage,
  type Frame,
  type StepperExample,
  type TrainerConfig,
  type TrainerData,
  type WorkerEvent,
} from '../worker/protocol';
import { FIRST_ROW, selectedWeight } from './appState';
import { enterStepperWhenReady, type Ctx } from './context';
import { failureText, restoredText } from './failureText';
import { initialFrameState } from './frameState';
import { resetHistories } from './histories';
import { receiveSnapshot } from './snapshot';

/** What the worker's supervisor needs to hear. */
export interface SupervisionEvents {
  pong(id: number): void;
  failed(reason: string): void;
  playing(on: boolean): void;
}

export function createEventHandler(
  ctx: Ctx,
  onFrame: (frame: Frame) => void,
  supervision: SupervisionEvents,
): (event: WorkerEvent) => void {
  return (event) => {
    switch (event.type) {
      case 'frame':
        return onFrame(event.frame);
      case 'configured':
        return configured(ctx, event.configs, event.data, event.kernels);
      case 'snapshot':
        return receiveSnapshot(ctx, event);
      case 'reconfigured':
        return ctx.state.setState({ running: event.configs });
      case 'state':
        supervision.playing(event.playing);
        return ctx.run.setState({ playing: event.playing, ...(event.playing ? { alarm: null } : {}) });
      case 'warning':
        return ctx.run.setState({ warning: event.message });
      case 'alarm':
        return ctx.run.setState({ alarm: event.alarm });
      case 'restored':
        // The alarm said why; the earlier warning gives way to the confirmation (the banner shows one message).
        return ctx.run.setState({ alarm: null, warning: null, notice: restoredText(event.trainer, event.step, ctx) });
      case 'pong':
        return supervision.pong(event.id);
      case 'failed':
        return supervision.failed(event.message);
      case 'error':
        if (event.kind === 'invalid' && (event.command === 'configure' || event.command === 'reset'))
          refusedConfigure(ctx);
        return ctx.run.setState({
          error: {
            kind: event.kind,
            message: failureText(event),
            ...(event.field !== undefined ? { field: event.field } : {}),
            ...(event.command !== undefined ? { command: event.command } : {}),
            ...(event.during !== undefined ? { during: event.during } : {}),
          },
        });
      default: {
        const error = unknownMessage('message from the training worker', event);
        return ctx.run.setState({
          error: { kind: 'crash', message: `The page received an ${error.message} and ignored it.` },
        });
      }
    }
  };
}

function configured(ctx: Ctx, configs: TrainerConfig[], data: TrainerData[], kernels: KernelPath[]): void {
  const { keepPhase, continuing } = ctx.inFlight.configures.shift() ?? { keepPhase: false, continuing: false };
  // A restarted worker continues the same run: the charts keep their history and the last frame stays up.
  if (!continuing) {
    resetHistories(ctx.histories, configs.length);
    ctx.frames.setState(initialFrameState());
  }
  const { error } = ctx.run.getState();
  // A new run starts: a refused setting or an alarm is history; a failure that was not recovered is not.
  ctx.run.setState({
    data,
    kernels,
    ready: true,
    warning: null,
    alarm: null,
    error: error?.kind === 'crash' && !continuing ? error : null,
  });
  const s = ctx.state.getState();
  const sizes = configs.map((c, k) => [data[k].inputSize, ...c.hidden.map((l) => l.units), data[k].outputSize]);
  const selectionFits =
    s.selection !== null &&
    sizes[s.selectedTrainer] !== undefined &&
    fitsLayout(layoutOf(sizes[s.selectedTrainer]), s.selection);
  ctx.state.setState({
    running: configs,
    selection: selectionFits ? s.selection : null,
    stepThrough: { example: exampleFor(s.stepThrough.example, data[0]), phase: keepPhase ? s.stepThrough.phase : 0 },
  });
  const weight = selectionFits ? selectedWeight(s.selection) : null;
  if (weight) ctx.send({ type: 'select-weight', weight, trainer: s.selectedTrainer });
  if (s.mode === 'step') enterStepperWhenReady(ctx);
}

/** The chosen example if it fits the new data, else the first training row. */
function exampleFor(example: StepperExample, data: TrainerData | undefined): StepperExample {
  if (!data) return FIRST_ROW;
  if (example.kind === 'row') return example.index < data.train.count ? example : FIRST_ROW;
  return example.input.length === data.inputSize && example.target.length === data.outputSize ? example : FIRST_ROW;
}

/**
 * A refused configuration leaves the worker on the last good networks: show that set-up
 * again in the controls, and take up a step-through that waited for the new networks.
 */
function refusedConfigure(ctx: Ctx): void {
  ctx.inFlight.configures.shift();
  const { running, mode } = ctx.state.getState();
  if (running[0]) ctx.state.setState({ config: running[0] });
  if (mode === 'step') enterStepperWhenReady(ctx);
}
