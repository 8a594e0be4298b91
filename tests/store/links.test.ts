/**
 * Opening a whole state in a running app (a pasted link) and Start fresh: the state is set
 * whole and the networks rebuilt; the phase and selection come back when the worker
 * answers; trained weights in a link start the networks, and weights the worker refuses
 * are named while the same set-up starts from its first weights (never a page without a
 * network); a trained network is only thrown away after the user agrees.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FOUR_NEURON } from '../../src/lessons/presets';
import { DEFAULT_CONFIG, initialAppState } from '../../src/store/appState';
import type { Link } from '../../src/store/linkCodec';
import { linkStateOf } from '../../src/store/schemaState';
import { answered, disposeApps, testApp } from '../helpers/testApp';

afterEach(() => disposeApps());

const stepLink = (weights: Link['weights'] = null): Link => ({
  state: linkStateOf(
    initialAppState({
      config: FOUR_NEURON.config,
      mode: 'step',
      stepThrough: { example: { kind: 'row', index: 0 }, phase: 5 },
      selection: { kind: 'weight', layer: 1, to: 1, from: 0 },
      speed: 30,
    }),
  ),
  weights,
});

function trained(steps: number) {
  const made = testApp();
  answered(made.app, made.worker);
  made.app.run.setState({ counters: [{ ...counters(), step: steps }] });
  made.worker.clear();
  return made;
}
const counters = () => ({
  step: 0,
  epoch: 0,
  examplesSeen: 0,
  batchLoss: 0,
  trainLoss: 0,
  testLoss: 0,
  trainAccuracy: null,
  testAccuracy: null,
  evalStep: -1,
});

describe('openLink', () => {
  it('sets the state whole, rebuilds, and takes up the phase and selection once the worker answers', () => {
    const { app, worker } = trained(0);
    app.commands.openLink(stepLink());
    expect(worker.types()).toEqual(['pause', 'set-speed', 'configure']);
    expect(app.state.getState()).toMatchObject(stepLink().state);
    worker.clear();
    answered(app, worker);
    expect(worker.sent).toEqual([
      { type: 'select-weight', weight: { layer: 1, to: 1, from: 0 }, trainer: 0 },
      { type: 'stepper-enter', example: { kind: 'row', index: 0 }, position: 5 },
    ]);
  });

  it('starts the networks from the link’s weights', () => {
    const { app, worker } = trained(0);
    const params = Float64Array.from({ length: 13 }, (_, k) => k);
    app.commands.openLink(stepLink([{ params, counters: { step: 9, epoch: 9, examplesSeen: 9 } }]));
    expect(worker.commands().at(-1)).toEqual({
      type: 'configure',
      trainers: [FOUR_NEURON.config],
      resume: [{ params, counters: { step: 9, epoch: 9, examplesSeen: 9 } }],
    });
  });

  it('weights the worker refuses are named, and the same set-up starts from its first weights', () => {
    const { app, worker } = trained(0);
    app.commands.openLink(stepLink([{ params: new Float64Array(3) }]));
    worker.clear();
    worker.emit({
      type: 'error',
      kind: 'invalid',
      command: 'configure',
      field: 'resume.params',
      message: 'resume.params must be 13 numbers (a Float64Array), not 3',
    });
    expect(app.run.getState().notice).toBe(
      'The trained weights could not be used (resume.params must be 13 numbers (a Float64Array), not 3), so the network starts from its first weights.',
    );
    expect(app.run.getState().error).toBeNull();
    expect(worker.commands()).toEqual([{ type: 'configure', trainers: [FOUR_NEURON.config] }]);
    // The state stays the link's, and the step-through comes back on the new networks.
    expect(app.state.getState().config).toEqual(FOUR_NEURON.config);
    worker.clear();
    answered(app, worker);
    expect(worker.sent).toContainEqual({ type: 'stepper-enter', example: { kind: 'row', index: 0 }, position: 5 });
  });

  it('an earlier configure still in flight is answered first, without taking the resumed one’s place', () => {
    const { app, worker } = trained(0);
    app.commands.setSeed(4);
    app.commands.openLink(stepLink([{ params: new Float64Array(3) }]));
    worker.configured([{ ...DEFAULT_CONFIG, seed: 4 }]);
    expect(app.run.getState().notice).toBeNull();
    worker.emit({ type: 'error', kind: 'invalid', command: 'configure', message: 'no' });
    expect(app.run.getState().notice).toMatch(/^The trained weights could not be used/);
  });

  it('asks before replacing a trained network; declining keeps everything', () => {
    const { app, worker } = trained(1234);
    const kept = vi.fn();
    app.commands.openLink(stepLink(), { ask: true, onKept: kept });
    expect(app.run.getState().question).toEqual({
      text: 'Open the link? It replaces the network you trained for 1,234 steps.',
      yes: 'Open the link',
      no: 'Keep my network',
    });
    expect(worker.commands()).toEqual([]);
    app.commands.answerQuestion(false);
    expect(kept).toHaveBeenCalledTimes(1);
    expect(app.run.getState().question).toBeNull();
    expect(app.state.getState().config).toEqual(DEFAULT_CONFIG);

    app.commands.openLink(stepLink(), { ask: true, onKept: kept });
    app.commands.answerQuestion(true);
    expect(app.state.getState().mode).toBe('step');
    expect(worker.types()).toContain('configure');
    expect(kept).toHaveBeenCalledTimes(1);
  });

  it('a second question replaces the first, which counts as declined', () => {
    const { app } = trained(10);
    const kept = vi.fn();
    app.commands.openLink(stepLink(), { ask: true, onKept: kept });
    app.commands.startFresh();
    expect(kept).toHaveBeenCalledTimes(1);
    expect(app.run.getState().question?.yes).toBe('Start fresh');
  });
});

describe('startFresh', () => {
  it('forgets the session and opens the default state, keeping lecture mode', () => {
    const forgot = vi.fn();
    const { app, worker } = testApp(
      { config: FOUR_NEURON.config, mode: 'step', lecture: true, selection: { kind: 'layer', layer: 0 } },
      null,
      { onStartFresh: forgot },
    );
    answered(app, worker);
    app.commands.startFresh();
    expect(forgot).toHaveBeenCalledTimes(1);
    expect(linkStateOf(app.state.getState())).toEqual(linkStateOf(initialAppState({ lecture: true })));
    expect(worker.commands().at(-1)).toEqual({ type: 'configure', trainers: [DEFAULT_CONFIG] });
  });
});
