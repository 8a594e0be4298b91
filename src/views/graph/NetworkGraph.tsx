/**
 * The network graph: inputs, hidden layers and output left to right. Edges are painted
 * on a canvas (renderEdges), nodes and hit targets are React-owned SVG (NodeLayer);
 * frames arrive through useFrameDraw and update both without re-rendering. React
 * re-renders only when the layer sizes, the size of the box, the selection/encodings or
 * the hovered element change.
 */
import { useCallback, useId, useMemo, useRef, useState, useSyncExternalStore, type MouseEvent, type PointerEvent, type ReactNode } from 'react';
import type { ActivationName } from '../../engine';
import { frameStore } from '../../store/frameStore';
import { useSelectionStore, type EdgeMode } from '../../store/selectionStore';
import type { Frame, TrainerFrame } from '../../worker/protocol';
import { ColumnHeaders, DenseLayerNotes } from './ColumnHeaders';
import { drawNodes, type NodeRegistry } from './drawNodes';
import { GraphTooltip } from './GraphTooltip';
import { nearestEdge } from './hitTest';
import { computeLayout, MIN_SIZE } from './layout';
import { NodeLayer } from './NodeLayer';
import { renderEdges, sharedEdgeMax } from './renderEdges';
import { sameTarget, selectionOf, type GraphTarget } from './targets';
import { useContainerSize } from './useContainerSize';
import { useFrameDraw } from './useFrameDraw';
import './graph.css';

export interface GraphFocus {
  /** Engine layers (0-based; −1 = the inputs) kept bright; everything else dims. */
  layers?: number[];
  /** Node columns kept bright, when they differ from the edge layers (e.g. δ flows over the layer above). */
  nodes?: number[];
  /** Which way the pass runs: value text shows a (forward) or δ (backward). */
  direction?: 'forward' | 'backward';
  /** Which value the value text shows (default: a forward, δ backward). */
  values?: 'z' | 'a' | 'delta';
}

export interface NetworkGraphProps {
  /** Which trainer of the frame to draw (1 = the second run in compare mode). */
  trainer?: number;
  /** Fixed size in px; by default the graph fills its container. */
  width?: number;
  height?: number;
  /** Activation per engine layer (hidden…, output): headers, saturation marks, tooltips. */
  activations?: readonly ActivationName[];
  /** Step-through focus: dims all but the given layers. */
  focus?: GraphFocus;
  /** Write each node's a (δ when focus.direction is 'backward') next to it. */
  showValues?: boolean;
  /** Trainers whose edges share one width scale (compare mode: [0, 1]). */
  shareScaleWith?: readonly number[];
  /** Overrides the chosen edge encoding (step-through's forward pass shows |w|: no gradient exists yet). */
  edgeModeOverride?: EdgeMode;
}

const NO_ACTIVATIONS: readonly ActivationName[] = [];
const FALLBACK = { width: 720, height: 420 };

function structureKey(frame: Frame | null, trainer: number): string {
  return frame?.trainers[trainer]?.layerSizes.join(',') ?? '';
}

