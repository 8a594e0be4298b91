/** Key for the output map: class colours, train dots vs test rings, and the output scale. */
import type { LabelStyle } from '../../engine';
import { outputRange } from './outputMapGeometry';
import { heatRgb } from './renderOutputMap';
import { SIGN_COLORS } from '../kit/encodings';

const NEUTRAL = '#3e4c59';

function Dot({ colour, hollow = false }: { colour: string; hollow?: boolean }) {
  return (
    <svg width="12" height="12" aria-hidden="true">
      <circle cx="6" cy="6" r="4" fill={hollow ? 'none' : colour} stroke={colour} strokeWidth={hollow ? 1.6 : 0} />
    </svg>
  );
}

export function OutputMapLegend({ kind, labels }: { kind: 'grid' | 'curve'; labels: LabelStyle }) {
  const [lo, hi] = outputRange(labels);
  const gradient = `linear-gradient(to right, ${[0, 0.25, 0.5, 0.75, 1].map((t) => `rgb(${heatRgb(t).join(',')})`).join(', ')})`;
  const pointColour = kind === 'grid' ? '#7b8794' : NEUTRAL;
  return (
    <ul className="bl-chart-legend bl-output-legend" aria-label="Legend">
      {kind === 'grid' && (
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
            <line x1="1" x2="21" y1="5" y2="5" stroke="#0072B2" strokeWidth="2.5" />
          </svg>
          model ŷ(x)
        </li>
      ) : (
        <li className="bl-chart-legend-item">
          <span className="bl-chart-legend-label">output</span>
          <span>{lo === -1 ? '−1' : '0'}</span>
          <span className="bl-output-ramp" style={{ background: gradient }} aria-hidden="true" />
          <span>{hi}</span>
        </li>
      )}
    </ul>
  );
}
