/** The activation curve's flat z-ranges (|f′| near 0), shaded across both panels and named where there is room. */
import type { ScaleLinear } from 'd3-scale';

export interface SaturatedRegionsProps {
  /** [from, to] z-ranges, from saturatedRegions (activationGeometry.ts). */
  regions: readonly (readonly [number, number])[];
  x: ScaleLinear<number, number>;
  /** The f(z) panel's height, and where the f′(z) panel starts and how tall it is. */
  fHeight: number;
  dTop: number;
  dHeight: number;
  /** ReLU's flat part: its units are inactive (f′ = 0), not saturated. */
  inactive: boolean;
}

export function SaturatedRegions({ regions, x, fHeight, dTop, dHeight, inactive }: SaturatedRegionsProps) {
  return regions.map(([a, b], k) => (
    <g key={k} className="bl-lens-saturated-region" data-from={a} data-to={b}>
      <rect className="bl-lens-saturated" x={x(a)} width={Math.max(0, x(b) - x(a))} y={0} height={fHeight} />
      <rect className="bl-lens-saturated" x={x(a)} width={Math.max(0, x(b) - x(a))} y={dTop} height={dHeight} />
      {x(b) - x(a) > (inactive ? 100 : 56) && (
        <text className="bl-lens-saturated-label" x={(x(a) + x(b)) / 2} y={fHeight / 2 + 4} textAnchor="middle">
          {inactive ? 'inactive (f′ = 0)' : 'saturated'}
        </text>
      )}
    </g>
  ));
}