export function NetworkGraph({
  trainer = 0, width, height, activations = NO_ACTIVATIONS, focus, showValues = false, shareScaleWith, edgeModeOverride,
}: NetworkGraphProps): ReactNode {
  const key = useSyncExternalStore(frameStore.subscribe, () => structureKey(frameStore.getState().frame, trainer));
  const boxRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const measured = useContainerSize(boxRef, FALLBACK);
  const size = { width: width ?? measured.width, height: height ?? measured.height };
  const sizes = useMemo(() => (key === '' ? [] : key.split(',').map(Number)), [key]);
  const layout = useMemo(() => computeLayout(sizes, size.width, size.height), [sizes, size.width, size.height]);
  const [registry] = useState<NodeRegistry>(() => new Map());
  const register = useCallback((el: SVGElement | null) => {
    const k = el?.dataset.key;
    if (!el || !k) return;
    registry.set(k, el);
    return () => {
      if (registry.get(k) === el) registry.delete(k);
    };
  }, [registry]);

  const chosenEdgeMode = useSelectionStore((s) => s.edgeMode);
  const edgeMode = edgeModeOverride ?? chosenEdgeMode;
  const edgeScale = useSelectionStore((s) => s.edgeScale);
  const highlightedLayer = useSelectionStore((s) => s.highlightedLayer);
  const path = useSelectionStore((s) => s.highlightedPath);
  const selected = useSelectionStore((s) => s.selected);
  const select = useSelectionStore((s) => s.select);
  const setHighlightedLayer = useSelectionStore((s) => s.setHighlightedLayer);
  const [hover, setHover] = useState<{ target: GraphTarget; x: number; y: number } | null>(null);
  const tooltipId = useId();
  const focusLayers = focus?.layers ?? null;
  const direction = focus?.direction ?? 'forward';

  useFrameDraw(trainer, (frame: TrainerFrame, text: boolean) => {
    if (frame.layerSizes.join(',') !== key) return; // a new structure: React re-renders first
    const scaleMax = shareScaleWith ? sharedEdgeMax(frameStore.getState().frame, shareScaleWith, edgeMode) : null;
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d') ?? null;
    if (canvas && ctx) {
      const dpr = window.devicePixelRatio || 1;
      const w = Math.round(layout.width * dpr);
      const h = Math.round(layout.height * dpr);
      if (canvas.width !== w || canvas.height !== h) {
        canvas.width = w;
        canvas.height = h;
      }
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      renderEdges(ctx, layout, frame, {
        scaleMax,
        mode: edgeMode, scale: edgeScale, highlightedLayer, focusLayers, path,
        selected: selected?.kind === 'weight' ? selected : null,
        hovered: hover?.target.kind === 'weight' ? hover.target : null,
      });
    }
    drawNodes(registry, layout, frame, { activations, mode: edgeMode, scale: edgeScale, direction, valueKind: focus?.values, scaleMax, text });
  });

  const onTarget = useCallback((t: GraphTarget | null) => {
    if (t === null || t.kind === 'weight') return setHover(null);
    const column = t.kind === 'input' ? 0 : t.layer + 1;
    const y = layout.unitY[column]?.[t.unit] ?? 0;
    setHover({ target: t, x: layout.columnX[column] + layout.radius, y: t.kind === 'bias' ? y - layout.radius * 1.6 : y });
  }, [layout]);
  const onSelect = useCallback((t: GraphTarget) => select(selectionOf(t), trainer), [select, trainer]);

  /** The edge under a pointer event, from the event's own coordinates. */
  const edgeAt = (e: { clientX: number; clientY: number; currentTarget: Element }) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const x = e.clientX - rect.left;
    const y = e.clientY - rect.top;
    return { x, y, hit: nearestEdge(layout, x, y, Math.max(6, layout.maxEdgeWidth / 2 + 3)) };
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    if ((e.target as Element).closest('[data-key], .bpl-header-layer')) return;
    const { x, y, hit } = edgeAt(e);
    if (!hit) {
      if (hover?.target.kind === 'weight') setHover(null);
      return;
    }
    const t: GraphTarget = { kind: 'weight', layer: hit.layer, to: hit.to, from: hit.from };
    if (!hover || !sameTarget(hover.target, t)) setHover({ target: t, x, y });
  };
  // The click's own position decides (not the last hover): a click can come with no
  // pointer move before it, or right after a blur that cleared the hover.
  const onBackgroundClick = (e: MouseEvent<SVGSVGElement>) => {
    if ((e.target as Element).closest('[data-key], .bpl-header-layer')) return;
    const { hit } = edgeAt(e);
    select(hit ? selectionOf({ kind: 'weight', layer: hit.layer, to: hit.to, from: hit.from }) : null, trainer);
  };

  const boxStyle = { width: width ?? '100%', height: height ?? '100%', minWidth: Math.min(width ?? MIN_SIZE.width, MIN_SIZE.width) };
  if (sizes.length < 2) {
    return (
      <div ref={boxRef} className="bpl-graph bpl-graph-waiting" style={boxStyle}>
        <p role="status">Waiting for the network…</p>
      </div>
    );
  }
  return (
    <div ref={boxRef} className="bpl-graph" data-testid="network-graph" style={boxStyle}
      onKeyDown={(e) => { if (e.key === 'Escape') { select(null); setHover(null); } }}>
      <canvas ref={canvasRef} className="bpl-graph-edges" style={{ width: layout.width, height: layout.height }} aria-hidden="true" />
      <svg className={`bpl-graph-svg${hover?.target.kind === 'weight' ? ' bpl-over-edge' : ''}`}
        width={layout.width} height={layout.height} role="group"
        aria-label={`Network graph: ${sizes.join('–')} units, edges show ${edgeMode === 'gradient' ? '|∂L/∂w|' : '|w|'} on a ${edgeScale} scale`}
        onPointerMove={onPointerMove}
        onPointerLeave={() => { if (hover?.target.kind === 'weight') setHover(null); }}
        onClick={onBackgroundClick}>
        <ColumnHeaders layout={layout} activations={activations}
          selectedLayer={selected?.kind === 'layer' ? selected.layer : null}
          onHighlight={setHighlightedLayer} onSelectLayer={(layer) => select({ kind: 'layer', layer }, trainer)} />
        <DenseLayerNotes layout={layout} />
        <NodeLayer layout={layout} register={register} focusLayers={focus?.nodes ?? focusLayers} showValues={showValues}
          selected={selected} active={hover?.target ?? null} tooltipId={tooltipId}
          onTarget={onTarget} onSelect={onSelect} />
      </svg>
      {hover && (
        <GraphTooltip id={tooltipId} target={hover.target} trainer={trainer} activations={activations}
          x={hover.x} y={hover.y} width={layout.width} height={layout.height} />
      )}
    </div>
  );
}
