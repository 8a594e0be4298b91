/**
 * What the graph's marks mean right now, and the two switches of the edge encoding:
 * width shows |∂L/∂w| or |w|, on a linear or a log scale (radio groups wired to the
 * app's view settings). The largest value in view refreshes twice a second.
 */
import { useId, type ReactNode } from 'react';
import type { EdgeMode, EdgeScale } from '../../store/appState';
import { useAppState, useCommands } from '../kit/appContext';
import { NON_FINITE_MARK, formatCount, formatNumber } from '../kit/format';
import { useFrame } from '../kit/useFrame';
import { sharedEdgeMax } from './edgeValues';
import { ColorKey, NodeKey, NonFiniteKey, WidthKey } from './LegendKeys';
import './graph.css';

export interface EdgeLegendProps {
  /** Trainers whose largest edge value the legend quotes (one, or both in compare mode). */
  trainers?: readonly number[];
  /** Hide the node-fill and saturation keys (e.g. when another legend shows them). */
  compact?: boolean;
  /** The encoding the graph is forced to use for now, with the reason shown instead of the toggle. */
  modeOverride?: { mode: EdgeMode; reason: string };
  /** Its name for assistive technology (two graphs on screen need two names). */
  name?: string;
  /** Lecture mode: the switches and the key in words, without the small drawn samples. */
  large?: boolean;
}

const REFRESH_MS = 500;

interface Choice<T extends string> {
  value: T;
  text: string;
  label: string;
}

function RadioGroup<T extends string>(p: {
  legend: string;
  name: string;
  value: T;
  choices: Choice<T>[];
  onChange: (v: T) => void;
}): ReactNode {
  return (
    // A switch, not part of the key: left out of exported pictures.
    <fieldset data-export-skip="">
      <legend>{p.legend}</legend>
      {p.choices.map((c) => (
        <label key={c.value} className="bpl-seg">
          <input
            type="radio"
            name={p.name}
            value={c.value}
            checked={p.value === c.value}
            aria-label={c.label}
            onChange={() => p.onChange(c.value)}
          />
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

export function EdgeLegend({
  trainers = FIRST,
  compact = false,
  modeOverride,
  name = 'Graph legend',
  large = false,
}: EdgeLegendProps): ReactNode {
  const id = useId();
  const chosenMode = useAppState((s) => s.view.edgeMode);
  const mode = modeOverride?.mode ?? chosenMode;
  const scale = useAppState((s) => s.view.edgeScale);
  const { setEdgeMode: setMode, setEdgeScale: setScale } = useCommands();
  // The largest edge value in view, re-read at most twice a second while training plays.
  const max = useFrame((f) => sharedEdgeMax(f, trainers, mode), REFRESH_MS, [trainers.join(','), mode]);
  const symbol = mode === 'gradient' ? '|∂L/∂w|' : '|w|';
  const nonFinite = useFrame(
    (f) => trainers.reduce((n, k) => n + (f?.trainers[k]?.nonFinite[mode === 'gradient' ? 'grads' : 'params'] ?? 0), 0),
    REFRESH_MS,
    [trainers.join(','), mode],
  );
  return (
    <section className="bpl-legend" aria-label={name}>
      {modeOverride ? (
        <p className="bpl-legend-note" role="note">
          {modeOverride.reason}
        </p>
      ) : (
        <RadioGroup legend="Edge width" name={`${id}-mode`} value={mode} choices={MODES} onChange={setMode} />
      )}
      <RadioGroup legend="Scale" name={`${id}-scale`} value={scale} choices={SCALES} onChange={setScale} />
      <div className="bpl-legend-key" data-testid="width-key">
        {!large && <WidthKey scale={scale} />}
        <span>
          width = {symbol}
          {scale === 'linear' ? ', relative to the largest' : ', decades below the largest'}
          {trainers.length > 1 ? ' of both networks' : ''}
          {max !== null && <> ({formatNumber(max)})</>}
        </span>
      </div>
      {nonFinite > 0 && (
        <div className="bpl-legend-key bpl-legend-nonfinite" role="note">
          <NonFiniteKey />
          <span>
            {`${NON_FINITE_MARK} ${formatCount(nonFinite)} ${mode === 'gradient' ? 'gradient' : 'weight'}${nonFinite === 1 ? '' : 's'}`}{' '}
            overflowed (∞ or NaN, not a number): dashed
          </span>
        </div>
      )}
      <div className="bpl-legend-key">
        <ColorKey />
      </div>
      {!compact && !large && (
        <div className="bpl-legend-key">
          <NodeKey />
        </div>
      )}
    </section>
  );
}
