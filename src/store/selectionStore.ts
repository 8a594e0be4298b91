/** What the user points at and how edges are encoded: shared by the graph, charts and inspector. */
import { create } from 'zustand';

export type Selection =
  | { kind: 'neuron'; layer: number; unit: number }
  | { kind: 'weight'; layer: number; to: number; from: number }
  | { kind: 'bias'; layer: number; unit: number }
  | { kind: 'layer'; layer: number };

/** Edge width shows |∂L/∂w| (default) or |w|. */
export type EdgeMode = 'gradient' | 'weight';
/** linear: relative to the largest edge (vanished looks vanished); log: decades stay readable. */
export type EdgeScale = 'linear' | 'log';

export interface SelectionState {
  edgeMode: EdgeMode;
  edgeScale: EdgeScale;
  /** Layer index (0-based engine layer) highlighted from the gradient chart or graph. */
  highlightedLayer: number | null;
  selected: Selection | null;
  /** Which trainer's graph the selection was made on (1 is the right-hand network in compare mode). */
  selectedTrainer: number;
  /** A chain-rule path hovered in the inspector: the unit visited per layer from `layer` on. */
  highlightedPath: { layer: number; from: number; units: number[] } | null;
  setEdgeMode(mode: EdgeMode): void;
  setEdgeScale(scale: EdgeScale): void;
  setHighlightedLayer(layer: number | null): void;
  select(selection: Selection | null, trainer?: number): void;
  setHighlightedPath(path: SelectionState['highlightedPath']): void;
}

export const useSelectionStore = create<SelectionState>()((set) => ({
  edgeMode: 'gradient',
  edgeScale: 'linear',
  highlightedLayer: null,
  selected: null,
  selectedTrainer: 0,
  highlightedPath: null,
  setEdgeMode: (edgeMode) => set({ edgeMode }),
  setEdgeScale: (edgeScale) => set({ edgeScale }),
  setHighlightedLayer: (highlightedLayer) => set({ highlightedLayer }),
  select: (selected, trainer = 0) => set({ selected, selectedTrainer: trainer }),
  setHighlightedPath: (highlightedPath) => set({ highlightedPath }),
}));
