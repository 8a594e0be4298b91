/** Play/pause, step a mini-batch or an epoch, reset, and speed. */
import { useRunStore } from '../../store/runStore';
import { send } from '../../store/bridge';
import { useUiStore } from '../../store/uiStore';
import type { Command, Speed } from '../../worker/protocol';
import { leaveStepThrough } from '../modes';

/**
 * Training commands end a step-through in the worker; leave the mode on the page too, so
 * the screen never claims a step is in progress when none is.
 */
function train(cmd: Command): void {
  if (useUiStore.getState().mode === 'step') leaveStepThrough();
  send(cmd);
}

const SPEEDS: { label: string; value: Speed }[] = [
  { label: 'Slow motion (1 step/s)', value: 1 },
  { label: '5 steps/s', value: 5 },
  { label: '30 steps/s', value: 30 },
  { label: '300 steps/s', value: 300 },
  { label: 'As fast as possible', value: null },
];

export function PlaybackControls() {
  const playing = useRunStore((s) => s.playing);
  const speed = useRunStore((s) => s.speed);
  const ready = useRunStore((s) => s.ready);
  const setSpeed = (value: Speed) => {
    useRunStore.setState({ speed: value });
    send({ type: 'set-speed', speed: value });
  };
  return (
    <div className="playback" role="group" aria-label="Training">
      <button type="button" className="primary" disabled={!ready} aria-pressed={playing}
        onClick={() => train({ type: playing ? 'pause' : 'play' })}>
        {playing ? '❚❚ Pause' : '▶ Play'}
      </button>
      <button type="button" disabled={!ready} onClick={() => train({ type: 'step', unit: 'batch' })}>Step batch</button>
      <button type="button" disabled={!ready} onClick={() => train({ type: 'step', unit: 'epoch' })}>Step epoch</button>
      <button type="button" disabled={!ready} onClick={() => train({ type: 'reset' })}>Reset</button>
      <label className="inline">
        Speed
        <select value={speed === null ? 'max' : String(speed)}
          onChange={(e) => setSpeed(e.target.value === 'max' ? null : Number(e.target.value))}>
          {SPEEDS.map((s) => (
            <option key={s.label} value={s.value === null ? 'max' : String(s.value)}>{s.label}</option>
          ))}
        </select>
      </label>
    </div>
  );
}
