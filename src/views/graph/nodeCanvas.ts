/**
 * The nodes of a graph with many units, on a canvas of their own above the edges, repainted
 * only where a node's look changed. A node's fill is its activation quantised to a few dozen
 * shades (paintNodes.ts), so from one frame to the next most of 770 nodes keep theirs; a full
 * repaint of them all was about 2.5 ms of a 12 × 64 frame without a GPU, a few changed runs
 * of a column cost a fraction of that. Each changed run is cleared and repainted inside a
 * clip with its neighbours (nodes of a dense column overlap), in paintNodes' order, so the
 * pixels equal a full repaint's. Bigger nodes carry bias markers whose size follows the
 * gradients every frame: those are repainted whole.
 */
import type { TrainerFrame } from '../../worker/protocol';
import { prepareCanvas } from '../kit/canvas';
import type { GraphLayout } from './layout';
import { columnOffsets, nodeKeys, nodeStyleKey, paintNodes, paintUnits, type NodePaintOptions } from './paintNodes';

interface Painted {
  layout: GraphLayout;
  style: string;
  width: number;
  height: number;
  keys: Uint8Array;
}

const painted = new WeakMap<HTMLCanvasElement, Painted>();

/** Paints `frame`'s nodes on `canvas`, only the runs of units whose key changed when it can. */
export function paintNodeCanvas(
  canvas: HTMLCanvasElement,
  layout: GraphLayout,
  frame: TrainerFrame,
  o: NodePaintOptions,
): void {
  const keys = nodeKeys(layout, frame, o.dimmed);
  const style = nodeStyleKey();
  const last = painted.get(canvas);
  const whole =
    layout.radius >= 4 ||
    !last ||
    last.layout !== layout ||
    last.style !== style ||
    last.width !== canvas.width ||
    last.height !== canvas.height ||
    last.keys.length !== keys.length;
  if (whole) {
    const ctx = prepareCanvas(canvas, layout.width, layout.height);
    if (ctx) paintNodes(ctx, layout, frame, o);
  } else {
    const ctx = canvas.getContext('2d');
    if (ctx) repaintChanged(ctx, layout, last.keys, keys);
  }
  painted.set(canvas, { layout, style, width: canvas.width, height: canvas.height, keys });
}

/** Clears and repaints, column by column, each run of changed units with the neighbours its circles overlap. */
function repaintChanged(ctx: CanvasRenderingContext2D, layout: GraphLayout, before: Uint8Array, now: Uint8Array): void {
  const offset = columnOffsets(layout);
  // The circle, half its thickest outline (2.5 px on a projector) and a pixel of anti-aliasing.
  const reach = layout.radius + 2.5;
  layout.unitY.forEach((ys, c) => {
    const changed = (j: number) => before[offset[c] + j] !== now[offset[c] + j];
    let j = 0;
    while (j < ys.length) {
      if (!changed(j)) {
        j++;
        continue;
      }
      // Changed units less than two circles apart share one clip.
      let last = j;
      for (let k = j + 1; k < ys.length && ys[k] - ys[last] < 2 * reach; k++) if (changed(k)) last = k;
      const top = Math.floor(ys[j] - reach);
      const bottom = Math.ceil(ys[last] + reach);
      const left = Math.floor(layout.columnX[c] - reach);
      const width = Math.ceil(2 * reach) + 1;
      // Every unit whose circle reaches into the clip, changed or not.
      let from = j;
      while (from > 0 && ys[from - 1] + reach > top) from--;
      let to = last + 1;
      while (to < ys.length && ys[to] - reach < bottom) to++;
      ctx.save();
      ctx.beginPath();
      ctx.rect(left, top, width, bottom - top);
      ctx.clip();
      ctx.clearRect(left, top, width, bottom - top);
      paintUnits(ctx, layout, now, (k) => (k === c ? [from, to] : null));
      ctx.restore();
      j = last + 1;
    }
  });
}
