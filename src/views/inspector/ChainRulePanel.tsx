/**
 * The chain rule for one weight as a sum over paths: each path from the weight to the
 * loss is a row of local derivatives (symbol over value) and their product; the rows add
 * up to the gradient, shown next to backprop's value. Hovering or focusing a row
 * highlights that path on the graph. The list is one tab stop: ↑/↓ (Home/End) move
 * between its rows.
 */
import { useEffect, useState, type KeyboardEvent } from 'react';
import type { ChainPath, PathReport } from '../../engine';
import { pathRouteTex, factorTex, sumsAgree } from './chainRuleTex';
import { Section } from './parts';
import { Tex } from '../kit/Tex';
import { formatCount, formatExact, formatPrecise, formatShown } from '../kit/format';
import { useCommands } from '../kit/appContext';
import { plainNeuron } from '../kit/names';

/** Rows shown before "show more": enough for the textbook nets, short for deep ones. */
export const DEFAULT_ROWS = 6;

export interface ChainRulePanelProps {
  report: PathReport;
  /** The stepper has not computed ∂L/∂w yet: keep the paths hidden until it has. */
  pending?: boolean;
}

export function ChainRulePanel({ report, pending = false }: ChainRulePanelProps) {
  const [expanded, setExpanded] = useState(false);
  const [active, setActive] = useState(0);
  const setHighlightedPath = useCommands().setHighlightedPath;
  // A path highlighted from here must not outlive the panel.
  useEffect(() => () => setHighlightedPath(null), [setHighlightedPath]);

  const title = 'Chain rule: paths from w to the loss';
  if (pending) {
    return (
      <Section title={title}>
        <p className="insp-pending-note">
          Not computed yet: the backward pass has not reached this weight. Step on to see its paths.
        </p>
      </Section>
    );
  }
  const listed = report.paths;
  const rows = expanded ? listed : listed.slice(0, DEFAULT_ROWS);
  const shownSum = rows.reduce((s, p) => s + p.product, 0);
  const all = rows.length === report.count;
  const highlight = (p: ChainPath | null) =>
    setHighlightedPath(
      p ? { layer: report.weight.layer, from: report.weight.from, units: [...p.units], skips: [...p.skips] } : null,
    );
  const anySkip = listed.some((p) => p.skips.includes(true));
  const logitLayer = report.atLogits ? (listed[0]?.factors[0]?.layer ?? null) : null;

  return (
    <Section title={title}>
      <Tex
        display
        tex={
          '\\frac{\\partial L}{\\partial w} = \\sum_{\\text{paths}}\\ \\prod_{\\text{path}} \\text{local derivatives}'
        }
      />
      <p className="insp-note insp-path-count">
        {all
          ? `${report.count === 1 ? 'One path' : `${formatCount(report.count)} paths`}. Hover a path to see it on the network.`
          : `Showing the ${rows.length} largest of ${formatCount(report.count)} paths. Hover a path to see it on the network.`}
      </p>
      {anySkip && (
        <p className="insp-note" data-testid="skip-note">
          <Tex tex="\Rightarrow" /> is a hop along a skip connection: its local derivative is exactly 1 (no f′, no
          weight), so it does not shrink the product the way a σ′ ≤ 0.25 hop does.
        </p>
      )}
      {report.atLogits && (
        <p className="insp-note" data-testid="logit-note">
          Softmax with cross-entropy: the loss&apos;s slope is taken at each output&apos;s weighted sum,{' '}
          <Tex tex="\partial L/\partial z_m = \hat y_m - y_m" />, and the sum runs over the paths into every output.
        </p>
      )}
      <ol
        className="insp-paths"
        aria-label="Paths, largest first"
        onKeyDown={(e) => moveAmongRows(e, rows.length, setActive)}
      >
        {rows.map((p, k) => (
          <PathRow
            key={`${p.units.join('-')}:${p.skips.map(Number).join('')}`}
            path={p}
            index={k}
            tabbable={k === Math.min(active, rows.length - 1)}
            report={report}
            logitLayer={logitLayer}
            onHighlight={highlight}
          />
        ))}
      </ol>
      {listed.length > DEFAULT_ROWS && (
        <button type="button" className="insp-more" onClick={() => setExpanded((e) => !e)}>
          {expanded ? `Show the ${DEFAULT_ROWS} largest only` : `Show all ${listed.length} listed paths`}
        </button>
      )}
      <dl className="insp-sums">
        <div className="insp-row">
          <dt>{all ? 'Sum of the paths' : `Sum of the ${rows.length} shown`}</dt>
          <dd title={formatExact(shownSum)}>{formatPrecise(shownSum)}</dd>
        </div>
        {!all && (
          <div className="insp-row">
            <dt>Sum over all {formatCount(report.count)} paths (exact)</dt>
            <dd title={formatExact(report.pathSum)}>{formatPrecise(report.pathSum)}</dd>
          </div>
        )}
        <div className="insp-row insp-row-strong">
          <dt>
            Backprop <Tex tex="\partial L/\partial w" />
          </dt>
          <dd title={formatExact(report.backprop)}>
            {formatPrecise(report.backprop)}
            {sumsAgree(report.pathSum, report.backprop) && <span className="insp-check"> ✓ equal</span>}
          </dd>
        </div>
      </dl>
    </Section>
  );
}

