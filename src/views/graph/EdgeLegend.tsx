/**
 * What the graph's marks mean right now, and the two switches of the edge encoding:
 * width shows |∂L/∂w| or |w|, on a linear or a log scale (radio groups wired to the
 * selection store). The largest value in view refreshes twice a second.
 */
import { useEffect, useId, useState, type ReactNode } from 'react';
import { frameStore } from '../../store/frameStore';
import { useSelectionStore, type EdgeMode, type EdgeScale } from '../../store/selectionStore';
import { formatNumber } from '../encodings';
import { sharedEdgeMax } from './renderEdges';
import { ColorKey, NodeKey, WidthKey } from './LegendKeys';
import './graph.css';

export interface EdgeLegendProps {
  /** Trainers whose largest edge value the legend quotes (one, or both in compare mode). */
  trainers?: readonly number[];
  /** Hide the node-fill and saturation keys (e.g. when another legend shows them). */
  compact?: boolean;
  /** The encoding the graph is forced to use for now, with the reason shown instead of the toggle. */
  modeOverride?: { mode: EdgeMode; reason: string };
}

const REFRESH_MS = 500;

function largestEdge(trainers: readonly number[], mode: EdgeMode): number | null {
  return sharedEdgeMax(frameStore.getState().frame, trainers, mode);
}

/** The largest edge value in view, re-read every REFRESH_MS (not per frame). */
function useLargestEdge(trainers: readonly number[], mode: EdgeMode): number | null {
  const [max, setMax] = useState(() => largestEdge(trainers, mode));
  const key = trainers.join(',');
  useEffect(() => {
    const list = key.split(',').map(Number);
    const update = () => setMax(largestEdge(list, mode));
    // Re-read at once when the encoding changes (not only at the next interval).
    const first = setTimeout(update, 0);
    const timer = setInterval(update, REFRESH_MS);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [key, mode]);
  return max;
}

interface Choice<T extends string> {
  value: T;
  text: string;
  label: string;
}

function RadioGroup<T extends string>(p: { legend: string; name: string; value: T; choices: Choice<T>[]; onChange: (v: T) => void }): ReactNode {
  return (
    <fieldset>
      <legend>{p.legend}</legend>
      {p.choices.map((c) => (
        <label key={c.value} className="bpl-seg">
          <input type="radio" name={p.name} value={c.value} checked={p.value === c.value}
            aria-label={c.label} onChange={() => p.onChange(c.value)} />
          <span aria-hidden="true">{c.text}</span>
        </label>
      ))}
    </fieldset>
  );
}

const MODES: Choice<EdgeMode>[] = [
  { value: 'gradient', text: '|∂L/∂w|', label: 'Gradient |∂L/∂w|' },
  { value: 'weight', text: '|w|', label: 'Weight |w|' },
];
const SCALES: Choice<EdgeScale>[] = [
  { value: 'linear', text: 'Linear', label: 'Linear scale' },
  { value: 'log', text: 'Log', label: 'Log scale' },
];

const FIRST: readonly number[] = [0];

export function EdgeLegend({ trainers = FIRST, compact = false, modeOverride }: EdgeLegendProps): ReactNode {
  const id = useId();
  const chosenMode = useSelectionStore((s) => s.edgeMode);
  const mode = modeOverride?.mode ?? chosenMode;
  const scale = useSelectionStore((s) => s.edgeScale);
  const setMode = useSelectionStore((s) => s.setEdgeMode);
  const setScale = useSelectionStore((s) => s.setEdgeScale);
  const max = useLargestEdge(trainers, mode);
  const symbol = mode === 'gradient' ? '|∂L/∂w|' : '|w|';
  return (
    <section className="bpl-legend" aria-label="Graph legend">
      {modeOverride
        ? <p className="bpl-legend-note" role="note">{modeOverride.reason}</p>
        : <RadioGroup legend="Edge width" name={`${id}-mode`} value={mode} choices={MODES} onChange={setMode} />}
      <RadioGroup legend="Scale" name={`${id}-scale`} value={scale} choices={SCALES} onChange={setScale} />
      <div className="bpl-legend-key" data-testid="width-key">
        <WidthKey scale={scale} />
        <span>
          width = {symbol}
          {scale === 'linear' ? ', relative to the largest' : ', decades below the largest'}
          {max !== null && <> ({formatNumber(max)})</>}
        </span>
      </div>
      <div className="bpl-legend-key">
        <ColorKey />
      </div>
      {!compact && (
        <div className="bpl-legend-key">
          <NodeKey />
        </div>
      )}
    </section>
  );
}
