/**
 * The activation curve's numbers as a table: each unit of the chosen layer on the probe
 * example, z, a = f(z), f′(z) and whether f′ lets almost nothing back. Read from the frame
 * once a second while training plays (a table is read, not watched).
 */
import { layoutOf, unitIndex } from '../../engine/layout';
import { UNIT_STATUSES } from '../../store/options';
import type { TrainerFrame } from '../../worker/protocol';
import { ChartWords, type ChartTable } from '../kit/ChartWords';
import { formatComputed, isComputed } from '../kit/computed';
import { STATUS_WORDS } from '../kit/labels';
import { layerWords, plainNeuron } from '../kit/names';
import { useFrame } from '../kit/useFrame';

const TABLE_MS = 1000;

export function activationTable(tf: TrainerFrame | null, layer: number): ChartTable {
  const columns = ['Neuron', 'z', 'a = f(z)', 'f′(z)', 'status'];
  if (!tf || layer + 1 >= tf.layerSizes.length) return { caption: 'No network yet', columns, rows: [] };
  const params = layoutOf(tf.layerSizes);
  const { probe } = tf;
  const rows = Array.from({ length: tf.layerSizes[layer + 1] }, (_, j) => {
    const q = unitIndex(params, layer, j);
    const status = UNIT_STATUSES[probe.status[q]] ?? 'ok';
    const shown = (v: number, kind: 'z' | 'a' | 'df') => formatComputed(v, isComputed(tf, kind, layer));
    return [
      plainNeuron(layer, j),
      shown(probe.z[q], 'z'),
      shown(probe.a[q], 'a'),
      shown(probe.df[q], 'df'),
      status === 'ok' ? 'passes the error back' : STATUS_WORDS[status].word,
    ];
  });
  const where = layerWords(layer, tf.layerSizes.length - 1);
  return { caption: `Units of ${where} on the probe example`, columns, rows };
}

export function ActivationTable({ trainer, layer }: { trainer: number; layer: number }) {
  const tf = useFrame((f) => f?.trainers[trainer] ?? null, TABLE_MS, [trainer]);
  // The sentence is the caption under the curve.
  return <ChartWords name="activation curve" summary={null} table={() => activationTable(tf, layer)} />;
}
