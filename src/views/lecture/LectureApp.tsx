/**
 * Lecture mode: the projector's screen. The editor panels fold away; a bar of the few
 * controls a lecturer uses and large counters sit on top, the network takes the room, and
 * one chart chosen by the teacher (with the step-through's phase, or the lesson) stands
 * beside it. Everything is sized to be read from the back of a room (lecture.css).
 */
import { useMemo } from 'react';
import { compareScaleOf } from '../../store/appState';
import { AlarmCard } from '../app/AlarmCard';
import { MessageBanner } from '../app/MessageBanner';
import { QuestionBar } from '../app/QuestionBar';
import { sideLabels } from '../compare/sideLabels';
import { GraphPanel } from '../graph/GraphPanel';
import { useAppState } from '../kit/appContext';
import { PanelBoundary } from '../kit/PanelBoundary';
import { LessonPanel } from '../lessons/LessonPanel';
import { LectureBar } from './LectureBar';
import { LectureChart } from './LectureChart';
import { LectureCounters } from './LectureCounters';
import { LecturePhase } from './LecturePhase';
import './lecture.css';

const BOTH = [0, 1];
const ONE = [[0], [1]];

/** The two networks of compare mode, side by side on the chosen edge scale. */
export function CompareGraphs({ large = true }: { large?: boolean }) {
  const config = useAppState((s) => s.config);
  const compare = useAppState((s) => s.compare);
  const shared = useAppState((s) => compareScaleOf(s.view, s.compare)) === 'shared';
  const labels = useMemo(() => (compare ? sideLabels(config, compare) : ['Network 1', 'Network 2']), [config, compare]);
  return (
    <div className="lecture-compare">
      {BOTH.map((t) => (
        <section key={t} className="lecture-side-by-side" aria-label={`Network ${t + 1}: ${labels[t]}`}>
          <h2>
            {t === 0 ? 'Left' : 'Right'}: {labels[t]}
          </h2>
          <PanelBoundary name={`The ${t === 0 ? 'left' : 'right'} network graph`} className="card">
            <GraphPanel trainer={t} shareScaleWith={shared ? BOTH : ONE[t]} compactLegend large={large} />
          </PanelBoundary>
        </section>
      ))}
    </div>
  );
}

export function LectureApp() {
  const mode = useAppState((s) => s.mode);
  const lesson = useAppState((s) => s.lesson !== null);
  return (
    <div className={`app lecture mode-${mode}`}>
      <header className="lecture-header">
        <h1 className="lecture-brand">Backprop Lab</h1>
        <PanelBoundary name="The lecture controls">
          <LectureBar />
        </PanelBoundary>
      </header>
      <PanelBoundary name="The messages">
        <MessageBanner />
        <QuestionBar />
        <AlarmCard />
      </PanelBoundary>
      <main className="lecture-main">
        {mode === 'compare' ? (
          <CompareGraphs />
        ) : (
          <PanelBoundary name="The network graph" className="card">
            <GraphPanel stepThrough={mode === 'step'} large />
          </PanelBoundary>
        )}
        <aside className="lecture-side" aria-label={lesson ? 'Lesson and chart' : 'Progress and chart'}>
          <PanelBoundary name="The counters">
            <LectureCounters />
          </PanelBoundary>
          {lesson && (
            <PanelBoundary name="The lesson">
              <LessonPanel />
            </PanelBoundary>
          )}
          {mode === 'step' && (
            <PanelBoundary name="The step-through card">
              <LecturePhase />
            </PanelBoundary>
          )}
          <LectureChart />
        </aside>
      </main>
    </div>
  );
}
