/** The main screen: controls on the left, the live network in the middle, its output and losses on the right. */
import { ArchitectureEditor } from './controls/ArchitectureEditor';
import { Counters } from './controls/Counters';
import { DataControls } from './controls/DataControls';
import { HyperControls } from './controls/HyperControls';
import { MessageBanner } from './controls/MessageBanner';
import { PlaybackControls } from './controls/PlaybackControls';
import { GraphPanel } from './GraphPanel';
import { LossChart } from './charts/LossChart';
import { OutputMap } from './charts/OutputMap';

export function App() {
  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <h1>Backprop Lab</h1>
          <p className="tagline">Watch a neural network learn, one gradient at a time.</p>
        </div>
        <PlaybackControls />
        <Counters />
      </header>
      <MessageBanner />
      <main className="workspace">
        <aside className="controls-panel" aria-label="Settings">
          <ArchitectureEditor />
          <HyperControls />
          <DataControls />
        </aside>
        <GraphPanel />
        <aside className="side-panel" aria-label="Output and loss">
          <section className="card">
            <h2>Output</h2>
            <OutputMap />
          </section>
          <section className="card">
            <h2>Loss</h2>
            <LossChart />
          </section>
        </aside>
      </main>
    </div>
  );
}
