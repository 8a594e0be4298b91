/** What the pointer or keyboard focus is on in the graph, and how that maps to a selection. */
import type { Selection } from '../../store/appState';

export type GraphTarget =
  | { kind: 'input'; unit: number }
  | { kind: 'neuron'; layer: number; unit: number }
  | { kind: 'bias'; layer: number; unit: number }
  | { kind: 'weight'; layer: number; to: number; from: number }
  /** The skip connection into unit `unit` of `layer` (from the same unit of the layer below). */
  | { kind: 'skip'; layer: number; unit: number };

/** Targets drawn on the canvas (found by the pointer's position, not by an element). */
export function onCanvas(t: GraphTarget | null | undefined): boolean {
  return t?.kind === 'weight' || t?.kind === 'skip';
}

export function sameTarget(a: GraphTarget | null, b: GraphTarget | null): boolean {
  if (a === null || b === null) return a === b;
  switch (a.kind) {
    case 'weight':
      return b.kind === 'weight' && a.layer === b.layer && a.to === b.to && a.from === b.from;
    case 'input':
      return b.kind === 'input' && a.unit === b.unit;
    case 'neuron':
    case 'bias':
    case 'skip':
      return b.kind === a.kind && a.layer === b.layer && a.unit === b.unit;
  }
}

/** The store selection a click on `t` makes (inputs and skips, which have no parameter, are not selectable). */
export function selectionOf(t: GraphTarget): Selection | null {
  switch (t.kind) {
    case 'input':
    case 'skip':
      return null;
    case 'weight':
      return { kind: 'weight', layer: t.layer, to: t.to, from: t.from };
    case 'neuron':
    case 'bias':
      return { kind: t.kind, layer: t.layer, unit: t.unit };
  }
}

/** Whether the store selection `s` is the element `t`. */
export function isSelected(s: Selection | null, t: GraphTarget): boolean {
  if (s === null || s.kind === 'layer') return false;
  const as = selectionOf(t);
  return as !== null && sameTarget(as as GraphTarget, s as GraphTarget);
}
