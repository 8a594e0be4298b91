/** The output map's sentence and data table, read from the latest map once a second. */
import type { TrainerData } from '../../worker/protocol';
import { ChartWords } from '../kit/ChartWords';
import { useFrame } from '../kit/useFrame';
import { outputSummary, outputTable } from './outputWords';

const WORDS_MS = 1000;

export function OutputWords({ trainer, data }: { trainer: number; data: TrainerData | undefined }) {
  const map = useFrame((_f, state) => state.outputMaps[trainer] ?? null, WORDS_MS, [trainer]);
  const accuracy = useFrame((f) => f?.trainers[trainer]?.testAccuracy ?? null, WORDS_MS, [trainer]);
  return (
    <ChartWords name="output map" summary={outputSummary(map, data, accuracy)} table={() => outputTable(map, data)} />
  );
}
