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
    setHighlightedPath(p ? { layer: report.weight.layer, from: report.weight.from, units: [...p.units] } : null);

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
      <ol className="insp-paths">
        {rows.map((p, k) => (
          <PathRow key={p.units.join('-')} path={p} index={k} report={report} onHighlight={highlight} />
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
  onHighlight(p: ChainPath | null): void;
}

function PathRow({ path, index, report, onHighlight }: PathRowProps) {
  const label = `Path ${index + 1}, product ${formatShown(path.product)}`;
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
              <Tex tex={factorTex(f)} />
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
