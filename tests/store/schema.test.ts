/**
 * The schema every saved or shared set-up goes through: anything malformed is refused
 * with a sentence naming where it is wrong, and a good set-up comes back exactly.
 */
import { describe, expect, it } from 'vitest';
import { DEEP_SIGMOID_VS_RELU, EXPLODING, FOUR_NEURON } from '../../src/lessons/presets';
import { DEFAULT_CONFIG } from '../../src/store/appState';
import { parseSaved, serialise, type Saved } from '../../src/store/schema';

type Json = Record<string, unknown>;

/** A saved set-up as JSON with one change made by `edit`. */
function savedWith(edit: (s: Json & { config: Json }) => void): string {
  const s = JSON.parse(serialise({ config: DEFAULT_CONFIG, compare: null })) as Json & { config: Json };
  edit(s);
  return JSON.stringify(s);
}

function refused(text: string): string {
  const r = parseSaved(text);
  if (r.ok) throw new Error(`accepted: ${text}`);
  return r.message;
}

describe('parseSaved', () => {
  it.each(['', 'not json', '{"version": 1,', 'NaN', '{version: 1}'])('refuses non-JSON %j', (text) => {
    expect(refused(text)).toBe('it is not valid JSON');
  });

  it.each(['null', '42', '"text"', '[]'])('refuses JSON that is not a set-up: %s', (text) => {
    expect(refused(text)).toMatch(/^the data: /);
  });

  it.each([2, 0, '1', null])('refuses version %j', (version) => {
    expect(
      refused(
        savedWith((s) => {
          s.version = version;
        }),
      ),
    ).toMatch(/^version: /);
  });

  it('refuses a set-up without its config', () => {
    expect(
      refused(
        savedWith((s) => {
          delete (s as Json).config;
        }),
      ),
    ).toMatch(/^config: /);
  });

  it.each([0, 65, 2.5, -1])('refuses %j neurons in a layer', (units) => {
    const msg = refused(
      savedWith((s) => {
        (s.config.hidden as Json[])[1].units = units;
      }),
    );
    expect(msg).toMatch(/^config\.hidden\.1\.units: /);
  });

  it('refuses more than 12 hidden layers', () => {
    const msg = refused(
      savedWith((s) => {
        s.config.hidden = Array.from({ length: 13 }, () => ({ units: 2, activation: 'tanh' }));
      }),
    );
    expect(msg).toMatch(/^config\.hidden: /);
  });

  it('refuses an unknown activation, in a layer or at the output', () => {
    expect(
      refused(
        savedWith((s) => {
          (s.config.hidden as Json[])[0].activation = 'swish';
        }),
      ),
    ).toMatch(/^config\.hidden\.0\.activation: /);
    expect(
      refused(
        savedWith((s) => {
          s.config.output = 'softmax';
        }),
      ),
    ).toMatch(/^config\.output: /);
  });

  it('refuses cross-entropy with a tanh output', () => {
    expect(
      refused(
        savedWith((s) => {
          s.config.loss = 'bce';
          s.config.output = 'tanh';
        }),
      ),
    ).toBe('config.output: cross-entropy needs a sigmoid output');
  });

  it.each<[string, (s: Json & { config: Json }) => void, RegExp]>([
    [
      'a learning rate as the string "NaN"',
      (s) => {
        (s.config.optimizer as Json).learningRate = 'NaN';
      },
      /^config\.optimizer\.learningRate: /,
    ],
    [
      'a null learning rate',
      (s) => {
        (s.config.optimizer as Json).learningRate = null;
      },
      /^config\.optimizer\.learningRate: /,
    ],
    [
      'a learning rate of 99',
      (s) => {
        (s.config.optimizer as Json).learningRate = 99;
      },
      /^config\.optimizer\.learningRate: /,
    ],
    [
      'a batch size of 2.5',
      (s) => {
        s.config.batchSize = 2.5;
      },
      /^config\.batchSize: /,
    ],
    [
      'a seed of -1',
      (s) => {
        s.config.seed = -1;
      },
      /^config\.seed: /,
    ],
    [
      'noise as "Infinity"',
      (s) => {
        (s.config.dataset as Json).noise = 'Infinity';
      },
      /^config\.dataset\.noise: /,
    ],
    [
      'an unknown dataset',
      (s) => {
        (s.config.dataset as Json).kind = 'mnist';
      },
      /^config\.dataset\.kind: /,
    ],
    [
      'a test share of 0.9',
      (s) => {
        (s.config.dataset as Json).testFraction = 0.9;
      },
      /^config\.dataset\.testFraction: /,
    ],
    [
      'a weight scale of 0',
      (s) => {
        (s.config.init as Json).scale = 0;
      },
      /^config\.init\.scale: /,
    ],
    [
      'an unknown optimiser',
      (s) => {
        (s.config.optimizer as Json).kind = 'rmsprop';
      },
      /^config\.optimizer\.kind: /,
    ],
  ])('refuses %s, naming the path', (_, edit, path) => {
    expect(refused(savedWith(edit))).toMatch(path);
  });

  it('refuses a number too large for a double (JSON 1e999 is Infinity)', () => {
    const text = savedWith((s) => {
      s.config.seed = 12345;
    }).replace('12345', '1e999');
    expect(refused(text)).toMatch(/^config\.seed: /);
  });

  it.each<[string, unknown, RegExp]>([
    ['an unknown compared setting', { field: 'colour', value: 'red' }, /^compare\.field: /],
    ['an unknown activation to compare with', { field: 'activation', value: 'swish' }, /^compare\.value: /],
    ['an impossible learning rate to compare with', { field: 'learningRate', value: 99 }, /^compare\.value: /],
    ['a learning rate written as words', { field: 'learningRate', value: 'fast' }, /^compare\.value: /],
    ['a depth of 13 hidden layers', { field: 'depth', value: 13 }, /^compare\.value: /],
    ['a depth of 2.5 layers', { field: 'depth', value: 2.5 }, /^compare\.value: /],
    ['an unknown initialiser', { field: 'init', value: 'orthogonal' }, /^compare\.value: /],
    ['an unknown optimiser', { field: 'optimizer', value: 'rmsprop' }, /^compare\.value: /],
  ])('refuses %s in compare mode (the right-hand network must be valid too)', (_, compare, path) => {
    expect(
      refused(
        savedWith((s) => {
          s.compare = compare;
        }),
      ),
    ).toMatch(path);
  });

  it.each<[string, Saved]>([
    ['the default', { config: DEFAULT_CONFIG, compare: null }],
    ['the four-neuron example', { config: FOUR_NEURON.config, compare: null }],
    ['deep sigmoid vs ReLU', { config: DEEP_SIGMOID_VS_RELU.config, compare: DEEP_SIGMOID_VS_RELU.compare! }],
    ['exploding gradients', { config: EXPLODING.config, compare: null }],
    ['a learning-rate comparison', { config: DEFAULT_CONFIG, compare: { field: 'learningRate', value: 3 } }],
    ['a depth comparison', { config: DEFAULT_CONFIG, compare: { field: 'depth', value: 0 } }],
    ['no hidden layers', { config: { ...DEFAULT_CONFIG, hidden: [] }, compare: null }],
  ])('round-trips %s through serialise', (_, saved) => {
    const r = parseSaved(serialise(saved));
    expect(r).toEqual({ ok: true, value: saved });
  });

  it('drops unknown extra keys rather than passing them on', () => {
    const r = parseSaved(
      savedWith((s) => {
        s.config.evil = '<script>';
        s.extra = 1;
      }),
    );
    expect(r.ok && r.value).toEqual({ config: DEFAULT_CONFIG, compare: null });
  });
});
