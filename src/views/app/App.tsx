/**
 * The main screen. Train: settings | live network + gradient lens | output, loss, inspector.
 * Step through: the phase bar above the network and the inspector beside it.
 * Compare: two networks side by side with shared charts.
 */
import type { ReactNode } from 'react';
import { ComparePanels } from '../compare/ComparePanels';
import { CompareBar } from '../compare/CompareBar';
import { ArchitectureEditor } from '../controls/ArchitectureEditor';
import { Counters } from '../controls/Counters';
import { DataControls } from '../controls/DataControls';
import { HyperControls } from '../controls/HyperControls';
import { PlaybackControls } from '../controls/PlaybackControls';
import { HandExample } from '../controls/HandExample';
import { ShareControls } from '../controls/ShareControls';
import { ExportMenu } from '../export/ExportMenu';
import { GraphPanel } from '../graph/GraphPanel';
import { LossChart } from '../charts/LossChart';
import { OutputMap } from '../charts/OutputMap';
import { Inspector } from '../inspector';
import { useAppState } from '../kit/appContext';
import { PanelBoundary } from '../kit/PanelBoundary';
import { ActivationCurve } from '../lens/ActivationCurve';
import { GradientChart } from '../lens/GradientChart';
import { StepThroughBar } from '../step/StepThroughBar';
import { AlarmCard } from './AlarmCard';
import { LessonNote } from './LessonNote';
import { MessageBanner } from './MessageBanner';
import { ModeBar } from './ModeBar';
import { Shortcuts } from './Shortcuts';
import type { Panel } from '../../lessons/types';
import { usePanelGlow } from '../lessons/highlight';
import { LessonMenu } from '../lessons/LessonMenu';
import { LessonPanel } from '../lessons/LessonPanel';
import { Welcome } from '../lessons/Welcome';
import { QuestionBar } from './QuestionBar';
import { ThemePicker } from './ThemePicker';
import { useTheme } from './useTheme';
import { LectureApp } from '../lecture/LectureApp';
import { LectureToggle } from '../lecture/LectureToggle';

function Settings() {
  const mode = useAppState((s) => s.mode);
  return (
    <aside className="controls-panel" aria-label="Settings">
      <PanelBoundary name="The network settings">
        <ArchitectureEditor />
      </PanelBoundary>
      <PanelBoundary name="The training settings">
        <HyperControls />
      </PanelBoundary>
      <PanelBoundary name="The data settings">
        <DataControls />
      </PanelBoundary>
      {mode === 'train' && (
        <PanelBoundary name="The worked example">
          <HandExample />
        </PanelBoundary>
      )}
      <PanelBoundary name="Sharing">
        <ShareControls />
      </PanelBoundary>
      <ThemePicker />
    </aside>
  );
}

interface CardProps {
  title: string;
  children: ReactNode;
  className?: string;
  /** What a lesson step calls this card when it points at it. */
  panel?: Panel;
  /** The id the picture export knows the card by. */
  exportId?: string;
}

function Card({ title, children, className = '', panel, exportId }: CardProps) {
  const glow = usePanelGlow(panel ?? 'graph');
  return (
    <section className={`card ${className}${panel ? glow : ''}`} aria-label={title} data-export={exportId}>
      <h2>{title}</h2>
      <PanelBoundary name={`The ${title.toLowerCase()} panel`}>{children}</PanelBoundary>
    </section>
  );
}

function InspectorCard() {
  const glow = usePanelGlow('inspector');
  return (
    <section className={`card${glow}`} aria-label="Inspector">
      <PanelBoundary name="The inspector">
        <Inspector />
      </PanelBoundary>
    </section>
  );
}

export function App() {
  const mode = useAppState((s) => s.mode);
  const lesson = useAppState((s) => s.lesson !== null);
  const lecture = useAppState((s) => s.lecture);
  useTheme();
  if (lecture) return <LectureApp />;
  return (
    <div className={`app mode-${mode}${lesson ? ' with-lesson' : ''}`}>
      <header className="app-header">
        <div className="brand">
          <h1>Backprop Lab</h1>
          <p className="tagline">Watch a neural network learn, one gradient at a time.</p>
        </div>
        <PanelBoundary name="The mode and preset bar">
          <ModeBar />
        </PanelBoundary>
        <LessonMenu />
        <LectureToggle />
        <Shortcuts />
        <PanelBoundary name="The playback controls">
          <PlaybackControls />
        </PanelBoundary>
        <PanelBoundary name="The counters">
          <Counters />
        </PanelBoundary>
        <PanelBoundary name="The export menu">
          <ExportMenu />
        </PanelBoundary>
      </header>
      <Welcome />
      <PanelBoundary name="The messages">
        <MessageBanner />
        <QuestionBar />
        <AlarmCard />
        <LessonNote />
      </PanelBoundary>
      {mode === 'compare' ? (
        <main className="workspace">
          <Settings />
          <div className="center-column">
            <PanelBoundary name="The comparison bar">
              <CompareBar />
            </PanelBoundary>
            <ComparePanels />
          </div>
          {lesson && (
            <aside className="side-panel" aria-label="Lesson">
              <PanelBoundary name="The lesson">
                <LessonPanel />
              </PanelBoundary>
            </aside>
          )}
        </main>
      ) : (
        <main className="workspace">
          <Settings />
          <div className="center-column">
            {mode === 'step' && (
              <PanelBoundary name="The step-through bar" className="card">
                <StepThroughBar />
              </PanelBoundary>
            )}
            <PanelBoundary name="The network graph" className="card">
              <GraphPanel stepThrough={mode === 'step'} />
            </PanelBoundary>
            <div className="lens-row">
              <Card title="Gradient per layer" className="lens-card" panel="gradient-chart" exportId="gradients">
                <GradientChart />
              </Card>
              <Card title="Activation" className="lens-card" panel="activation-curve" exportId="activation">
                <ActivationCurve />
              </Card>
            </div>
          </div>
          <aside className="side-panel" aria-label="Output, loss and inspector">
            <PanelBoundary name="The lesson">
              <LessonPanel />
            </PanelBoundary>
            <InspectorCard />
            <Card title="Output" panel="output" exportId="output">
              <OutputMap editable />
            </Card>
            <Card title="Loss" panel="loss" exportId="loss">
              <LossChart />
            </Card>
          </aside>
        </main>
      )}
    </div>
  );
}
