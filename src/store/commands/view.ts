/**
 * What the learner points at and how things are drawn: the selection (a weight's chain
 * rule and slope are computed by the worker, so choosing one tells it), the edge encoding,
 * highlighted layers and paths, the charts' measures, and dismissing messages.
 */
import {
  selectedWeight,
  type CompareScale,
  type EdgeMode,
  type EdgeScale,
  type GradientMetric,
  type HighlightedPath,
  type LectureChart,
  type Theme,
  type Selection,
} from '../appState';
import type { Ctx } from '../context';

export interface ViewCommands {
  /** Selects a neuron, weight, bias or layer of network `trainer` (default the first), or nothing. */
  select(selection: Selection | null, trainer?: number): void;
  setEdgeMode(mode: EdgeMode): void;
  setEdgeScale(scale: EdgeScale): void;
  /** Compare mode: edge widths per network or on one shared scale. */
  setCompareScale(scale: CompareScale): void;
  setHighlightedLayer(layer: number | null): void;
  setHighlightedPath(path: HighlightedPath | null): void;
  setGradientMetric(metric: GradientMetric): void;
  setLossLog(log: boolean): void;
  toggleLecture(): void;
  setLecture(on: boolean): void;
  setLectureChart(chart: LectureChart): void;
  setTheme(theme: Theme): void;
  /** Clears the error, warning, notice, alarm and refused-setting messages. */
  dismissMessages(): void;
  dismissNote(): void;
}

export function viewCommands(ctx: Ctx): ViewCommands {
  const view = (patch: Partial<ReturnType<typeof ctx.state.getState>['view']>) =>
    ctx.state.setState((s) => ({ view: { ...s.view, ...patch } }));
  return {
    select(selection, trainer = 0) {
      ctx.state.setState({ selection, selectedTrainer: trainer });
      ctx.send({ type: 'select-weight', weight: selectedWeight(selection), trainer });
    },
    setEdgeMode: (edgeMode) => view({ edgeMode }),
    setEdgeScale: (edgeScale) => view({ edgeScale }),
    setCompareScale: (compareScale) => view({ compareScale }),
    setHighlightedLayer: (highlightedLayer) => view({ highlightedLayer }),
    setHighlightedPath: (highlightedPath) => view({ highlightedPath }),
    setGradientMetric: (gradientMetric) => view({ gradientMetric }),
    setLossLog: (lossLog) => view({ lossLog }),
    toggleLecture: () => ctx.state.setState((s) => ({ lecture: !s.lecture })),
    setLecture: (lecture) => ctx.state.setState({ lecture }),
    setLectureChart: (lectureChart) => view({ lectureChart }),
    setTheme: (theme) => view({ theme }),
    dismissMessages: () => ctx.run.setState({ error: null, warning: null, notice: null, problem: null, alarm: null }),
    dismissNote: () => ctx.state.setState({ note: null }),
  };
}
