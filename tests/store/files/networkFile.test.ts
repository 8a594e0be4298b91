/**
 * The network file: what is written reads back to the same numbers bit for bit, and a
 * damaged file is refused with the line, the field and the value that is wrong.
 */
import { describe, expect, it } from 'vitest';
import { createNetwork, createOptimizer, predict, trainStep } from '../../../src/engine';
import { DEFAULT_CONFIG } from '../../../src/store/appState';
import { layerSizesOf, networkToJson, parseNetworkFile } from '../../../src/store/files/networkFile';
import type { TrainerConfig, TrainerSnapshot } from '../../../src/worker/protocol';

function trained(config: TrainerConfig): TrainerSnapshot {
  const sizes = layerSizesOf(config);
  const net = createNetwork({
    inputSize: sizes[0],
    layers: [...config.hidden, { units: 1, activation: config.output }],
    loss: config.loss,
    init: config.init,
    seed: config.seed,
  });
  const opt = createOptimizer(net, config.optimizer);
  for (let k = 0; k < 20; k++) trainStep(net, opt, [[Math.sin(k) * 3, Math.cos(k) * 3]], [[k % 3 ? 1 : -1]]);
  return {
    params: net.params.slice(),
    optimizer: { velocity: opt.velocity.slice(), secondMoment: opt.secondMoment.slice(), steps: opt.steps },
    counters: { step: 20, epoch: 0, examplesSeen: 20 },
  };
}

const ADAM: TrainerConfig = { ...DEFAULT_CONFIG, optimizer: { kind: 'adam', learningRate: 0.01 } };

/** The text with one line replaced (1-based). */
function withLine(text: string, line: number, replace: (s: string) => string): string {
  const lines = text.split('\n');
  lines[line - 1] = replace(lines[line - 1]);
  return lines.join('\n');
}

describe('network file', () => {
  it('round-trips weights, biases, optimiser moments and counters bit for bit', () => {
    for (const config of [
      DEFAULT_CONFIG,
      ADAM,
      { ...DEFAULT_CONFIG, optimizer: { kind: 'momentum' as const, learningRate: 0.1 } },
    ]) {
      const state = trained(config);
      const parsed = parseNetworkFile(networkToJson(config, state));
      if (!parsed.ok) throw new Error(parsed.message);
      expect(parsed.value.config).toEqual(config);
      expect(parsed.value.state).toEqual(state);
    }
  });

  it('gives identical predictions after the round trip', () => {
    const state = trained(ADAM);
    const parsed = parseNetworkFile(networkToJson(ADAM, state));
    if (!parsed.ok) throw new Error(parsed.message);
    const build = (params: Float64Array) => {
      const net = createNetwork({
        inputSize: 2,
        layers: [...ADAM.hidden, { units: 1, activation: ADAM.output }],
        loss: 'mse',
        init: ADAM.init,
        seed: 1,
      });
      net.params.set(params);
      return net;
    };
    const grid = Float64Array.from({ length: 200 }, (_, k) => Math.sin(k * 1.7) * 6);
    expect(predict(build(parsed.value.state.params), grid)).toEqual(predict(build(state.params), grid));
  });

  it('carries the own points of a custom data set', () => {
    const config: TrainerConfig = {
      ...DEFAULT_CONFIG,
      dataset: {
        ...DEFAULT_CONFIG.dataset,
        kind: 'custom',
        points: {
          task: 'classification',
          rows: [
            [1, 2, 1],
            [-1, 0.5, 0],
          ],
        },
      },
    };
    const parsed = parseNetworkFile(networkToJson(config, trained(config)));
    expect(parsed.ok && parsed.value.config.dataset.points).toEqual(config.dataset.points);
  });

  it('writes one line per unit, so a weight has a line to point at', () => {
    const text = networkToJson(DEFAULT_CONFIG, trained(DEFAULT_CONFIG));
    expect(text).toMatch(/"weights": \[\n\s+\[-?\d[^\n]*\],\n/);
  });

  it('names the line, the field and the value of a bad number', () => {
    const text = networkToJson(DEFAULT_CONFIG, trained(DEFAULT_CONFIG));
    const line = text.split('\n').findIndex((l) => l.includes('"biases"')) + 1;
    const bad = withLine(text, line, (s) => s.replace(/\[(-?[\d.e-]+),/, '["oops",'));
    const parsed = parseNetworkFile(bad);
    expect(parsed).toEqual({ ok: false, message: expect.stringContaining(`line ${line}, layers[0].biases[0]`) });
    expect(!parsed.ok && parsed.message).toMatch(/found "oops"/);
  });

  it('names a syntax error by line and column', () => {
    const text = networkToJson(DEFAULT_CONFIG, trained(DEFAULT_CONFIG));
    const parsed = parseNetworkFile(withLine(text, 5, (s) => s.replace(':', '')));
    expect(!parsed.ok && parsed.message).toMatch(/not valid JSON: line 5, column \d+/);
  });

  it('refuses sizes that do not match the configuration, and files of another kind', () => {
    const text = networkToJson(DEFAULT_CONFIG, trained(DEFAULT_CONFIG));
    const file = JSON.parse(text);
    file.layers[1].weights[2].pop();
    const short = parseNetworkFile(JSON.stringify(file, null, 2));
    expect(!short.ok && short.message).toMatch(/layers\[1\]\.weights\[2\]: expected 6 weights \(one per input\)/);
    file.config.hidden[0].units = 7;
    expect(parseNetworkFile(JSON.stringify(file)).ok).toBe(false);
    const setup = parseNetworkFile(JSON.stringify({ version: 1, config: DEFAULT_CONFIG, compare: null }));
    expect(!setup.ok && setup.message).toMatch(/not a Backprop Lab network file/);
    const adam = JSON.parse(networkToJson(ADAM, trained(ADAM)));
    adam.optimizer.secondMoment = [];
    expect(parseNetworkFile(JSON.stringify(adam))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/secondMoment: expected \d+ numbers for adam/),
    });
  });
});