/** ↑/↓, Home/End move the focus between the rows (one tab stop for the whole list). */
function moveAmongRows(e: KeyboardEvent<HTMLOListElement>, count: number, setActive: (k: number) => void) {
  const rows = [...e.currentTarget.querySelectorAll<HTMLElement>(':scope > li')];
  const here = rows.indexOf(e.target as HTMLElement);
  if (here < 0) return;
  const next =
    e.key === 'ArrowDown'
      ? here + 1
      : e.key === 'ArrowUp'
        ? here - 1
        : e.key === 'Home'
          ? 0
          : e.key === 'End'
            ? count - 1
            : null;
  if (next === null) return;
  e.preventDefault();
  const k = Math.max(0, Math.min(count - 1, next));
  setActive(k);
  rows[k]?.focus();
}

interface PathRowProps {
  path: ChainPath;
  index: number;
  /** The row the list's one tab stop lands on. */
  tabbable: boolean;
  report: PathReport;
  logitLayer: number | null;
  onHighlight(p: ChainPath | null): void;
}

function PathRow({ path, index, tabbable, report, logitLayer, onHighlight }: PathRowProps) {
  const hops = path.skips.filter(Boolean).length;
  const w = report.weight;
  const route = [
    w.layer === 0 ? `x${w.from + 1}` : plainNeuron(w.layer - 1, w.from),
    ...path.units.map((u, k) => plainNeuron(w.layer + k, u)),
    'the loss',
  ];
  const label = `Path ${index + 1}: ${route.join(' → ')}${hops ? `, ${hops} hop${hops > 1 ? 's' : ''} along skip connections` : ''}, product ${formatShown(path.product)}`;
  return (
    <li
      className="insp-path"
      tabIndex={tabbable ? 0 : -1}
      aria-label={label}
      onMouseEnter={() => onHighlight(path)}
      onMouseLeave={() => onHighlight(null)}
      onFocus={() => onHighlight(path)}
      onBlur={() => onHighlight(null)}
    >
      <div className="insp-path-route">
        <span className="insp-path-index">{index + 1}</span>
        <Tex tex={pathRouteTex(report.weight, path)} />
      </div>
      <div className="insp-factors">
        {path.factors.map((f, k) => (
          <span key={k} className="insp-factor-wrap">
            {k > 0 && <span className="insp-times">·</span>}
            <span className="insp-factor">
              <Tex tex={factorTex(f, logitLayer)} />
              <span className="insp-factor-value" title={formatExact(f.value)}>
                {formatShown(f.value)}
              </span>
            </span>
          </span>
        ))}
        <span className="insp-product">
          = <strong title={formatExact(path.product)}>{formatShown(path.product)}</strong>
        </span>
      </div>
    </li>
  );
}
