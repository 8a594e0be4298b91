/** The network diagram with its legend, drawing what the worker is actually running. */
import { useMemo } from 'react';
import { useRunStore } from '../store/runStore';
import { EdgeLegend } from './graph/EdgeLegend';
import { NetworkGraph } from './graph/NetworkGraph';
import { phaseFocus } from './step/phaseText';
import { useFrameSelector } from './step/useFrameSelector';

const FORWARD_OVERRIDE = {
  mode: 'weight' as const,
  reason: 'Forward pass: edge width shows |w|, the weights carrying the signal. Gradients appear on the way back.',
};

export interface GraphPanelProps {
  trainer?: number;
  stepThrough?: boolean;
  /** Compare mode: both networks share one edge-width scale, quoted by the legend. */
  shareScaleWith?: readonly number[];
  /** A shorter legend (the second network in compare mode). */
  compactLegend?: boolean;
}

export function GraphPanel({ trainer = 0, stepThrough = false, shareScaleWith, compactLegend = false }: GraphPanelProps) {
  const config = useRunStore((s) => s.configs[trainer]);
  const activations = useMemo(
    () => (config ? [...config.hidden.map((l) => l.activation), config.output] : []),
    [config],
  );
  const phaseKey = useFrameSelector((f) => {
    const st = f?.stepper;
    return st && st.position > 0 ? JSON.stringify(st.phases[st.position - 1]) : '';
  });
  // Before the backward pass reaches a layer there is no gradient to draw: while the signal
  // flows forward, edges show |w|, the weights that carry it.
  const forward = stepThrough && (phaseKey === '' || /forward|loss/.test(phaseKey));
  const focus = useMemo(
    () => (stepThrough && phaseKey ? phaseFocus(JSON.parse(phaseKey), activations.length) : undefined),
    [stepThrough, phaseKey, activations.length],
  );
  return (
    <section className="graph-panel card" aria-label={`Network ${trainer + 1}`}>
      <NetworkGraph trainer={trainer} activations={activations} focus={focus} showValues={stepThrough}
        shareScaleWith={shareScaleWith} edgeModeOverride={forward ? 'weight' : undefined} />
      <EdgeLegend trainers={shareScaleWith ?? [trainer]} compact={compactLegend}
        modeOverride={forward ? FORWARD_OVERRIDE : undefined} />
    </section>
  );
}
