/**
 * A formula typeset by KaTeX, shared by the inspector and the step-through bar. Rendering
 * is cached by source: the inspector redraws a few
 * times a second and most symbols (∂O₂₁/∂O₁₁, σ'(z)…) never change between frames.
 * KaTeX is loaded apart from the app (katexLoader.ts): until it is there a formula's place is
 * kept empty and marked busy, and should its file fail to load the formula's source is shown.
 */
import { type Katex, useKatex } from './katexLoader';
import './katexReadable.css';
import { useScrollReachable } from './useScrollReachable';

const cache = new Map<string, string>();
const CACHE_LIMIT = 800;

/** KaTeX HTML for `tex` (errors are shown in red, never thrown). */
export function renderTex(katex: Katex, tex: string, display = false): string {
  const key = (display ? 'D' : 'I') + tex;
  let html = cache.get(key);
  if (html === undefined) {
    html = katex.renderToString(tex, { throwOnError: false, displayMode: display, output: 'htmlAndMathml' });
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(key, html);
  }
  return html;
}

export interface TexProps {
  tex: string;
  /** Block (display) style, left-aligned by the inspector's CSS. */
  display?: boolean;
  className?: string;
}

export function Tex({ tex, display = false, className }: TexProps) {
  const katex = useKatex();
  const cls = ['insp-tex', display ? 'insp-tex-block' : '', className ?? ''].filter(Boolean).join(' ');
  if (katex === null)
    return display ? <div className={cls} aria-busy="true" /> : <span className={cls} aria-busy="true" />;
  if (katex === 'failed') return <code className={cls}>{tex}</code>;
  const html = { __html: renderTex(katex, tex, display) };
  return display ? <TexBlock className={cls} html={html} /> : <span className={cls} dangerouslySetInnerHTML={html} />;
}

/** A formula on its own line: it scrolls sideways when too long, and is then reachable by keyboard. */
function TexBlock({ className, html }: { className: string; html: { __html: string } }) {
  const ref = useScrollReachable<HTMLDivElement>('Formula (scrolls sideways)');
  return <div ref={ref} className={className} dangerouslySetInnerHTML={html} />;
}
