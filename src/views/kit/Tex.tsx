/**
 * A formula typeset by KaTeX, shared by the inspector and the step-through bar. Rendering
 * is cached by source: the inspector redraws a few
 * times a second and most symbols (∂O₂₁/∂O₁₁, σ'(z)…) never change between frames.
 */
import katex from 'katex';
import './katexReadable.css';
import { useScrollReachable } from './useScrollReachable';

const cache = new Map<string, string>();
const CACHE_LIMIT = 800;

/** KaTeX HTML for `tex` (errors are shown in red, never thrown). */
export function renderTex(tex: string, display = false): string {
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
  const cls = ['insp-tex', display ? 'insp-tex-block' : '', className ?? ''].filter(Boolean).join(' ');
  const html = { __html: renderTex(tex, display) };
  return display ? <TexBlock className={cls} html={html} /> : <span className={cls} dangerouslySetInnerHTML={html} />;
}

/** A formula on its own line: it scrolls sideways when too long, and is then reachable by keyboard. */
function TexBlock({ className, html }: { className: string; html: { __html: string } }) {
  const ref = useScrollReachable<HTMLDivElement>('Formula (scrolls sideways)');
  return <div ref={ref} className={className} dangerouslySetInnerHTML={html} />;
}
