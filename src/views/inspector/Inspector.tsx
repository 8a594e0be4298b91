/**
 * The inspector side panel: the numbers behind whatever is selected in the network (a
 * neuron, a weight or a bias), with formulas typeset by KaTeX. It reads the frame stream
 * at a few Hz (text, not animation) and the selection from the app state.
 */
import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { WeightRef } from '../../engine';
import type { Frame, WeightReport } from '../../worker/protocol';
import { BiasView } from './BiasView';
import { fitsNetwork, netStateOf, type NetState } from './netState';
import { IncomingWeights } from './IncomingWeights';
import { NeuronView } from './NeuronView';
import { WeightView } from './WeightView';
import './inspector.css';
import { ACTIVATION_LABELS } from '../kit/labels';
import type { Selection } from '../../store/appState';
import { useApp, useAppState, useCommands } from '../kit/appContext';
import { focusHandoff } from '../kit/focusHandoff';
import { useFrame } from '../kit/useFrame';

export interface InspectorProps {
  /**
   * Which trainer's numbers to show. Default 0; pass `null` to follow the network the
   * selection was made on (compare mode with one inspector).
   */
  trainer?: number | null;
}

export const EMPTY_HINT = 'Click a neuron, a weight or a bias in the network to see its numbers.';

export function Inspector({ trainer = 0 }: InspectorProps) {
  const selected = useAppState((s) => s.selection);
  const selectedTrainer = useAppState((s) => s.selectedTrainer);
  const select = useCommands().select;
  const t = trainer ?? selectedTrainer;
  const config = useAppState((s) => s.running[t]);
  const frame = useFrame((f) => f);
  const state = useMemo(() => (frame ? netStateOf(frame, t, config) : null), [frame, t, config]);
  const [rootRef, close, onKeyDown] = useInspectorFocus(selected !== null, () => select(null, t), selectedTrainer);

  return (
    <div className="inspector" ref={rootRef} onKeyDown={onKeyDown}>
      <div className="insp-head">
        <h2>Inspector</h2>
        {state?.stepping && (
          <span className="insp-mode" title="The numbers are those of the one example being stepped through">
            step-through
          </span>
        )}
        {selected && (
          <button type="button" className="insp-close" aria-label="Clear the selection" onClick={close}>
            ×
          </button>
        )}
      </div>
      {selected && selectedTrainer !== t ? (
        <p className="insp-hint">
          That was selected on network {networkLetter(selectedTrainer)}; this panel shows network {networkLetter(t)}.
        </p>
      ) : (
        <InspectorBody selected={selected} state={state} report={matchingReport(frame, selected, t)} trainer={t} />
      )}
    </div>
  );
}

function InspectorBody({
  selected,
  state,
  report,
  trainer,
}: {
  selected: Selection | null;
  state: NetState | null;
  report: WeightReport | null;
  trainer: number;
}) {
  if (!selected) return <p className="insp-hint">{EMPTY_HINT}</p>;
  if (!state) return <p className="insp-hint">Waiting for the network…</p>;
  if (!fitsNetwork(state.sizes, selected)) {
    return <p className="insp-hint">That element is not in the current network. {EMPTY_HINT}</p>;
  }
  switch (selected.kind) {
    case 'neuron':
      return (
        <>
          <NeuronView state={state} layer={selected.layer} unit={selected.unit} />
          <IncomingWeights state={state} layer={selected.layer} unit={selected.unit} trainer={trainer} />
        </>
      );
    case 'bias':
      return <BiasView state={state} layer={selected.layer} unit={selected.unit} />;
    case 'weight':
      return <WeightView state={state} weight={selected} report={report} />;
    case 'layer':
      return <LayerSummary state={state} layer={selected.layer} />;
  }
}

function LayerSummary({ state, layer }: { state: NetState; layer: number }) {
  const name = state.activations[layer];
  const output = layer === state.sizes.length - 2;
  return (
    <div className="insp-body">
      <p className="insp-title-text">
        {output ? 'Output layer' : `Hidden layer ${layer + 1}`}: {state.sizes[layer + 1]} neurons
        {name ? `, ${ACTIVATION_LABELS[name]}` : ''}, {state.sizes[layer]} inputs each.
      </p>
      <p className="insp-hint">{EMPTY_HINT}</p>
    </div>
  );
}

/**
 * The inspector's part in focus management: it takes the focus on its heading when a panel
 * hands it over (a weight chosen by keyboard), and closing it (× or Escape) clears the
 * selection and gives the focus back where it came from, by default the graph's cursor.
 */
function useInspectorFocus(open: boolean, clear: () => void, trainer: number) {
  const app = useApp();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const h = focusHandoff(app);
    const heading = ref.current?.querySelector<HTMLElement>('[data-inspector-heading]');
    if (h.toInspector && heading) {
      h.toInspector = false;
      heading.focus();
    }
  });
  const close = () => {
    const h = focusHandoff(app);
    const back = h.returnTo;
    h.returnTo = null;
    clear();
    if (back) return back();
    const graphs = ref.current?.closest('.app')?.querySelectorAll<HTMLElement>('[data-testid="graph-cursor"]');
    graphs?.[Math.min(trainer, graphs.length - 1)]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open || e.defaultPrevented) return;
    // Escape here closes the inspector (not step-through mode, as it does elsewhere).
    e.preventDefault();
    e.stopPropagation();
    close();
  };
  return [ref, close, onKeyDown] as const;
}

const networkLetter = (t: number) => String.fromCharCode(65 + t);

/** The worker's weight report, only when it is about the selected weight. */
function matchingReport(frame: Frame | null, selected: Selection | null, trainer: number): WeightReport | null {
  const r = frame?.weight;
  if (!r || selected?.kind !== 'weight' || r.trainer !== trainer) return null;
  return sameWeight(r.weight, selected) ? r : null;
}

function sameWeight(a: WeightRef, b: WeightRef): boolean {
  return a.layer === b.layer && a.to === b.to && a.from === b.from;
}
