/**
 * The output map's heat image, shared by the binary map and the K-class map: one pixel per
 * grid cell on a small scratch canvas, drawn scaled into the plot, clipped to it and smoothed
 * between cell centres (at a border the colours blend, as the model's output does).
 */
import { gridImageRect, type MapGeometry } from './outputMapGeometry';

export interface GridImage {
  small: CanvasRenderingContext2D;
  image: ImageData;
}

/** The scratch canvas sized to `res` × `res` and an image to fill, or null if it cannot be. */
export function gridImage(scratch: HTMLCanvasElement, res: number): GridImage | null {
  const small = scratch.getContext('2d');
  if (!small || res < 1) return null;
  if (scratch.width !== res) scratch.width = res;
  if (scratch.height !== res) scratch.height = res;
  return { small, image: small.createImageData(res, res) };
}

/** Puts the filled image on the scratch canvas and draws it over the square [−extent, extent]². */
export function drawGridImage(
  ctx: CanvasRenderingContext2D,
  { small, image }: GridImage,
  scratch: HTMLCanvasElement,
  extent: number,
  geometry: MapGeometry,
): void {
  small.putImageData(image, 0, 0);
  const { plot } = geometry;
  const rect = gridImageRect(extent, geometry.x, geometry.y);
  ctx.save();
  ctx.beginPath();
  ctx.rect(plot.left, plot.top, plot.width, plot.height);
  ctx.clip();
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(scratch, rect.left, rect.top, rect.width, rect.height);
  ctx.restore();
}
