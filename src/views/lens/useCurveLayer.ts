/**
 * Which layer the activation curve shows: the highlighted one (gradient chart, graph
 * headers), else the last one picked here or selected in the graph, else the first.
 */
import { useState } from 'react';
import { activationOf, type Activation } from '../../engine/activations';
import { useAppState, useCommands, useRun } from '../kit/appContext';
import { activationsOf } from '../kit/names';

export function useCurveLayer(trainer: number) {
  const config = useAppState((s) => s.running[trainer]);
  const outputSize = useRun((s) => s.data[trainer]?.outputSize ?? 1);
  const highlighted = useAppState((s) => s.view.highlightedLayer);
  const selected = useAppState((s) => s.selection);
  const selectedTrainer = useAppState((s) => s.selectedTrainer);
  const { setHighlightedLayer } = useCommands();
  const [pinned, setPinned] = useState<number | null>(null);
  const [seenSelection, setSeenSelection] = useState(selected);
  if (selected !== seenSelection) {
    // A layer picked in the graph is remembered, so the curve stays on it after a hover ends.
    setSeenSelection(selected);
    if (selected) setPinned(selected.layer);
  }
  const activations = activationsOf(config);
  const sizes = config ? [...config.hidden.map((h) => h.units), outputSize] : [];
  const layerCount = activations.length;
  const layer = Math.min(highlighted ?? pinned ?? 0, Math.max(0, layerCount - 1));
  const act: Activation = activationOf(activations[layer] ?? 'sigmoid');
  const selectedUnit =
    selected?.kind === 'neuron' && selected.layer === layer && selectedTrainer === trainer ? selected.unit : null;
  const choose = (l: number) => {
    setPinned(l);
    setHighlightedLayer(l);
  };
  return { activations, layerCount, layer, act, units: sizes[layer] ?? 0, selectedUnit, choose };
}
