/**
 * `?embed=1`: the app without its chrome, for an iframe in slides or a course page — the
 * network with one chart beside it (the phase card in step-through, the lesson in a lesson),
 * and a thin strip of controls (`&controls=0` hides it: the host drives it through the
 * embed API). The link in the address sets it up; lecture mode's sizes apply when it says so.
 */
import { AlarmCard } from '../app/AlarmCard';
import { MessageBanner } from '../app/MessageBanner';
import { useTheme } from '../app/useTheme';
import { GraphPanel } from '../graph/GraphPanel';
import { useAppState, useCommands, useRun } from '../kit/appContext';
import { PanelBoundary } from '../kit/PanelBoundary';
import { CompareGraphs } from '../lecture/LectureApp';
import { LectureChart } from '../lecture/LectureChart';
import { LecturePhase } from '../lecture/LecturePhase';
import { LessonPanel } from '../lessons/LessonPanel';
import { useEmbedBridge } from './useEmbedBridge';
import '../lecture/lecture.css';
import './embed.css';

function EmbedControls() {
  const playing = useRun((s) => s.playing);
  const ready = useRun((s) => s.ready);
  const { togglePlay, step, reset } = useCommands();
  return (
    <div className="embed-controls" role="group" aria-label="Training">
      <button type="button" className="primary" disabled={!ready} aria-pressed={playing} onClick={togglePlay}>
        {playing ? '❚❚ Pause' : '▶ Play'}
      </button>
      <button type="button" disabled={!ready} onClick={() => step('batch')}>
        Step batch
      </button>
      <button type="button" disabled={!ready} onClick={reset}>
        Reset
      </button>
      <a
        className="embed-open"
        href={`${window.location.pathname}${window.location.hash}`}
        target="_blank"
        rel="noopener"
      >
        Open in Backprop Lab ↗
      </a>
    </div>
  );
}

export function EmbedApp({ controls = true }: { controls?: boolean }) {
  const mode = useAppState((s) => s.mode);
  const lesson = useAppState((s) => s.lesson !== null);
  const lecture = useAppState((s) => s.lecture);
  useTheme();
  useEmbedBridge();
  return (
    <div className={`app embed mode-${mode}${lecture ? ' lecture' : ''}`}>
      <h1 className="visually-hidden">Backprop Lab</h1>
      <PanelBoundary name="The messages">
        <MessageBanner />
        <AlarmCard />
      </PanelBoundary>
      <main className="lecture-main embed-main">
        {mode === 'compare' ? (
          <CompareGraphs large={lecture} />
        ) : (
          <PanelBoundary name="The network graph" className="card">
            <GraphPanel stepThrough={mode === 'step'} large={lecture} />
          </PanelBoundary>
        )}
        <aside className="lecture-side" aria-label="Chart">
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
      {controls && <EmbedControls />}
    </div>
  );
}
