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
import { ShareControls } from '../controls/ShareControls';
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

function Settings() {
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
      <PanelBoundary name="Sharing">
        <ShareControls />
      </PanelBoundary>
    </aside>
  );
}

function Card({ title, children, className = '' }: { title: string; children: ReactNode; className?: string }) {
  return (
    <section className={`card ${className}`} aria-label={title}>
      <h2>{title}</h2>
      <PanelBoundary name={`The ${title.toLowerCase()} panel`}>{children}</PanelBoundary>
    </section>
  );
}

export function App() {
  const mode = useAppState((s) => s.mode);
  return (
    <div className={`app mode-${mode}`}>
      <header className="app-header">
        <div className="brand">
          <h1>Backprop Lab</h1>
          <p className="tagline">Watch a neural network learn, one gradient at a time.</p>
        </div>
        <PanelBoundary name="The mode and preset bar">
          <ModeBar />
        </PanelBoundary>
        <PanelBoundary name="The playback controls">
          <PlaybackControls />
        </PanelBoundary>
        <PanelBoundary name="The counters">
          <Counters />
        </PanelBoundary>
      </header>
      <PanelBoundary name="The messages">
        <MessageBanner />
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
              <Card title="Gradient per layer" className="lens-card">
                <GradientChart />
              </Card>
              <Card title="Activation" className="lens-card">
                <ActivationCurve />
              </Card>
            </div>
          </div>
          <aside className="side-panel" aria-label="Output, loss and inspector">
            <section className="card" aria-label="Inspector">
              <PanelBoundary name="The inspector">
                <Inspector />
              </PanelBoundary>
            </section>
            <Card title="Output">
              <OutputMap />
            </Card>
            <Card title="Loss">
              <LossChart />
            </Card>
          </aside>
        </main>
      )}
    </div>
  );
}
