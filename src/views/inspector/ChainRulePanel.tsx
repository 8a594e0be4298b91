/**
 * The chain rule for one weight as a sum over paths: each path from the weight to the
 * loss is a row of local derivatives (symbol over value) and their product; the rows add
 * up to the gradient, shown next to backprop's value. Hovering or focusing a row
 * highlights that path on the graph.
 */
import { useEffect, useState } from 'react';
import type { ChainPath, PathReport } from '../../engine';
import { pathRouteTex, factorTex, sumsAgree } from './chainRuleTex';
import { Section } from './parts';
import { Tex } from '../kit/Tex';
import { formatCount, formatExact, formatPrecise, formatShown } from '../kit/format';
import { useCommands } from '../kit/appContext';

/** Rows shown before "show more": enough for the textbook nets, short for deep ones. */
export const DEFAULT_ROWS = 6;

export interface ChainRulePanelProps {
  report: PathReport;
  /** The stepper has not computed ∂L/∂w yet: keep the paths hidden until it has. */
  pending?: boolean;
}

export function ChainRulePanel({ report, pending = false }: ChainRulePanelProps) {
  const [expanded, setExpanded] = useState(false);
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
      <ol className="insp-paths">
        {rows.map((p, k) => (
          <PathRow
            key={`${p.units.join('-')}:${p.skips.map(Number).join('')}`}
            path={p}
            index={k}
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

interface PathRowProps {
  path: ChainPath;
  index: number;
  report: PathReport;
  logitLayer: number | null;
  onHighlight(p: ChainPath | null): void;
}

function PathRow({ path, index, report, logitLayer, onHighlight }: PathRowProps) {
  const hops = path.skips.filter(Boolean).length;
  const label = `Path ${index + 1}${hops ? `, ${hops} hop${hops > 1 ? 's' : ''} along skip connections` : ''}, product ${formatShown(path.product)}`;
  return (
    <li
      className="insp-path"
      tabIndex={0}
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
