/**
 * The class a click on the map adds: one toggle button per class, each showing the colour
 * and marker the map draws that class with (K classes under a softmax: shaped by class; two
 * classes on one output: dots), named as the legend names it ("Class 3").
 */
import type { LabelStyle } from '../../../engine';
import { SIGN_COLORS, classColor } from '../../kit/encodings';
import { classShape, markerPath } from '../classMarkers';

export interface ClassPickerProps {
  /** Classes to choose from (2–5). */
  classes: number;
  /** How the map names and draws them: one-hot (a softmax) or one output. */
  labels: LabelStyle;
  classIndex: number;
  onClassIndex(k: number): void;
}

/** The name the legend gives class index c (one-hot: 1 … K; one output: 0 or −1, and 1). */
export function className(c: number, labels: LabelStyle): string {
  if (labels === 'one-hot') return String(c + 1);
  return c === 1 ? '1' : labels === 'plus-minus' ? '−1' : '0';
}

/** The class a digit key picks, as its name reads (one-hot: 1 … K; one output: 1, and 0 for 0 or −1), or null. */
export function classOfKey(key: string, classes: number, labels: LabelStyle): number | null {
  if (!/^[0-9]$/.test(key)) return null;
  const d = Number(key);
  if (labels !== 'one-hot') return d <= 1 ? d : null;
  return d >= 1 && d <= classes ? d - 1 : null;
}

function Marker({ c, oneHot }: { c: number; oneHot: boolean }) {
  const colour = oneHot ? classColor(c) : c === 1 ? SIGN_COLORS.positive : SIGN_COLORS.negative;
  return (
    <svg width="14" height="14" aria-hidden="true" className="bl-own-class-marker">
      <path
        d={markerPath(oneHot ? classShape(c) : 'circle', 7, 7, 4.6)}
        fill={colour}
        stroke="#ffffff"
        strokeWidth={0.8}
      />
    </svg>
  );
}

export function ClassPicker({ classes, labels, classIndex, onClassIndex }: ClassPickerProps) {
  const oneHot = labels === 'one-hot';
  // Two classes on one output read positive first, as the legend lists them.
  const order = oneHot ? Array.from({ length: classes }, (_, c) => c) : [1, 0];
  return (
    <span role="group" aria-label="Class a click adds" className="bl-own-class">
      Add
      {order.map((c) => (
        <button
          key={c}
          type="button"
          aria-pressed={classIndex === c}
          aria-label={`Class ${className(c, labels)}`}
          onClick={() => onClassIndex(c)}
        >
          <Marker c={c} oneHot={oneHot} />
          {className(c, labels)}
        </button>
      ))}
    </span>
  );
}
