// The embed API without a browser: which messages are the app's, what each command does to a
// real training session, the sentence a refused one gets, and the events a host hears.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ONE_NEURON_FORWARD } from '../../src/lessons/builtin/forward';
import { readEmbedMessage, runEmbedCommand, watchEmbedEvents, type EmbedEvent } from '../../src/store/embed';
import { sessionWorker } from '../helpers/fakeWorkers';
import { appOn, disposeApps } from '../helpers/testApp';

const until = (check: () => void) => vi.waitFor(check, { timeout: 5000, interval: 10 });

afterEach(disposeApps);

describe('reading messages', () => {
  it('takes only messages marked as ours, and names what is wrong with a bad one', () => {
    expect(readEmbedMessage('next')).toBeNull();
    expect(readEmbedMessage({ command: 'next' })).toBeNull();
    expect(readEmbedMessage({ source: 'other', command: 'next' })).toBeNull();
    expect(readEmbedMessage({ source: 'backprop-lab', command: 'next', id: 4 })).toEqual({
      id: 4,
      command: { command: 'next' },
    });
    expect(readEmbedMessage({ source: 'backprop-lab', command: 'fly' })).toEqual({
      id: null,
      error: 'unknown command "fly"',
    });
    expect(readEmbedMessage({ source: 'backprop-lab', command: 'loadPreset' })).toMatchObject({
      error: 'loadPreset needs a preset id (a string)',
    });
    expect(
      readEmbedMessage({ source: 'backprop-lab', command: 'loadLessonStep', lesson: 'x', step: -1 }),
    ).toMatchObject({
      error: 'loadLessonStep needs a lesson id and a step number from 0',
    });
  });
});

describe('commands and events', () => {
  it('a preset, next and previous phases, play and pause, a lesson step; each change is told', async () => {
    const app = appOn(sessionWorker());
    const events: EmbedEvent[] = [];
    const stop = watchEmbedEvents(app, (e) => events.push(e));
    expect(events[0]).toMatchObject({ event: 'ready', version: 1 });
    await until(() => expect(app.run.getState().ready).toBe(true));

    expect(runEmbedCommand(app, { command: 'loadPreset', preset: 'four-neuron' })).toBeNull();
    await until(() => expect(app.frames.getState().frame?.stepper?.position).toBe(0));
    runEmbedCommand(app, { command: 'next' });
    runEmbedCommand(app, { command: 'next' });
    await until(() =>
      expect(events.filter((e) => e.event === 'phase').at(-1)).toMatchObject({ position: 2, total: 14 }),
    );
    runEmbedCommand(app, { command: 'previous' });
    await until(() => expect(events.filter((e) => e.event === 'phase').at(-1)).toMatchObject({ position: 1 }));
    expect(events.filter((e) => e.event === 'phase').at(-1)).toMatchObject({ phase: { kind: 'forward-z', layer: 0 } });

    runEmbedCommand(app, { command: 'play' });
    await until(() => expect(events.at(-1)).toEqual({ event: 'playing', playing: true }));
    runEmbedCommand(app, { command: 'play' }); // already playing: nothing
    runEmbedCommand(app, { command: 'pause' });
    await until(() => expect(events.at(-1)).toEqual({ event: 'playing', playing: false }));

    expect(runEmbedCommand(app, { command: 'loadLessonStep', lesson: 'one-neuron-forward', step: 2 })).toBeNull();
    await until(() =>
      expect(events.filter((e) => e.event === 'lessonStep').at(-1)).toEqual({
        event: 'lessonStep',
        lesson: 'one-neuron-forward',
        step: 2,
        steps: ONE_NEURON_FORWARD.steps.length,
      }),
    );
    runEmbedCommand(app, { command: 'previous' });
    await until(() => expect(app.state.getState().lesson?.step).toBe(1));
    stop();
  });

  it('refuses what cannot be done, in a sentence', () => {
    const app = appOn(sessionWorker());
    expect(runEmbedCommand(app, { command: 'loadPreset', preset: 'mnist' })).toMatch(
      /^there is no preset "mnist" \(there are: four-neuron, /,
    );
    expect(runEmbedCommand(app, { command: 'loadLessonStep', lesson: 'nope', step: 0 })).toBe(
      'there is no lesson "nope"',
    );
    expect(runEmbedCommand(app, { command: 'loadLessonStep', lesson: 'one-neuron-forward', step: 99 })).toBe(
      `the lesson "one-neuron-forward" has ${ONE_NEURON_FORWARD.steps.length} steps`,
    );
    expect(runEmbedCommand(app, { command: 'previous' })).toBe(
      'there is nothing to go back to outside step-through and lessons',
    );
  });
});
