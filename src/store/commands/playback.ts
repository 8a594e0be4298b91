/**
 * Training commands: play, pause, step a mini-batch or an epoch, reset, and the pace.
 * Each ends a step-through first (in the worker and on the page alike), so the screen
 * never claims a step is in progress when none is.
 */
import { LIMITS } from '../../engine';
import type { Speed, StepUnit } from '../../worker/protocol';
import type { Ctx } from '../context';

export interface PlaybackCommands {
  play(): void;
  pause(): void;
  /** Play when paused, pause when playing. */
  togglePlay(): void;
  step(unit: StepUnit): void;
  /** Back to the first weights of the same set-up. */
  reset(): void;
  setSpeed(speed: Speed): void;
}

export function playbackCommands(ctx: Ctx, leaveStepThrough: () => void): PlaybackCommands {
  const train = (send: () => void) => {
    if (ctx.state.getState().mode === 'step') leaveStepThrough();
    send();
  };
  const commands: PlaybackCommands = {
    play: () => train(() => ctx.send({ type: 'play' })),
    pause: () => train(() => ctx.send({ type: 'pause' })),
    togglePlay: () => (ctx.run.getState().playing ? commands.pause() : commands.play()),
    step: (unit) =>
      train(() => {
        // An alarm describes the run as it stood; a step goes on from there (and raises it again if need be).
        ctx.run.setState({ alarm: null });
        ctx.send({ type: 'step', unit });
      }),
    reset: () =>
      train(() => {
        // A reset rebuilds the networks: the worker answers it as it answers a configure.
        ctx.inFlight.configures.push({ keepPhase: false, continuing: false });
        ctx.send({ type: 'reset' });
      }),
    setSpeed(speed) {
      if (speed !== null && !(Number.isFinite(speed) && speed > LIMITS.speed.min && speed <= LIMITS.speed.max)) {
        ctx.run.setState({
          problem: { field: 'speed', message: `The speed is up to ${LIMITS.speed.max} steps per second.` },
        });
        return;
      }
      ctx.state.setState({ speed });
      ctx.send({ type: 'set-speed', speed });
    },
  };
  return commands;
}
