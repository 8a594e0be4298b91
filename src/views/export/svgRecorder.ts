/**
 * A stand-in for a canvas 2-D context that records what is drawn as SVG elements: the
 * painters that draw the graph's edges and the output map replay their last picture onto
 * it, so an exported SVG has real vector paths. It implements the part of the canvas API
 * those painters use (paths, arcs, rectangles, fill, stroke, clip, alpha, save/restore).
 */
interface DrawState {
  fillStyle: string;
  strokeStyle: string;
  lineWidth: number;
  lineCap: string;
  lineJoin: string;
  globalAlpha: number;
  clip: string | null;
  /** setLineDash's pattern (negative edges are dashed); empty for a solid line. */
  dash: readonly number[];
}

const f = (v: number) => String(Math.round(v * 100) / 100);

/** "rgba(r,g,b,a)" → an SVG colour and its opacity (rgba is not SVG 1.1). */
export function svgColor(css: string): { color: string; opacity: number } {
  const m = /^rgba\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*\)$/.exec(css.trim());
  if (!m) return { color: css, opacity: 1 };
  return { color: `rgb(${m[1]},${m[2]},${m[3]})`, opacity: Number(m[4]) };
}

export class SvgRecorder {
  private state: DrawState = {
    fillStyle: '#000000',
    strokeStyle: '#000000',
    lineWidth: 1,
    lineCap: 'butt',
    lineJoin: 'miter',
    globalAlpha: 1,
    clip: null,
    dash: [],
  };
  private readonly stack: DrawState[] = [];
  private path = '';
  private readonly parts: string[] = [];
  private readonly defs: string[] = [];
  private clipCount = 0;
  imageSmoothingEnabled = true;
  imageSmoothingQuality = 'high';

  constructor(private readonly idPrefix: string) {}

  get fillStyle(): string {
    return this.state.fillStyle;
  }
  set fillStyle(v: string) {
    this.state.fillStyle = v;
  }
  get strokeStyle(): string {
    return this.state.strokeStyle;
  }
  set strokeStyle(v: string) {
    this.state.strokeStyle = v;
  }
  get lineWidth(): number {
    return this.state.lineWidth;
  }
  set lineWidth(v: number) {
    this.state.lineWidth = v;
  }
  get lineCap(): string {
    return this.state.lineCap;
  }
  set lineCap(v: string) {
    this.state.lineCap = v;
  }
  get lineJoin(): string {
    return this.state.lineJoin;
  }
  set lineJoin(v: string) {
    this.state.lineJoin = v;
  }
  get globalAlpha(): number {
    return this.state.globalAlpha;
  }
  set globalAlpha(v: number) {
    this.state.globalAlpha = v;
  }

  save(): void {
    this.stack.push({ ...this.state });
  }
  restore(): void {
    this.state = this.stack.pop() ?? this.state;
  }
  beginPath(): void {
    this.path = '';
  }
  moveTo(x: number, y: number): void {
    this.path += `M${f(x)} ${f(y)}`;
  }
  lineTo(x: number, y: number): void {
    this.path += `L${f(x)} ${f(y)}`;
  }
  closePath(): void {
    this.path += 'Z';
  }
  rect(x: number, y: number, w: number, h: number): void {
    this.path += `M${f(x)} ${f(y)}h${f(w)}v${f(h)}h${f(-w)}Z`;
  }
  arc(cx: number, cy: number, r: number, start: number, end: number): void {
    const full = Math.abs(end - start) >= 2 * Math.PI - 1e-9;
    const at = (t: number) => `${f(cx + r * Math.cos(t))} ${f(cy + r * Math.sin(t))}`;
    if (full) {
      this.path += `M${at(start)}A${f(r)} ${f(r)} 0 1 1 ${at(start + Math.PI)}A${f(r)} ${f(r)} 0 1 1 ${at(start)}`;
      return;
    }
    const large = (((end - start) % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI) > Math.PI ? 1 : 0;
    this.path += `${this.path ? 'L' : 'M'}${at(start)}A${f(r)} ${f(r)} 0 ${large} 1 ${at(end)}`;
  }
  fillRect(x: number, y: number, w: number, h: number): void {
    const saved = this.path;
    this.path = '';
    this.rect(x, y, w, h);
    this.fill();
    this.path = saved;
  }
  fill(): void {
    if (!this.path) return;
    const { color, opacity } = svgColor(this.state.fillStyle);
    this.emit(`fill="${color}"${this.opacity(opacity)}`);
  }
  setLineDash(dash: number[]): void {
    this.state.dash = [...dash];
  }
  getLineDash(): number[] {
    return [...this.state.dash];
  }
  stroke(): void {
    if (!this.path) return;
    const { color, opacity } = svgColor(this.state.strokeStyle);
    const s = this.state;
    const cap = s.lineCap === 'butt' ? '' : ` stroke-linecap="${s.lineCap}"`;
    const dash = s.dash.length ? ` stroke-dasharray="${s.dash.map(f).join(' ')}"` : '';
    this.emit(
      `fill="none" stroke="${color}" stroke-width="${f(s.lineWidth)}"${cap}${dash}${this.opacity(opacity, 'stroke-')}`,
    );
  }
  clip(): void {
    const id = `${this.idPrefix}clip${this.clipCount++}`;
    const parent = this.state.clip ? ` clip-path="url(#${this.state.clip})"` : '';
    this.defs.push(`<clipPath id="${id}"><path d="${this.path}"${parent}/></clipPath>`);
    this.state.clip = id;
  }
  // What the painters call that has no meaning in a vector picture.
  clearRect(): void {}
  setTransform(): void {}
  drawImage(): void {}

  /** The recorded picture as SVG markup (definitions first). */
  markup(): string {
    return (this.defs.length ? `<defs>${this.defs.join('')}</defs>` : '') + this.parts.join('');
  }

  private opacity(colorOpacity: number, prefix = ''): string {
    const o = colorOpacity * this.state.globalAlpha;
    return o < 1 ? ` ${prefix}opacity="${Math.round(o * 1000) / 1000}"` : '';
  }

  private emit(attributes: string): void {
    const clip = this.state.clip ? ` clip-path="url(#${this.state.clip})"` : '';
    this.parts.push(`<path d="${this.path}" ${attributes}${clip}/>`);
  }

  /** This recorder, typed as the context the painters take. */
  asContext(): CanvasRenderingContext2D {
    return this as unknown as CanvasRenderingContext2D;
  }
}
