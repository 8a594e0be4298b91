/** The network diagram with its legend, drawing what the worker is actually running. */
import { useMemo } from 'react';
import { useAppState } from '../kit/appContext';
import { activationsOf } from '../kit/names';
import { useFrame } from '../kit/useFrame';
import { usePanelGlow } from '../lessons/highlight';
import { phaseFocus } from '../step/phaseText';
import { EdgeLegend } from './EdgeLegend';
import { LECTURE_TEXT_SCALE } from './layout';
import { NetworkGraph } from './NetworkGraph';

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
  /** Lecture mode: larger text and thicker strokes, readable from the back of a room. */
  large?: boolean;
}

export function GraphPanel({
  trainer = 0,
  stepThrough = false,
  shareScaleWith,
  compactLegend = false,
  large = false,
}: GraphPanelProps) {
  const config = useAppState((s) => s.running[trainer]);
  const glow = usePanelGlow('graph');
  const activations = useMemo(() => activationsOf(config), [config]);
  // The phase the worker confirmed, as text: it changes on Next/Previous, not per frame.
  const phaseKey = useFrame((f) => {
    const st = f?.stepper;
    return st && st.position > 0 ? JSON.stringify(st.phases[st.position - 1]) : '';
  }, 0);
  // Before the backward pass reaches a layer there is no gradient to draw: while the signal
  // flows forward, edges show |w|, the weights that carry it.
  const forward = stepThrough && (phaseKey === '' || /forward|loss/.test(phaseKey));
  const focus = useMemo(
    () => (stepThrough && phaseKey ? phaseFocus(JSON.parse(phaseKey), activations.length) : undefined),
    [stepThrough, phaseKey, activations.length],
  );
  return (
    <section
      className={`graph-panel card${trainer === 0 ? glow : ''}`}
      aria-label={`Network ${trainer + 1}`}
      data-export={shareScaleWith ? undefined : 'network'}
      data-export-title="Network graph"
    >
      <NetworkGraph
        trainer={trainer}
        activations={activations}
        focus={focus}
        showValues={stepThrough}
        shareScaleWith={shareScaleWith}
        edgeModeOverride={forward ? 'weight' : undefined}
        textScale={large ? LECTURE_TEXT_SCALE : 1}
      />
      <EdgeLegend
        trainers={shareScaleWith ?? [trainer]}
        compact={compactLegend}
        modeOverride={forward ? FORWARD_OVERRIDE : undefined}
        large={large}
      />
    </section>
  );
}
