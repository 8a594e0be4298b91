/**
 * Neuron and input names typeset with real subscripts: "O_{1 2}" → O₁₂, "x_1" → x₁.
 * The plain-text forms come from names.ts (neuronName, inputName, …) and stay the
 * accessible names; these components only dress them up.
 */
import type { ReactNode } from 'react';

const PART = /([A-Za-z])_(\{([^}]*)\}|\d+)/g;

/** Splits "w from x_1 to O_{1 2}" into text and [base, subscript] pieces. */
function pieces(text: string): (string | [string, string])[] {
  const out: (string | [string, string])[] = [];
  let last = 0;
  for (const m of text.matchAll(PART)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    const sub = (m[3] ?? m[2]).trim().split(/\s+/);
    // Single digits read as in the seed notation (O₁₂); longer ones get a comma (O₁,₁₂).
    out.push([m[1], sub.every((s) => s.length === 1) ? sub.join('') : sub.join(',')]);
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** HTML: a name with <sub> subscripts. */
export function PrettyName({ text }: { text: string }): ReactNode {
  return pieces(text).map((p, k) =>
    typeof p === 'string' ? (
      p
    ) : (
      <span key={k}>
        <i>{p[0]}</i>
        <sub>{p[1]}</sub>
      </span>
    ),
  );
}

/** SVG: tspans for use inside a <text>. */
export function SvgName({ text }: { text: string }): ReactNode {
  return pieces(text).map((p, k) =>
    typeof p === 'string' ? (
      <tspan key={k}>{p}</tspan>
    ) : (
      <tspan key={k}>
        <tspan fontStyle="italic">{p[0]}</tspan>
        <tspan className="bpl-sub" fontSize="0.7em" dy="0.28em">
          {p[1]}
        </tspan>
      </tspan>
    ),
  );
}
