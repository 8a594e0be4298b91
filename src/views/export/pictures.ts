/**
 * Pictures of the panels: which ones the screen shows (each panel that can be exported
 * carries `data-export="<id>"` and a title), and a panel as SVG or as PNG at a scale.
 * The PNG is the SVG drawn onto a canvas, so both show exactly the same picture.
 */
import { domToSvg, type SvgPicture } from './domToSvg';

export interface PictureTarget {
  id: string;
  title: string;
}

/** The panels on screen that can be exported, in page order. */
export function pictureTargets(doc: Document = document): PictureTarget[] {
  return [...doc.querySelectorAll<HTMLElement>('[data-export]')].map((el) => ({
    id: el.dataset.export!,
    title: el.dataset.exportTitle ?? el.getAttribute('aria-label') ?? el.dataset.export!,
  }));
}

export function pictureOf(id: string, doc: Document = document): SvgPicture {
  const el = doc.querySelector<HTMLElement>(`[data-export="${CSS.escape(id)}"]`);
  if (!el) throw new Error('that panel is not on the screen');
  return domToSvg(el);
}

/** The picture rasterised at `scale` device pixels per CSS pixel. */
export async function pngOf(picture: SvgPicture, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([picture.svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.decoding = 'sync';
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the picture could not be drawn'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(picture.width * scale);
    canvas.height = Math.round(picture.height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('this browser cannot draw pictures');
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the picture could not be encoded'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
