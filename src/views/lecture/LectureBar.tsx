/**
 * Lecture mode's controls: only what a lecturer reaches for in front of a class — play or
 * pause, one mini-batch, reset, the hidden layers' activation (sigmoid or ReLU), the mode,
 * full screen, the presenter window, the keys, and the way out. Each names its key.
 */
import { useEffect, useState } from 'react';
import { useAppState, useCommands, useRun } from '../kit/appContext';
import { ModeSwitch } from '../app/ModeBar';
import { Shortcuts } from '../app/Shortcuts';
import { toggleFullscreen } from '../app/fullscreen';
import { PresenterButton } from './PresenterButton';

function ActivationSwitch() {
  const hidden = useAppState((s) => s.config.hidden);
  const { setActivation } = useCommands();
  const all = (name: string) => hidden.length > 0 && hidden.every((l) => l.activation === name);
  return (
    <div className="segmented" role="radiogroup" aria-label="Hidden layers" aria-keyshortcuts="S">
      {(['sigmoid', 'relu'] as const).map((name) => (
        <button
          key={name}
          type="button"
          role="radio"
          aria-checked={all(name)}
          className={all(name) ? 'active' : ''}
          disabled={hidden.length === 0}
          onClick={() => setActivation('all', name)}
        >
          {name === 'sigmoid' ? 'Sigmoid' : 'ReLU'}
        </button>
      ))}
    </div>
  );
}

function FullscreenButton() {
  const [on, setOn] = useState(() => typeof document !== 'undefined' && document.fullscreenElement !== null);
  useEffect(() => {
    const follow = () => setOn(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', follow);
    return () => document.removeEventListener('fullscreenchange', follow);
  }, []);
  return (
    <button type="button" aria-pressed={on} aria-keyshortcuts="F" onClick={toggleFullscreen}>
      {on ? 'Leave full screen' : 'Full screen'}
    </button>
  );
}

/** `presenter`: the presenter window's bar, without what only the projected window can do (full screen). */
export function LectureBar({ presenter = false }: { presenter?: boolean }) {
  const playing = useRun((s) => s.playing);
  const ready = useRun((s) => s.ready);
  const { togglePlay, step, reset, setLecture } = useCommands();
  return (
    <div className="lecture-bar" role="group" aria-label="Lecture controls">
      <button
        type="button"
        className="primary"
        disabled={!ready}
        aria-pressed={playing}
        aria-keyshortcuts="Space"
        onClick={togglePlay}
      >
        {playing ? '❚❚ Pause' : '▶ Play'}
      </button>
      <button type="button" disabled={!ready} aria-keyshortcuts="B" onClick={() => step('batch')}>
        Step batch
      </button>
      <button type="button" disabled={!ready} aria-keyshortcuts="R" onClick={reset}>
        Reset
      </button>
      <ActivationSwitch />
      <ModeSwitch />
      <div className="lecture-bar-end">
        {!presenter && <FullscreenButton />}
        {!presenter && <PresenterButton />}
        <Shortcuts />
        {!presenter && (
          <button type="button" aria-keyshortcuts="L" onClick={() => setLecture(false)}>
            Exit lecture
          </button>
        )}
      </div>
    </div>
  );
}
