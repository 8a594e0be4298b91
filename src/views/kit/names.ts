/**
 * Names of inputs, neurons, weights, biases and layers, in the seed notation — inputs x_i,
 * neurons O_{l j} (l = engine layer + 1, hidden layers from 1, the output last; j from 1) —
 * written three ways from one place:
 * - marked plain text ("O_{1 2}", "w from x_1 to O_{1 2}") that PrettyName/SvgName typeset
 *   with subscripts and that stays the accessible name;
 * - TeX for KaTeX formulas ("O_{12}", "w_{x_{1}\to O_{12}}");
 * - words for screen readers and tables ("Hidden layer 1, neuron 2", "O1,2", "Weight from x1 to
 *   neuron O11"): an accessible name never holds TeX or the marked text.
 */
import type { OutputActivationName, WeightRef } from '../../engine';
import type { TrainerConfig } from '../../worker/protocol';
import { ACTIVATION_LABELS } from './labels';

/** Input feature i (0-based) → "x_1". */
export function inputName(i: number): string {
  return `x_${i + 1}`;
}

/** Neuron of engine layer `layer` (0-based), unit `unit` (0-based) → "O_{1 2}". */
export function neuronName(layer: number, unit: number): string {
  return `O_{${layer + 1} ${unit + 1}}`;
}

/** What feeds unit inputs of `layer`: x_i for the first layer, the previous layer's O otherwise. */
export function sourceName(layer: number, from: number): string {
  return layer === 0 ? inputName(from) : neuronName(layer - 1, from);
}

/** → "w from x_1 to O_{1 2}". */
export function weightName(w: WeightRef): string {
  return `w from ${sourceName(w.layer, w.from)} to ${neuronName(w.layer, w.to)}`;
}

/** → "b of O_{1 2}". */
export function biasName(layer: number, unit: number): string {
  return `b of ${neuronName(layer, unit)}`;
}

/** Subscript of a two-index name: "11" when both are single digits, else "1,12". */
function pair(l: number, j: number): string {
  return l < 10 && j < 10 ? `${l}${j}` : `${l},${j}`;
}

/** TeX: neuron → "O_{11}". */
export function texNeuron(layer: number, unit: number): string {
  return `O_{${pair(layer + 1, unit + 1)}}`;
}

/** TeX: input feature i → "x_{1}". */
export function texInput(i: number): string {
  return `x_{${i + 1}}`;
}

/** TeX: what feeds unit inputs of `layer`. */
export function texSource(layer: number, from: number): string {
  return layer === 0 ? texInput(from) : texNeuron(layer - 1, from);
}

/** TeX: "w_{x_{1}\to O_{11}}". */
export function texWeight(w: WeightRef): string {
  return `w_{${texSource(w.layer, w.from)}\\to ${texNeuron(w.layer, w.to)}}`;
}

/** Compact plain text for tables and buttons: "x1", "O1,2". */
export function shortSource(layer: number, from: number): string {
  return layer === 0 ? `x${from + 1}` : `O${layer},${from + 1}`;
}

/** Compact plain text of a neuron: "O1,2". */
export function shortNeuron(layer: number, unit: number): string {
  return `O${layer + 1},${unit + 1}`;
}

/** Column-style layer name: hidden layers "1", "2", …, the output "out". */
export function layerShortName(layer: number, layerCount: number): string {
  return layer === layerCount - 1 ? 'out' : `${layer + 1}`;
}

/** "Hidden 2" or "Output". */
export function layerLongName(layer: number, layerCount: number): string {
  return layer === layerCount - 1 ? 'Output' : `Hidden ${layer + 1}`;
}

/** "Hidden 2 · Sigmoid" */
export function layerTitle(layer: number, layerCount: number, activation: OutputActivationName | undefined): string {
  const name = layerLongName(layer, layerCount);
  return activation ? `${name} · ${ACTIVATION_LABELS[activation]}` : name;
}

/** In a sentence: "hidden layer 2" or "the output layer". */
export function layerWords(layer: number, layerCount: number): string {
  return layer === layerCount - 1 ? 'the output layer' : `hidden layer ${layer + 1}`;
}

/** In the step-through's titles: "hidden layer 2" or "output layer (layer 3)". */
export function layerPhaseName(layer: number, layerCount: number): string {
  return layer === layerCount - 1 ? `output layer (layer ${layer + 1})` : `hidden layer ${layer + 1}`;
}

/** A neuron in words, as a screen reader says it: "O11", "O1,12" (no subscript markup). */
export function plainNeuron(layer: number, unit: number): string {
  return `O${pair(layer + 1, unit + 1)}`;
}

/** What feeds unit inputs of `layer`, in words: "x1" or "neuron O11". */
export function sourceWords(layer: number, from: number): string {
  return layer === 0 ? `x${from + 1}` : `neuron ${plainNeuron(layer - 1, from)}`;
}

/** For a screen reader: "Input x1". */
export function inputWords(i: number): string {
  return `Input x${i + 1}`;
}

/** For a screen reader: "Weight from x1 to neuron O11". */
export function weightWords(w: WeightRef): string {
  return `Weight from ${sourceWords(w.layer, w.from)} to neuron ${plainNeuron(w.layer, w.to)}`;
}

/** For a screen reader: "Bias of neuron O11". */
export function biasWords(layer: number, unit: number): string {
  return `Bias of neuron ${plainNeuron(layer, unit)}`;
}

/** For a screen reader: "Hidden layer 1, neuron 2 of 8". */
export function neuronWords(layer: number, unit: number, sizes: readonly number[]): string {
  const layers = sizes.length - 1;
  const where = layer === layers - 1 ? 'Output layer' : `Hidden layer ${layer + 1}`;
  return `${where}, neuron ${unit + 1} of ${sizes[layer + 1]}`;
}

/** Activation of every layer of a configuration, hidden first, output last. */
export function activationsOf(config: TrainerConfig | undefined): OutputActivationName[] {
  return config ? [...config.hidden.map((l) => l.activation), config.output] : [];
}
