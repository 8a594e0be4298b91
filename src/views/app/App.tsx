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
import { ActivationCurve } from '../lens/ActivationCurve';
import { GradientChart } from '../lens/GradientChart';
import { StepThroughBar } from '../step/StepThroughBar';
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

function Settings() {
  const mode = useAppState((s) => s.mode);
  return (
    <aside className="controls-panel" aria-label="Settings">
      <ArchitectureEditor />
      <HyperControls />
      <DataControls />
      {mode === 'train' && <HandExample />}
      <ShareControls />
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
      {children}
    </section>
  );
}

function InspectorCard() {
  const glow = usePanelGlow('inspector');
  return (
    <section className={`card${glow}`} aria-label="Inspector">
      <Inspector />
    </section>
  );
}

export function App() {
  const mode = useAppState((s) => s.mode);
  const lesson = useAppState((s) => s.lesson !== null);
  return (
    <div className={`app mode-${mode}${lesson ? ' with-lesson' : ''}`}>
      <header className="app-header">
        <div className="brand">
          <h1>Backprop Lab</h1>
          <p className="tagline">Watch a neural network learn, one gradient at a time.</p>
        </div>
        <ModeBar />
        <LessonMenu />
        <Shortcuts />
        <PlaybackControls />
        <Counters />
        <ExportMenu />
      </header>
      <Welcome />
      <MessageBanner />
      <QuestionBar />
      <LessonNote />
      {mode === 'compare' ? (
        <main className="workspace">
          <Settings />
          <div className="center-column">
            <CompareBar />
            <ComparePanels />
          </div>
          {lesson && (
            <aside className="side-panel" aria-label="Lesson">
              <LessonPanel />
            </aside>
          )}
        </main>
      ) : (
        <main className="workspace">
          <Settings />
          <div className="center-column">
            {mode === 'step' && <StepThroughBar />}
            <GraphPanel stepThrough={mode === 'step'} />
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
            <LessonPanel />
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
