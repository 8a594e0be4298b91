/**
 * What each worker event does to the stores. One exhaustive switch: an event type the page
 * does not know is shown as an error, never ignored. A new run keeps what the student was
 * doing: step-through starts again on the new network, and a selection that still exists
 * stays (a weight's report is asked for again).
 */
import { layoutOf, fitsLayout } from '../engine';
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
import { initialFrameState } from './frameState';
import { resetHistories } from './histories';

/** Events handled outside this module: frames (frameIntake.ts) and snapshots (snapshots.ts). */
export interface EventSinks {
  frame(frame: Frame): void;
  snapshot(event: Extract<WorkerEvent, { type: 'snapshot' }>): void;
}

export function createEventHandler(ctx: Ctx, sinks: EventSinks): (event: WorkerEvent) => void {
  return (event) => {
    switch (event.type) {
      case 'frame':
        return sinks.frame(event.frame);
      case 'snapshot':
        return sinks.snapshot(event);
      case 'configured':
        return configured(ctx, event.configs, event.data);
      case 'reconfigured':
        return ctx.state.setState({ running: event.configs });
      case 'state':
        return ctx.run.setState({ playing: event.playing });
      case 'warning':
        return ctx.run.setState({ warning: event.message });
      case 'error':
        if (event.kind === 'invalid' && (event.command === 'configure' || event.command === 'reset'))
          refusedConfigure(ctx);
        return ctx.run.setState({ error: { kind: event.kind, message: event.message, field: event.field } });
      default: {
        const error = unknownMessage('message from the training worker', event);
        return ctx.run.setState({
          error: { kind: 'crash', message: `The page received an ${error.message}. Reload the page.` },
        });
      }
    }
  };
}

function configured(ctx: Ctx, configs: TrainerConfig[], data: TrainerData[]): void {
  ctx.inFlight.configures = Math.max(0, ctx.inFlight.configures - 1);
  resetHistories(ctx.histories, configs.length);
  ctx.frames.setState(initialFrameState());
  const { error } = ctx.run.getState();
  // A new run starts: a refused setting or a diverged run is history; a crash is not.
  ctx.run.setState({ data, ready: true, warning: null, error: error?.kind === 'crash' ? error : null });
  const s = ctx.state.getState();
  const sizes = configs.map((c, k) => [data[k].inputSize, ...c.hidden.map((l) => l.units), data[k].outputSize]);
  const selectionFits =
    s.selection !== null &&
    sizes[s.selectedTrainer] !== undefined &&
    fitsLayout(layoutOf(sizes[s.selectedTrainer]), s.selection);
  const keepPhase = ctx.inFlight.restorePhase;
  ctx.inFlight.restorePhase = false;
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
  ctx.inFlight.configures = Math.max(0, ctx.inFlight.configures - 1);
  ctx.inFlight.restorePhase = false;
  const { running, mode } = ctx.state.getState();
  if (running[0]) ctx.state.setState({ config: running[0] });
  if (mode === 'step') enterStepperWhenReady(ctx);
}
