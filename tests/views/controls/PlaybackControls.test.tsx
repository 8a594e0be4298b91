/**
 * The playback buttons post exactly the worker commands their labels promise, show Pause
 * while training runs, and stay disabled until the worker has built the network.
 */
import { fireEvent, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { PlaybackControls } from '../../../src/views/controls/PlaybackControls';
import { renderApp } from '../../helpers/testApp';
import { startRecording, type Recorder } from './harness';

let worker: Recorder;

beforeEach(() => {
  worker = startRecording();
});

const button = (name: RegExp) => screen.getByRole('button', { name }) as HTMLButtonElement;

describe('PlaybackControls', () => {
  it('is disabled until the worker has answered the first configure', () => {
    renderApp(<PlaybackControls />);
    for (const name of [/play/i, /step batch/i, /step epoch/i, /reset/i]) {
      expect(button(name).disabled).toBe(true);
    }
    fireEvent.click(button(/play/i));
    expect(worker.commands()).toEqual([]);
    worker.configured();
    for (const name of [/play/i, /step batch/i, /step epoch/i, /reset/i]) {
      expect(button(name).disabled).toBe(false);
    }
  });

  it('Play sends play; while playing the button reads Pause and sends pause', () => {
    renderApp(<PlaybackControls />);
    worker.configured();
    fireEvent.click(button(/play/i));
    expect(worker.commands()).toEqual([{ type: 'play' }]);
    // The worker confirms: the button turns into Pause.
    worker.emit({ type: 'state', playing: true });
    const pause = button(/pause/i);
    expect(pause.getAttribute('aria-pressed')).toBe('true');
    expect(screen.queryByRole('button', { name: /play/i })).toBeNull();
    fireEvent.click(pause);
    expect(worker.commands()).toEqual([{ type: 'play' }, { type: 'pause' }]);
    worker.emit({ type: 'state', playing: false });
    expect(button(/play/i).getAttribute('aria-pressed')).toBe('false');
  });

  it('Step batch, Step epoch and Reset send their commands', () => {
    renderApp(<PlaybackControls />);
    worker.configured();
    fireEvent.click(button(/step batch/i));
    fireEvent.click(button(/step epoch/i));
    fireEvent.click(button(/reset/i));
    expect(worker.commands()).toEqual([
      { type: 'step', unit: 'batch' },
      { type: 'step', unit: 'epoch' },
      { type: 'reset' },
    ]);
  });

  it('the speed menu sends set-speed and shows the chosen speed', () => {
    renderApp(<PlaybackControls />);
    const speed = screen.getByRole('combobox', { name: /speed/i }) as HTMLSelectElement;
    expect(speed.value).toBe('max');
    fireEvent.change(speed, { target: { value: '1' } });
    expect(worker.commands()).toEqual([{ type: 'set-speed', speed: 1 }]);
    expect(worker.app.state.getState().speed).toBe(1);
    expect(speed.selectedOptions[0].textContent).toMatch(/slow motion/i);
    fireEvent.change(speed, { target: { value: 'max' } });
    expect(worker.commands()[1]).toEqual({ type: 'set-speed', speed: null });
    expect(speed.value).toBe('max');
  });
});
