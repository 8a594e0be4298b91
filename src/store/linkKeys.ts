/**
 * Short keys for links: every field name a link can hold has a short one (`learningRate`
 * → `lr`), applied at every depth when a link is written and undone when it is read. The
 * table only grows: an entry must never change or be removed (old links use it), and a
 * short key must never equal another field's full name. A field without an entry simply
 * keeps its full name in the link, so a new optional field works before it gets one.
 */
const SHORT: Readonly<Record<string, string>> = {
  // the link
  config: 'c',
  compare: 'k',
  mode: 'm',
  stepThrough: 't',
  selection: 's',
  selectedTrainer: 'st',
  view: 'v',
  speed: 'sp',
  lecture: 'lc',
  lesson: 'ls',
  weights: 'W',
  // the set-up
  hidden: 'h',
  units: 'u',
  activation: 'a',
  output: 'o',
  loss: 'L',
  init: 'i',
  scale: 'sc',
  optimizer: 'O',
  learningRate: 'lr',
  batchSize: 'b',
  dataset: 'd',
  count: 'n',
  noise: 'nz',
  testFraction: 'tf',
  seed: 'sd',
  kind: 'K',
  field: 'f',
  value: 'x',
  // step-through, selection, view, lesson
  example: 'e',
  index: 'ix',
  input: 'in',
  target: 'tg',
  phase: 'p',
  layer: 'l',
  unit: 'un',
  to: 'T',
  from: 'F',
  edgeMode: 'em',
  edgeScale: 'es',
  highlightedLayer: 'hl',
  highlightedPath: 'hp',
  gradientMetric: 'gm',
  lossLog: 'll',
  lectureChart: 'lC',
  theme: 'th',
  compareScale: 'cS',
  id: 'I',
  step: 'S',
  // trained weights
  params: 'P',
  counters: 'C',
  epoch: 'ep',
  examplesSeen: 'xs',
};

const LONG: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(SHORT).map(([k, v]) => [v, k]));

/** The whole table, for its tests. */
export const SHORT_KEYS = SHORT;

/** Deepest nesting a link may have; deeper is damage (and would exhaust the stack). */
export const MAX_DEPTH = 12;

export class TooDeepError extends Error {}

/** A copy with every known key shortened (values untouched). */
export function shortenKeys(value: unknown): unknown {
  return renameKeys(value, SHORT, 0);
}

/** A copy with every short key written out; throws TooDeepError past MAX_DEPTH. */
export function expandKeys(value: unknown): unknown {
  return renameKeys(value, LONG, 0);
}

function renameKeys(value: unknown, table: Readonly<Record<string, string>>, depth: number): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (depth > MAX_DEPTH) throw new TooDeepError('nested too deeply');
  if (Array.isArray(value)) return value.map((v) => renameKeys(v, table, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const name = Object.prototype.hasOwnProperty.call(table, k) ? table[k] : k;
    // A key that is neither a field nor any short key ("__proto__" included) is left behind.
    if (name === '__proto__') continue;
    out[name] = renameKeys(v, table, depth + 1);
  }
  return out;
}
