/**
 * The schema every saved or shared set-up goes through: anything malformed is refused
 * with a clause in the reader's words naming the field, what it must be and what it is
 * (never the schema library's wording), and a good set-up comes back exactly.
 */
import { describe, expect, it } from 'vitest';
import { DEEP_SIGMOID_VS_RELU, EXPLODING, FOUR_NEURON } from '../../src/lessons/presets';
import { DEFAULT_CONFIG } from '../../src/store/appState';
import { parseSaved, serialise, type Saved } from '../../src/store/schema';

type Json = Record<string, unknown>;
type Edit = (s: Json & { config: Json }) => void;

/** A saved set-up as JSON with one change made by `edit`. */
function savedWith(edit: Edit): string {
  const s = JSON.parse(serialise({ config: DEFAULT_CONFIG, compare: null })) as Json & { config: Json };
  edit(s);
  return JSON.stringify(s);
}

function refused(text: string): string {
  const r = parseSaved(text);
  if (r.ok) throw new Error(`accepted: ${text}`);
  return r.message;
}

/** zod's own wording, which must never reach the reader. */
const ZOD_WORDS = /Invalid input|expected |received |Too big|Too small|<=|>=/;

describe('parseSaved', () => {
  it.each(['', 'not json', '{"version": 1,', 'NaN', '{version: 1}'])('refuses non-JSON %j', (text) => {
    expect(refused(text)).toBe('it is not readable data (not valid JSON)');
  });

  it.each([
    ['null', 'the data must be a group of settings (it is empty)'],
    ['42', 'the data must be a group of settings (it is 42)'],
    ['"text"', 'the data must be a group of settings (it is “text”)'],
    ['[]', 'the data must be a group of settings (it has 0)'],
    ['{"hello": "world"}', 'the format version is missing'],
  ])('refuses JSON that is not a set-up: %s', (text, message) => {
    expect(refused(text)).toBe(message);
  });

  it.each([
    [2, 'it was made by a newer version of Backprop Lab (reload the page to get it)'],
    [0, 'the format version must be one this version of Backprop Lab reads (it is 0)'],
    ['1', 'the format version must be one this version of Backprop Lab reads (it is “1”)'],
    [null, 'the format version must be one this version of Backprop Lab reads (it is empty)'],
  ])('refuses version %j', (version, message) => {
    expect(refused(savedWith((s) => void (s.version = version)))).toBe(message);
  });

  it('refuses a set-up without its config', () => {
    expect(refused(savedWith((s) => void delete (s as Json).config))).toBe('the network set-up is missing');
  });

  it.each([
    [0, 'it is 0'],
    [65, 'it is 65'],
    [2.5, 'it is 2.5'],
    [-1, 'it is -1'],
  ])('refuses %j neurons in a layer', (units, value) => {
    const msg = refused(savedWith((s) => void ((s.config.hidden as Json[])[1].units = units)));
    expect(msg).toBe(`the number of neurons in hidden layer 2 must be a whole number from 1 to 64 (${value})`);
  });

  it('refuses more than 12 hidden layers (1,000 of them)', () => {
    const msg = refused(
      savedWith((s) => void (s.config.hidden = Array.from({ length: 1000 }, () => ({ units: 2, activation: 'tanh' })))),
    );
    expect(msg).toBe('the list of hidden layers must be a list of at most 12 layers (it has 1,000)');
  });

  it('refuses an unknown activation, in a layer or at the output', () => {
    expect(refused(savedWith((s) => void ((s.config.hidden as Json[])[0].activation = 'swish')))).toBe(
      'the activation of hidden layer 1 must be one of sigmoid, tanh, relu, leaky-relu or linear (it is “swish”)',
    );
    expect(refused(savedWith((s) => void (s.config.output = 'swish')))).toBe(
      'the output activation must be one of sigmoid, tanh, relu, leaky-relu, linear or softmax (it is “swish”)',
    );
  });

  it('refuses cross-entropy with a tanh output', () => {
    const edit: Edit = (s) => {
      s.config.loss = 'bce';
      s.config.output = 'tanh';
    };
    expect(refused(savedWith(edit))).toBe(
      'cross-entropy loss needs a sigmoid output, and the output activation is another one',
    );
  });

  const opt = (s: Json & { config: Json }) => s.config.optimizer as Json;
  const data = (s: Json & { config: Json }) => s.config.dataset as Json;
  it.each<[string, Edit, string]>([
    [
      'a learning rate as the string "NaN"',
      (s) => void (opt(s).learningRate = 'NaN'),
      'the learning rate (η) must be a number from 0.00001 to 10 (it is “NaN”)',
    ],
    [
      'a null learning rate',
      (s) => void (opt(s).learningRate = null),
      'the learning rate (η) must be a number from 0.00001 to 10 (it is empty)',
    ],
    [
      'a learning rate of 99',
      (s) => void (opt(s).learningRate = 99),
      'the learning rate (η) must be a number from 0.00001 to 10 (it is 99)',
    ],
    [
      'a batch size of 2.5',
      (s) => void (s.config.batchSize = 2.5),
      'the batch size must be a whole number from 1 to 500 (it is 2.5)',
    ],
    ['a seed of -1', (s) => void (s.config.seed = -1), 'the seed must be a whole number from 0 to 999,999 (it is -1)'],
    [
      'noise as "Infinity"',
      (s) => void (data(s).noise = 'Infinity'),
      'the noise must be a number from 0 to 3 (it is “Infinity”)',
    ],
    [
      'an unknown dataset',
      (s) => void (data(s).kind = 'mnist'),
      'the dataset must be one of circle, xor, gaussian, spiral, moons, sine, line, toy or custom (it is “mnist”)',
    ],
    [
      'a test share of 0.9',
      (s) => void (data(s).testFraction = 0.9),
      'the test share must be a number from 0 to 0.5 (it is 0.9)',
    ],
    [
      'a weight scale of 0',
      (s) => void ((s.config.init as Json).scale = 0),
      'the initial weight scale must be a number from 0.01 to 10 (it is 0)',
    ],
    [
      'an unknown optimiser',
      (s) => void (opt(s).kind = 'rmsprop'),
      'the optimiser must be one of sgd, momentum or adam (it is “rmsprop”)',
    ],
    [
      'a very long string with a script in it',
      (s) => void (opt(s).kind = `<script>alert(1)</script>${'x'.repeat(10_000)}`),
      'the optimiser must be one of sgd, momentum or adam (it is “<script>alert(1)</scrip…”)',
    ],
    [
      'a huge number',
      (s) => void (s.config.seed = 1e300),
      'the seed must be a whole number from 0 to 999,999 (it is 1.00e+300)',
    ],
  ])('refuses %s, naming the field', (_, edit, message) => {
    const msg = refused(savedWith(edit));
    expect(msg).toBe(message);
    expect(msg).not.toMatch(ZOD_WORDS);
  });

  it('refuses a number too large for a double (JSON 1e999 is Infinity)', () => {
    const text = savedWith((s) => void (s.config.seed = 12345)).replace('12345', '1e999');
    expect(refused(text)).toBe('the seed must be a whole number from 0 to 999,999 (it is infinite)');
  });

  it.each<[string, unknown, string]>([
    [
      'an unknown compared setting',
      { field: 'colour', value: 'red' },
      'the compared setting must be one of activation, init, learningRate, optimizer, depth or skips (it is “colour”)',
    ],
    [
      'an unknown activation to compare with',
      { field: 'activation', value: 'swish' },
      'the right-hand network’s value must be one of sigmoid, tanh, relu, leaky-relu or linear (it is “swish”)',
    ],
    [
      'an impossible learning rate to compare with',
      { field: 'learningRate', value: 99 },
      'the right-hand network’s value must be a number from 0.00001 to 10 (it is 99)',
    ],
    [
      'a learning rate written as words',
      { field: 'learningRate', value: 'fast' },
      'the right-hand network’s value must be a number from 0.00001 to 10 (it is “fast”)',
    ],
    [
      'a depth of 13 hidden layers',
      { field: 'depth', value: 13 },
      'the right-hand network’s value must be a whole number from 0 to 12 (hidden layers) (it is 13)',
    ],
    [
      'a depth of 2.5 layers',
      { field: 'depth', value: 2.5 },
      'the right-hand network’s value must be a whole number from 0 to 12 (hidden layers) (it is 2.5)',
    ],
    [
      'an unknown initialiser',
      { field: 'init', value: 'orthogonal' },
      'the right-hand network’s value must be one of xavier-uniform, xavier-normal, he, uniform or zeros (it is “orthogonal”)',
    ],
    [
      'an unknown optimiser',
      { field: 'optimizer', value: 'rmsprop' },
      'the right-hand network’s value must be one of sgd, momentum or adam (it is “rmsprop”)',
    ],
  ])('refuses %s in compare mode (the right-hand network must be valid too)', (_, compare, message) => {
    expect(refused(savedWith((s) => void (s.compare = compare)))).toBe(message);
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

  it('says a file over the size limit is too large, not that it is not JSON', () => {
    expect(refused(' '.repeat(100_001))).toBe('it is too large (101 kB; a set-up is at most 100 kB)');
  });
});
