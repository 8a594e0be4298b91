/** Paints the output map: the points when the data or layout change, the model's map or curve when a new one comes. */
import { useEffect, useRef, type RefObject } from 'react';
import type { OutputMap as OutputMapData, TrainerData } from '../../worker/protocol';
import { prepareCanvas } from '../kit/canvas';
import { setRepaint } from '../kit/repaint';
import { useFrameDraw } from '../kit/useFrameDraw';
import { overflowText, type MapGeometry } from './outputMapGeometry';
import { renderClassMap, renderClassMapCells } from './renderClassMap';
import { curvePath, renderHeatmap, renderHeatmapCells, renderPoints } from './renderOutputMap';

export interface OutputMapPaint {
  /** The model's output: the heatmap or class map under the points. */
  heatRef: RefObject<HTMLCanvasElement | null>;
  pointsRef: RefObject<HTMLCanvasElement | null>;
  /** The model's curve ŷ(x) (regression). */
  curveRef: RefObject<SVGPathElement | null>;
  /** The sentence saying that outputs overflowed (hidden when none did). */
  overflowRef: RefObject<HTMLParagraphElement | null>;
}

/**
 * `extent` is the grid's half-width the geometry was laid out for; a map of another
 * extent calls `onExtent` and is drawn after the re-layout.
 */
export function useOutputMapPaint(
  trainer: number,
  data: TrainerData | undefined,
  geometry: MapGeometry | null,
  extent: number,
  onExtent: (extent: number) => void,
): OutputMapPaint {
  const heatRef = useRef<HTMLCanvasElement>(null);
  const pointsRef = useRef<HTMLCanvasElement>(null);
  const curveRef = useRef<SVGPathElement>(null);
  const scratchRef = useRef<HTMLCanvasElement | null>(null);
  const overflowRef = useRef<HTMLParagraphElement>(null);

  // Points: only when the data or the layout change.
  useEffect(() => {
    const canvas = pointsRef.current;
    if (!canvas || !geometry || !data) return;
    const ctx = prepareCanvas(canvas, geometry.width, geometry.height);
    if (ctx) renderPoints(ctx, data, geometry);
    setRepaint(canvas, (c) => renderPoints(c, data, geometry));
  }, [data, geometry]);

  // The model's output: a map comes only with frames whose weights changed (the store keeps
  // the latest one); drawn at most once per animation frame, and only when it is new.
  const drawn = useRef<{ map: OutputMapData | null; geometry: MapGeometry | null; data: TrainerData | undefined }>({
    map: null,
    geometry: null,
    data: undefined,
  });
  useFrameDraw((_frame, _text, state) => {
    const map = state.outputMaps[trainer] ?? null;
    if (!geometry || !data) return;
    const last = drawn.current;
    if (last.map === map && last.geometry === geometry && last.data === data) return;
    drawn.current = { map, geometry, data };
    const mapGeometryKind = map?.kind === 'classes' ? 'grid' : map?.kind;
    if (!map || mapGeometryKind !== geometry.kind) {
      // New data (or none yet): don't leave the previous model's picture under it.
      if (heatRef.current) prepareCanvas(heatRef.current, geometry.width, geometry.height);
      setRepaint(heatRef.current, null);
      curveRef.current?.removeAttribute('d');
      return;
    }
    if (map.kind !== 'curve' && map.extent !== extent) {
      onExtent(map.extent); // re-lays out, then draws again
      return;
    }
    // Outputs that overflowed are grey cells or gaps in the curve: say so, never leave them to pass for a colour.
    const overflow = overflowText(map);
    if (overflowRef.current) {
      overflowRef.current.hidden = overflow === '';
      overflowRef.current.textContent = overflow;
    }
    if (map.kind !== 'curve' && heatRef.current) {
      const ctx = prepareCanvas(heatRef.current, geometry.width, geometry.height);
      scratchRef.current ??= document.createElement('canvas');
      if (ctx && map.kind === 'grid') renderHeatmap(ctx, map, geometry, data.labels, scratchRef.current);
      if (ctx && map.kind === 'classes') renderClassMap(ctx, map, geometry, scratchRef.current);
      // The picture export replays the map as vector cells.
      setRepaint(heatRef.current, (c) =>
        map.kind === 'grid' ? renderHeatmapCells(c, map, geometry, data.labels) : renderClassMapCells(c, map, geometry),
      );
    }
    if (map.kind === 'curve') curveRef.current?.setAttribute('d', curvePath(map, geometry));
  });
  return { heatRef, pointsRef, curveRef, overflowRef };
}
