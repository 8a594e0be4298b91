/**
 * The one chart lecture mode shows beside the network, chosen by the teacher (and kept in
 * the app state, so a link opens with it): the gradient per layer, the loss, the activation
 * curve or the output. In compare mode it shows both networks.
 */
import { useMemo } from 'react';
import type { LectureChart as ChartId } from '../../store/appState';
import { LossChart } from '../charts/LossChart';
import { OutputMap } from '../charts/OutputMap';
import { useAppState, useCommands } from '../kit/appContext';
import { ChartTextScale } from '../kit/chartScale';
import { PanelBoundary } from '../kit/PanelBoundary';
import { ActivationCurve } from '../lens/ActivationCurve';
import { GradientChart } from '../lens/GradientChart';
import { sideLabels } from '../compare/sideLabels';

const CHARTS: { id: ChartId; title: string }[] = [
  { id: 'gradient-chart', title: 'Gradient per layer' },
  { id: 'loss', title: 'Loss' },
  { id: 'activation-curve', title: 'Activation' },
  { id: 'output', title: 'Output' },
];

const BOTH = [0, 1];
/** Chart text at 20 px is about 1.7× the desk's: margins grow with it. */
const LECTURE_CHART_SCALE = 1.7;

function Chart({ id, compare, labels }: { id: ChartId; compare: boolean; labels?: string[] }) {
  switch (id) {
    case 'gradient-chart':
      return compare ? <GradientChart trainers={BOTH} labels={labels} /> : <GradientChart />;
    case 'loss':
      return compare ? <LossChart trainers={BOTH} labels={labels} /> : <LossChart />;
    case 'activation-curve':
      return compare ? (
        <div className="lecture-pair">
          <ActivationCurve trainer={0} />
          <ActivationCurve trainer={1} />
        </div>
      ) : (
        <ActivationCurve />
      );
    case 'output':
      return compare ? (
        <div className="lecture-pair">
          <OutputMap trainer={0} />
          <OutputMap trainer={1} />
        </div>
      ) : (
        <OutputMap />
      );
  }
}

export function LectureChart() {
  const chosen = useAppState((s) => s.view.lectureChart);
  const mode = useAppState((s) => s.mode);
  const config = useAppState((s) => s.config);
  const spec = useAppState((s) => s.compare);
  const compare = useMemo(() => (mode === 'compare' && spec ? sideLabels(config, spec) : null), [mode, config, spec]);
  const { setLectureChart } = useCommands();
  const title = CHARTS.find((c) => c.id === chosen)?.title ?? 'Chart';
  return (
    <section className="card lecture-chart" aria-label={title} data-export={chosen === 'output' ? undefined : chosen}>
      <div className="lecture-chart-head">
        <h2 className="visually-hidden">{title}</h2>
        <select
          aria-label="Chart beside the network"
          value={chosen}
          onChange={(e) => setLectureChart(e.target.value as ChartId)}
        >
          {CHARTS.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
        </select>
      </div>
      <PanelBoundary name={`The ${title.toLowerCase()} chart`}>
        <ChartTextScale.Provider value={LECTURE_CHART_SCALE}>
          <Chart id={chosen} compare={compare !== null} labels={compare ?? undefined} />
        </ChartTextScale.Provider>
      </PanelBoundary>
    </section>
  );
}
