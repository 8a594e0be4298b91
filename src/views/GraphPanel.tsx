/** The network diagram with its legend, drawing what the worker is actually running. */
import { useMemo } from 'react';
import { useRunStore } from '../store/runStore';
import { EdgeLegend } from './graph/EdgeLegend';
import { NetworkGraph } from './graph/NetworkGraph';

export function GraphPanel({ trainer = 0 }: { trainer?: number }) {
  const config = useRunStore((s) => s.configs[trainer]);
  const activations = useMemo(
    () => (config ? [...config.hidden.map((l) => l.activation), config.output] : []),
    [config],
  );
  return (
    <section className="graph-panel card" aria-label="Network">
      <NetworkGraph trainer={trainer} activations={activations} />
      <EdgeLegend />
    </section>
  );
}
