/**
 * The network graph: inputs, hidden layers and output left to right. Edges are painted
 * on a canvas (renderEdges), nodes and hit targets are React-owned SVG (NodeLayer);
 * frames arrive through useFrameDraw and update both without re-rendering. React
 * re-renders only when the layer sizes, the size of the box, the selection/encodings or
 * the hovered element change.
 */
import { useId, useMemo, useRef, type ReactNode } from 'react';
import type { OutputActivationName } from '../../engine';
import type { EdgeMode } from '../../store/appState';
import { useAppState, useCommands } from '../kit/appContext';
import { useElementSize } from '../kit/useElementSize';
import { useFrame } from '../kit/useFrame';
import { ColumnHeaders, DenseLayerNotes } from './ColumnHeaders';
import { graphName } from './graphName';
import { GraphNavigator } from './GraphNavigator';
import { GraphTooltip } from './GraphTooltip';
import { computeLayout, MIN_SIZE } from './layout';
import { NodeLayer } from './NodeLayer';
import { paintsNodes } from './paintNodes';
import { sharedEdgeMax } from './edgeValues';
import { useGraphHighlights } from '../lessons/highlight';
import { onCanvas } from './targets';
import { dimmedColumns, structureFromKey, structureKey, type GraphFocus } from './structure';
import { useGraphPaint } from './useGraphPaint';
import { useGraphPointer } from './useGraphPointer';
import { useNodeRegistry } from './useNodeRegistry';
import './graph.css';

export interface NetworkGraphProps {
  /** Which trainer of the frame to draw (1 = the second run in compare mode). */
  trainer?: number;
  /** Fixed size in px; by default the graph fills its container. */
  width?: number;
  height?: number;
  /** Activation per engine layer (hidden…, output): headers, saturation marks, tooltips. */
  activations?: readonly OutputActivationName[];
  /** Step-through focus: dims all but the given layers. */
  focus?: GraphFocus;
  /** Write each node's a (δ when focus.direction is 'backward') next to it. */
  showValues?: boolean;
  /** Trainers whose edges share one width scale (compare mode: [0, 1]). */
  shareScaleWith?: readonly number[];
  /** Overrides the chosen edge encoding (step-through's forward pass shows |w|: no gradient exists yet). */
  edgeModeOverride?: EdgeMode;
  /** Room for larger text and thicker strokes (lecture mode: LECTURE_TEXT_SCALE); 1 at a desk. */
  textScale?: number;
}

const NO_ACTIVATIONS: readonly OutputActivationName[] = [];

const FALLBACK = { width: 720, height: 420 };

const NO_MARKS: ReturnType<typeof useGraphHighlights> = [];

