/** Key for the output map: class colours (and shapes), train dots vs test rings, and the output scale. */
import type { LabelStyle } from '../../engine';
import { outputRange } from './outputMapGeometry';
import { heatRgb } from './renderOutputMap';
import { classTint } from './renderClassMap';
import { classShape, markerPath } from './classMarkers';
import { SIGN_COLORS, classColor } from '../kit/encodings';

const NEUTRAL = '#3e4c59';

function Dot({ colour, hollow = false }: { colour: string; hollow?: boolean }) {
  return (
    <svg width="12" height="12" aria-hidden="true">
      <circle cx="6" cy="6" r="4" fill={hollow ? 'none' : colour} stroke={colour} strokeWidth={hollow ? 1.6 : 0} />
    </svg>
  );
}

function ClassMarker({ c }: { c: number }) {
  return (
    <svg width="14" height="14" aria-hidden="true">
      <path d={markerPath(classShape(c), 7, 7, 4.2)} fill={classColor(c)} stroke="#ffffff" strokeWidth={0.8} />
    </svg>
  );
}

const ramp = (colour: (t: number) => [number, number, number]) =>
  `linear-gradient(to right, ${[0, 0.25, 0.5, 0.75, 1].map((t) => `rgb(${colour(t).join(',')})`).join(', ')})`;

export interface OutputMapLegendProps {
  kind: 'grid' | 'curve';
  labels: LabelStyle;
  /** Outputs (classes for one-hot labels). */
  classes?: number;
}

export function OutputMapLegend({ kind, labels, classes = 2 }: OutputMapLegendProps) {
  const [lo, hi] = outputRange(labels);
  const pointColour = kind === 'grid' ? '#7b8794' : NEUTRAL;
  const oneHot = labels === 'one-hot' && kind === 'grid';
  return (
    <ul className="bl-chart-legend bl-output-legend" aria-label="Legend">
      {oneHot &&
        Array.from({ length: classes }, (_, c) => (
          <li key={c} className="bl-chart-legend-item" data-testid="class-key">
            <ClassMarker c={c} />
            {`class ${c + 1}`}
          </li>
        ))}
      {kind === 'grid' && !oneHot && (
        <>
          <li className="bl-chart-legend-item">
            <Dot colour={SIGN_COLORS.positive} />
            class 1
          </li>
          <li className="bl-chart-legend-item">
            <Dot colour={SIGN_COLORS.negative} />
            {`class ${lo === -1 ? '−1' : '0'}`}
          </li>
        </>
      )}
      <li className="bl-chart-legend-item">
        <Dot colour={pointColour} />
        train
      </li>
      <li className="bl-chart-legend-item">
        <Dot colour={pointColour} hollow />
        test
      </li>
      {kind === 'curve' ? (
        <li className="bl-chart-legend-item">
          <svg width="22" height="10" aria-hidden="true">
            <line x1="1" x2="21" y1="5" y2="5" stroke="var(--run-1)" strokeWidth="2.5" />
          </svg>
          model ŷ(x)
        </li>
      ) : oneHot ? (
        <li className="bl-chart-legend-item">
          <span className="bl-chart-legend-label">winner's probability</span>
          <span>{`1/${classes}`}</span>
          <span className="bl-output-ramp" style={{ background: ramp((t) => classTint(1, t)) }} aria-hidden="true" />
          <span>1</span>
        </li>
      ) : (
        <li className="bl-chart-legend-item">
          <span className="bl-chart-legend-label">output</span>
          <span>{lo === -1 ? '−1' : '0'}</span>
          <span className="bl-output-ramp" style={{ background: ramp(heatRgb) }} aria-hidden="true" />
          <span>{hi}</span>
        </li>
      )}
    </ul>
  );
}
