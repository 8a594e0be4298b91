/** Play/pause, step a mini-batch or an epoch, reset, and speed. */
import type { Speed } from '../../worker/protocol';
import { useAppState, useCommands, useRun } from '../kit/appContext';
import { useControlGlow } from '../lessons/highlight';

const SPEEDS: { label: string; value: Speed }[] = [
  { label: 'Slow motion (1 step/s)', value: 1 },
  { label: '5 steps/s', value: 5 },
  { label: '30 steps/s', value: 30 },
  { label: '300 steps/s', value: 300 },
  { label: 'As fast as possible', value: null },
];

export function PlaybackControls() {
  const playing = useRun((s) => s.playing);
  const ready = useRun((s) => s.ready);
  const speed = useAppState((s) => s.speed);
  const { togglePlay, step, reset, setSpeed } = useCommands();
  const playGlow = useControlGlow('play');
  return (
    <div className="playback" role="group" aria-label="Training">
      <button
        type="button"
        className={`primary${playGlow}`}
        disabled={!ready}
        aria-pressed={playing}
        onClick={togglePlay}
      >
        {playing ? '❚❚ Pause' : '▶ Play'}
      </button>
      <button type="button" disabled={!ready} onClick={() => step('batch')}>
        Step batch
      </button>
      <button type="button" disabled={!ready} onClick={() => step('epoch')}>
        Step epoch
      </button>
      <button type="button" disabled={!ready} onClick={reset}>
        Reset
      </button>
      <label className="inline">
        Speed
        <select
          value={speed === null ? 'max' : String(speed)}
          onChange={(e) => setSpeed(e.target.value === 'max' ? null : Number(e.target.value))}
        >
          {SPEEDS.map((s) => (
            <option key={s.label} value={s.value === null ? 'max' : String(s.value)}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