export function NetworkGraph({
  trainer = 0,
  width,
  height,
  activations = NO_ACTIVATIONS,
  focus,
  showValues = false,
  shareScaleWith,
  edgeModeOverride,
  textScale = 1,
}: NetworkGraphProps): ReactNode {
  // Re-rendered only when the structure changes (every frame is looked at, the value rarely changes).
  const key = useFrame((f) => structureKey(f?.trainers[trainer]), 0, [trainer]);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [boxRef, measured] = useElementSize<HTMLDivElement>(FALLBACK);
  const size = { width: width ?? measured.width, height: height ?? measured.height };
  const { sizes, skips } = useMemo(() => structureFromKey(key), [key]);
  const layout = useMemo(
    () => computeLayout(sizes, size.width, size.height, textScale),
    [sizes, size.width, size.height, textScale],
  );
  const [registry, register] = useNodeRegistry();

  const chosenEdgeMode = useAppState((s) => s.view.edgeMode);
  const edgeMode = edgeModeOverride ?? chosenEdgeMode;
  const edgeScale = useAppState((s) => s.view.edgeScale);
  const highlightedLayer = useAppState((s) => s.view.highlightedLayer);
  const path = useAppState((s) => s.view.highlightedPath);
  const selected = useAppState((s) => s.selection);
  const { select, setHighlightedLayer } = useCommands();
  const pointer = useGraphPointer(layout, trainer, skips);
  // What a lesson step points at (only on the first network: lessons speak of one).
  const lessonMarks = useGraphHighlights();
  const pointed = trainer === 0 ? lessonMarks : NO_MARKS;
  const { hover } = pointer;
  const tooltipId = useId();
  const focusLayers = focus?.layers ?? null;
  const direction = focus?.direction ?? 'forward';

  useGraphPaint({
    trainer,
    key,
    structureOf: (frame) => structureKey(frame.trainers[trainer]),
    layout,
    registry,
    canvas: canvasRef,
    options: (frame, text) => ({
      edges: {
        scaleMax: sharedEdgeMax(frame, shareScaleWith ?? [trainer], edgeMode) ?? 0,
        mode: edgeMode,
        scale: edgeScale,
        highlightedLayer,
        focusLayers,
        path,
        selected: selected?.kind === 'weight' ? selected : null,
        hovered: hover?.target.kind === 'weight' ? hover.target : null,
        pointedAt: pointed.filter((h) => h.kind === 'weight'),
      },
      nodes: { direction, valueKind: focus?.values, text },
      dimmedNodes: dimmedColumns(layout.sizes.length, focus?.nodes ?? focusLayers),
    }),
  });

  const boxStyle = {
    width: width ?? '100%',
    height: height ?? '100%',
    minWidth: Math.min(width ?? MIN_SIZE.width, MIN_SIZE.width),
  };
  if (sizes.length < 2) {
    return (
      <div ref={boxRef} className="bpl-graph bpl-graph-waiting" style={boxStyle}>
        <p role="status">Waiting for the network…</p>
      </div>
    );
  }
  return (
    <div
      ref={boxRef}
      className={`bpl-graph${textScale > 1 ? ' bpl-graph-large' : ''}`}
      data-testid="network-graph"
      style={boxStyle}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          select(null, trainer);
          pointer.clear();
        }
      }}
    >
      <canvas ref={canvasRef} className="bpl-graph-edges" aria-hidden="true" />
      <svg
        className={`bpl-graph-svg${onCanvas(hover?.target) ? ' bpl-over-edge' : ''}`}
        width={layout.width}
        height={layout.height}
        role="group"
        aria-label={graphName(sizes, skips, edgeMode, edgeScale)}
        onPointerMove={pointer.onPointerMove}
        onPointerLeave={pointer.onPointerLeave}
        onClick={pointer.onBackgroundClick}
      >
        <ColumnHeaders
          layout={layout}
          activations={activations}
          selectedLayer={selected?.kind === 'layer' ? selected.layer : null}
          pointedLayers={pointed.flatMap((h) => (h.kind === 'layer' ? [h.layer] : []))}
          onHighlight={setHighlightedLayer}
          onSelectLayer={(layer) => select({ kind: 'layer', layer }, trainer)}
        />
        <DenseLayerNotes layout={layout} />
        {/* Many units: the nodes are painted on the canvas, these stay as the accessible, clickable layer. */}
        <g className={paintsNodes(sizes) ? 'bpl-nodes-on-canvas' : undefined}>
          <NodeLayer
            layout={layout}
            register={register}
            focusLayers={focus?.nodes ?? focusLayers}
            showValues={showValues}
            selected={selected}
            pointedAt={pointed.flatMap((h) => (h.kind === 'neuron' ? [h] : []))}
            active={hover?.target ?? null}
            onTarget={pointer.onTarget}
            onSelect={pointer.onSelect}
          />
        </g>
      </svg>
      <GraphNavigator layout={layout} trainer={trainer} selection={selected} onShow={pointer.onTarget} />
      {hover && (
        <GraphTooltip
          id={tooltipId}
          target={hover.target}
          trainer={trainer}
          activations={activations}
          x={hover.x}
          y={hover.y}
          width={layout.width}
          height={layout.height}
        />
      )}
    </div>
  );
}
