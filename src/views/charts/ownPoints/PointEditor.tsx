/**
 * Editing points on the output map: click to add a point of the chosen class (regression:
 * at the clicked y), drag a point to move it, right-click it (or hover it and press Delete)
 * to remove it, Ctrl+Z to undo. From the keyboard the layer is one tab stop: the arrow keys
 * move a cross, Enter adds a point there, Delete removes the point under it.
 */
import { useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { pointsFromData } from '../../../store/ownData/points';
import type { LabelStyle } from '../../../engine';
import type { TrainerData } from '../../../worker/protocol';
import { useAppState, useCommands } from '../../kit/appContext';
import type { MapGeometry } from '../outputMapGeometry';
import { classOfKey } from './ClassPicker';

const HIT_PX = 9;
const KEY_STEP = 0.25;

export interface PointEditorProps {
  geometry: MapGeometry;
  data: TrainerData;
  classIndex: number;
  /** Picking a class from the keyboard (classification only). */
  classes?: { count: number; labels: LabelStyle; onPick(k: number): void };
}

export function PointEditor({ geometry, data, classIndex, classes }: PointEditorProps) {
  const commands = useCommands();
  const dataset = useAppState((s) => s.config.dataset);
  const rows = useMemo(
    () => (dataset.kind === 'custom' ? dataset.points?.rows : pointsFromData(data)?.rows) ?? [],
    [dataset, data],
  );
  const { x, y, width, height } = geometry;
  const [hover, setHover] = useState<number | null>(null);
  const [drag, setDrag] = useState<{ index: number; px: number; py: number; moved: boolean } | null>(null);
  const [cursor, setCursor] = useState<{ x: number; y: number } | null>(null);
  const svgRef = useRef<SVGSVGElement>(null);

  const local = (e: PointerEvent) => {
    const r = svgRef.current!.getBoundingClientRect();
    return { px: e.clientX - r.left, py: e.clientY - r.top };
  };
  const nearest = (px: number, py: number, radius = HIT_PX) => {
    let best: number | null = null;
    let bestD = radius * radius;
    rows.forEach((row, k) => {
      const d = (x(row[0]) - px) ** 2 + (y(row[1]) - py) ** 2;
      if (d <= bestD) [best, bestD] = [k, d];
    });
    return best;
  };
  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    if (e.button !== 0) return;
    const { px, py } = local(e);
    const hit = nearest(px, py);
    if (hit === null) return commands.addPoint(x.invert(px), y.invert(py), classIndex);
    e.currentTarget.setPointerCapture?.(e.pointerId);
    setDrag({ index: hit, px, py, moved: false });
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    const { px, py } = local(e);
    if (drag)
      setDrag({
        ...drag,
        px,
        py,
        moved: drag.moved || Math.hypot(px - x(rows[drag.index][0]), py - y(rows[drag.index][1])) > 2,
      });
    else setHover(nearest(px, py));
  };
  const onPointerUp = () => {
    if (drag?.moved) commands.movePoint(drag.index, x.invert(drag.px), y.invert(drag.py));
    setDrag(null);
  };
  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const at = cursor ?? { x: 0, y: 0 };
    const move = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] }[e.key];
    const picked = classes ? classOfKey(e.key, classes.count, classes.labels) : null;
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z') commands.undoPoints();
    else if (picked !== null) classes!.onPick(picked);
    else if (move) setCursor({ x: at.x + move[0] * KEY_STEP, y: at.y + move[1] * KEY_STEP });
    else if (e.key === 'Enter' || e.key === ' ') commands.addPoint(at.x, at.y, classIndex);
    else if (e.key === 'Delete' || e.key === 'Backspace') {
      const target = cursor ? nearest(x(at.x), y(at.y), HIT_PX * 1.5) : hover;
      if (target !== null) commands.removePoint(target);
      setHover(null);
    } else return;
    e.preventDefault();
  };
  const marked = drag?.index ?? hover;
  return (
    <svg
      ref={svgRef}
      className="bl-point-editor"
      width={width}
      height={height}
      tabIndex={0}
      role="application"
      aria-label={`Edit points: ${rows.length} points. Arrow keys move the cross, Enter adds a point${classes ? ' (a digit picks its class)' : ''}, Delete removes the one under the cross, Ctrl+Z undoes.`}
      data-export-skip=""
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerLeave={() => setHover(null)}
      onContextMenu={(e) => {
        const { px, py } = local(e as unknown as PointerEvent);
        const hit = nearest(px, py);
        if (hit === null) return;
        e.preventDefault();
        commands.removePoint(hit);
        setHover(null);
      }}
      onFocus={() => setCursor((c) => c ?? { x: 0, y: 0 })}
      onBlur={() => setCursor(null)}
      onKeyDown={onKeyDown}
    >
      {marked !== null && rows[marked] && (
        <circle className="bl-point-marked" cx={x(rows[marked][0])} cy={y(rows[marked][1])} r={8} />
      )}
      {drag?.moved && <circle className="bl-point-dragged" cx={drag.px} cy={drag.py} r={6} />}
      {cursor && (
        <g className="bl-point-cursor" transform={`translate(${x(cursor.x)},${y(cursor.y)})`}>
          <path d="M-8 0H8M0 -8V8" />
          <circle r={HIT_PX * 1.5} />
        </g>
      )}
    </svg>
  );
}
