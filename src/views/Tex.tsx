/** Inline KaTeX. Never throws: a formula that fails to parse shows as its source. */
import katex from 'katex';
import { useMemo } from 'react';

export function Tex({ children, display = false }: { children: string; display?: boolean }) {
  const html = useMemo(
    () => katex.renderToString(children, { throwOnError: false, displayMode: display, output: 'html' }),
    [children, display],
  );
  return <span className="tex" dangerouslySetInnerHTML={{ __html: html }} />;
}
