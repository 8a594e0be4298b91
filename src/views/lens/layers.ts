/**
 * Layers as the lens names them, matching the graph's column titles: hidden layers
 * "1", "2", … (long form "Hidden 1") and the output "out" ("Output"). Indices are
 * 0-based engine layers throughout.
 */
import { ACTIVATION_LABELS, type ActivationName } from '../../engine';
import type { Selection } from '../../store/selectionStore';
import type { TrainerConfig } from '../../worker/protocol';

export function layerShortName(layer: number, layerCount: number): string {
  return layer === layerCount - 1 ? 'out' : `${layer + 1}`;
}

export function layerLongName(layer: number, layerCount: number): string {
  return layer === layerCount - 1 ? 'Output' : `Hidden ${layer + 1}`;
}

/** "Hidden 2 · Sigmoid" */
export function layerTitle(layer: number, layerCount: number, activation: ActivationName | undefined): string {
  const name = layerLongName(layer, layerCount);
  return activation ? `${name} · ${ACTIVATION_LABELS[activation]}` : name;
}

/** Activation of every layer, hidden first, output last. */
export function activationsOf(config: TrainerConfig | undefined): ActivationName[] {
  return config ? [...config.hidden.map((l) => l.activation), config.output] : [];
}

/** The layer a graph selection points into (a neuron, weight or bias belongs to one). */
export function layerOfSelection(selected: Selection | null): number | null {
  return selected ? selected.layer : null;
}
