/** Compare mode: both networks side by side on the same scales, their gradients and losses together. */
import { sideLabels } from './sideLabels';
import { LossChart } from '../charts/LossChart';
import { OutputMap } from '../charts/OutputMap';
import { GraphPanel } from '../graph/GraphPanel';
import { GradientChart } from '../lens/GradientChart';
import { useAppState } from '../kit/appContext';
import { compareScaleOf } from '../../store/appState';
import { PanelBoundary } from '../kit/PanelBoundary';

const BOTH = [0, 1];
const ONE = [[0], [1]];

export function ComparePanels() {
  const config = useAppState((s) => s.config);
  const compare = useAppState((s) => s.compare);
  const labels = compare ? sideLabels(config, compare) : ['Network 1', 'Network 2'];
  const shared = useAppState((s) => compareScaleOf(s.view, s.compare)) === 'shared';
  return (
    <div className="compare-grid">
      {BOTH.map((t) => (
        <section
          key={t}
          className="compare-side"
          aria-label={`Network ${t + 1}: ${labels[t]}`}
          data-export={`network-${t + 1}`}
          data-export-title={`Network ${t + 1}: ${labels[t]}`}
        >
          <h2 className="compare-title">
            {t === 0 ? 'Left' : 'Right'}: {labels[t]}
          </h2>
          <PanelBoundary name={`The ${t === 0 ? 'left' : 'right'} network graph`} className="card">
            <GraphPanel trainer={t} shareScaleWith={shared ? BOTH : ONE[t]} compactLegend />
          </PanelBoundary>
        </section>
      ))}
      {/* The gradient chart comes straight under the two networks: it is the point of the comparison. */}
      <section className="card compare-chart" aria-label="Gradient per layer, both networks" data-export="gradients">
        <h2>Gradient per layer</h2>
        <PanelBoundary name="The gradient chart">
          <GradientChart trainers={BOTH} labels={labels} />
        </PanelBoundary>
      </section>
      <section className="card compare-chart" aria-label="Loss, both networks" data-export="loss">
        <h2>Loss</h2>
        <PanelBoundary name="The loss chart">
          <LossChart trainers={BOTH} labels={labels} />
        </PanelBoundary>
      </section>
      {BOTH.map((t) => (
        <section
          key={t}
          className="compare-output card"
          aria-label={`Output of network ${t + 1}`}
          data-export={`output-${t + 1}`}
        >
          <h2>Output · {labels[t]}</h2>
          <PanelBoundary name={`The ${t === 0 ? 'left' : 'right'} output map`}>
            <OutputMap trainer={t} />
          </PanelBoundary>
        </section>
      ))}
    </div>
  );
}
