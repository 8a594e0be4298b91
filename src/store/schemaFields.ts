/**
 * Every field a link, a stored session or a set-up file can hold, in the reader's words:
 * what it is called and what it must be. The schema's own wording ("Too big: expected
 * number to be <=64") never reaches the screen; these do. Keyed by the field's path with
 * list positions written `#` (`config.hidden.#.units`); `n` holds those positions.
 */
import {
  ACTIVATION_NAMES,
  DATASET_NAMES,
  INIT_NAMES,
  LIMITS,
  LOSS_NAMES,
  OPTIMIZER_NAMES,
  OUTPUT_ACTIVATION_NAMES,
} from '../engine';

export interface FieldWords {
  /** "the number of neurons in hidden layer 2" */
  name: string;
  /** What it must be: "a whole number from 1 to 64". */
  rule: string;
}

type Words = (n: number[], input: unknown) => FieldWords;

const fmt = (v: number) => v.toLocaleString('en', { maximumSignificantDigits: 6 });
const range = (l: { min: number; max: number }) => `a number from ${fmt(l.min)} to ${fmt(l.max)}`;
const whole = (l: { min: number; max: number }) => `a whole number from ${fmt(l.min)} to ${fmt(l.max)}`;
const oneOf = (names: readonly string[]) =>
  names.length === 2 ? `${names[0]} or ${names[1]}` : `one of ${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
const w =
  (name: string, rule: string): Words =>
  () => ({ name, rule });
const bool = (name: string) => w(name, 'on or off (true or false)');

const COMPARE_RULES: Record<string, string> = {
  activation: oneOf(ACTIVATION_NAMES),
  init: oneOf(INIT_NAMES),
  learningRate: range(LIMITS.learningRate),
  optimizer: oneOf(OPTIMIZER_NAMES),
  depth: `${whole(LIMITS.hiddenLayers)} (hidden layers)`,
  skips: 'on or off',
};

const layer = (k: number) => `hidden layer ${k + 1}`;
const network = (k: number) => `network ${k + 1}`;
const finiteList = (what: string) => `a list of at most ${LIMITS.inputSize.max} ordinary numbers (${what})`;

export const FIELDS: Record<string, Words> = {
  '': w('the data', 'a group of settings'),
  version: w('the format version', 'one this version of Backprop Lab reads'),
  config: w('the network set-up', 'a group of settings'),
  'config.hidden': w('the list of hidden layers', `a list of at most ${LIMITS.hiddenLayers.max} layers`),
  'config.hidden.#': (n) => ({ name: layer(n[0]), rule: 'a number of neurons and an activation' }),
  'config.hidden.#.units': (n) => ({ name: `the number of neurons in ${layer(n[0])}`, rule: whole(LIMITS.units) }),
  'config.hidden.#.activation': (n) => ({
    name: `the activation of ${layer(n[0])}`,
    rule: oneOf(ACTIVATION_NAMES),
  }),
  'config.hidden.#.skip': (n) => ({ name: `the skip connection of ${layer(n[0])}`, rule: 'on or off (true or false)' }),
  'config.output': w('the output activation', oneOf(OUTPUT_ACTIVATION_NAMES)),
  'config.loss': w('the loss', `${oneOf(LOSS_NAMES)} (squared error, cross-entropy, or cross-entropy over K classes)`),
  'config.init': w('the initialisation', 'an initialiser and a scale'),
  'config.init.kind': w('the initialiser', oneOf(INIT_NAMES)),
  'config.init.scale': w('the initial weight scale', range(LIMITS.initScale)),
  'config.optimizer': w('the optimiser settings', 'an optimiser and a learning rate'),
  'config.optimizer.kind': w('the optimiser', oneOf(OPTIMIZER_NAMES)),
  'config.optimizer.learningRate': w('the learning rate (η)', range(LIMITS.learningRate)),
  'config.batchSize': w('the batch size', whole(LIMITS.batchSize)),
  'config.dataset': w('the data settings', 'a dataset, a number of points, a noise and a test share'),
  'config.dataset.kind': w('the dataset', oneOf([...DATASET_NAMES, 'custom'])),
  'config.dataset.classes': w('the number of classes', whole(LIMITS.classes)),
  'config.dataset.points': w('your own points', 'a list of points, each with its class or value'),
  'config.dataset.count': w('the number of data points', whole(LIMITS.datasetCount)),
  'config.dataset.noise': w('the noise', range(LIMITS.noise)),
  'config.dataset.testFraction': w('the test share', range(LIMITS.testFraction)),
  'config.seed': w('the seed', whole(LIMITS.seed)),
  compare: w('the comparison', 'a setting and the right-hand network’s value of it, or nothing'),
  'compare.field': w('the compared setting', oneOf(Object.keys(COMPARE_RULES))),
  'compare.value': (_, input) => {
    const field = String((input as { compare?: { field?: unknown } } | null)?.compare?.field);
    return { name: 'the right-hand network’s value', rule: COMPARE_RULES[field] ?? 'a value of the compared setting' };
  },
  mode: w('the mode', 'train, step (step-through) or compare'),
  stepThrough: w('the step-through', 'an example and a phase'),
  'stepThrough.example': w('the step-through example', 'a row of the data or an example of your own'),
  'stepThrough.example.kind': w('the kind of step-through example', 'row or custom'),
  'stepThrough.example.index': w('the step-through example’s row', whole({ min: 0, max: LIMITS.datasetCount.max - 1 })),
  'stepThrough.example.input': w('the step-through example’s inputs', finiteList('the inputs')),
  'stepThrough.example.input.#': w('an input of the step-through example', 'an ordinary number'),
  'stepThrough.example.target': w('the step-through example’s target', finiteList('the targets')),
  'stepThrough.example.target.#': w('a target of the step-through example', 'an ordinary number'),
  'stepThrough.phase': w('the step-through phase', 'a whole number of phases done, within the step'),
  selection: w('the selection', 'a neuron, a weight, a bias or a layer, or nothing'),
  'selection.kind': w('the kind of selection', 'neuron, weight, bias or layer'),
  'selection.layer': w('the selected layer', 'a layer of the network'),
  'selection.unit': w('the selected neuron', 'a neuron of its layer'),
  'selection.to': w('the neuron the selected weight leads to', 'a neuron of its layer'),
  'selection.from': w('the input the selected weight comes from', 'a neuron or input of the layer before'),
  selectedTrainer: w('the selected network', '0 (left), or 1 (right) in compare mode'),
  view: w('the view settings', 'a group of settings'),
  'view.edgeMode': w('what edge width shows', 'gradient or weight'),
  'view.edgeScale': w('the edge scale', 'linear or log'),
  'view.highlightedLayer': w('the highlighted layer', 'a layer of the network, or nothing'),
  'view.highlightedPath': w('the highlighted path', 'a chain-rule path of the network, or nothing'),
  'view.highlightedPath.layer': w('the highlighted path’s layer', 'a layer of the network'),
  'view.highlightedPath.from': w('the highlighted path’s start', 'a neuron or input'),
  'view.highlightedPath.units': w('the highlighted path’s neurons', 'a list with one neuron per layer'),
  'view.highlightedPath.units.#': w('a neuron of the highlighted path', 'a neuron of its layer'),
  'view.gradientMetric': w('the gradient chart’s measure', 'meanAbsGrad or gradNorm'),
  'view.lossLog': bool('the loss chart’s log scale'),
  'view.lectureChart': w(
    'the chart beside the network in lecture mode',
    'gradient-chart, loss, activation-curve or output',
  ),
  'view.theme': w('the colour theme', 'auto, light or dark'),
  'view.compareScale': w('the edge scale in compare mode', 'own, shared, or nothing (the compared setting decides)'),
  speed: w('the speed', `a number of steps per second up to ${fmt(LIMITS.speed.max)}, or none (as fast as possible)`),
  lecture: bool('lecture mode'),
  lesson: w('the lesson', 'a lesson and a step, or nothing'),
  'lesson.id': w('the lesson’s name', 'a short name of letters, digits and dashes'),
  'lesson.step': w('the lesson’s step', 'a whole number from 0 to 999'),
  weights: w('the weights in the link', 'one set of weights per network'),
  'weights.#': (n) => ({ name: `the weights of ${network(n[0])}`, rule: 'its weights and its counters' }),
  'weights.#.params': (n) => ({ name: `the weights of ${network(n[0])}`, rule: 'packed numbers, one per weight' }),
  'weights.#.counters': (n) => ({ name: `the step counters of ${network(n[0])}`, rule: 'three whole numbers' }),
  link: w('the saved set-up', 'a Backprop Lab link'),
  savedAt: w('the time it was saved', 'a date'),
  trainers: w('the saved networks', 'one or two trained networks'),
  'trainers.#': (n) => ({ name: `the saved state of ${network(n[0])}`, rule: 'weights, optimiser state and counters' }),
  'trainers.#.params': (n) => ({ name: `the saved weights of ${network(n[0])}`, rule: 'a list of ordinary numbers' }),
  'trainers.#.optimizer': (n) => ({ name: `the saved optimiser state of ${network(n[0])}`, rule: 'its moments' }),
  'trainers.#.counters': (n) => ({ name: `the saved step counters of ${network(n[0])}`, rule: 'whole numbers' }),
  histories: w('the saved charts', 'the loss and gradient histories'),
  'histories.loss': w('the saved loss charts', 'one per network'),
  'histories.loss.#': (n) => ({ name: `the saved loss chart of ${network(n[0])}`, rule: 'a saved chart' }),
  'histories.gradients': w('the saved gradient charts', 'one per network'),
  'histories.gradients.#': (n) => ({ name: `the saved gradient chart of ${network(n[0])}`, rule: 'a saved chart' }),
};
