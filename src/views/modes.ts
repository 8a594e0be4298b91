/** Entering and leaving the screen modes, and applying presets: small actions the header calls. */
import type { Preset } from '../lessons/presets';
import { commandsForChange, send } from '../store/bridge';
import { trainerConfigsOf } from '../store/compare';
import { useConfigStore } from '../store/configStore';
import { useSelectionStore } from '../store/selectionStore';
import { useUiStore } from '../store/uiStore';

export function enterStepThrough(row = 0): void {
  if (useConfigStore.getState().compare) useConfigStore.getState().setCompare(null);
  useUiStore.getState().setMode('step');
  send({ type: 'stepper-enter', example: { kind: 'row', index: row } });
}

export function leaveStepThrough(): void {
  send({ type: 'stepper-exit' });
  useUiStore.getState().setMode('train');
}

export function enterCompare(): void {
  const { config, compare, setCompare } = useConfigStore.getState();
  if (useUiStore.getState().mode === 'step') send({ type: 'stepper-exit' });
  const current = config.hidden[0]?.activation ?? 'sigmoid';
  if (!compare) setCompare({ field: 'activation', value: current === 'relu' ? 'sigmoid' : 'relu' });
  useUiStore.getState().setMode('compare');
}

export function leaveCompare(): void {
  useConfigStore.getState().setCompare(null);
  useUiStore.getState().setMode('train');
}

export function applyPreset(preset: Preset): void {
  useUiStore.getState().setLesson({ title: preset.title, watch: preset.watch });
  const mode = useUiStore.getState().mode;
  if (mode === 'step') send({ type: 'stepper-exit' });
  send({ type: 'pause' });
  useSelectionStore.getState().select(null);
  const before = trainerConfigsOf(useConfigStore.getState());
  useConfigStore.getState().load(preset.config, preset.compare ?? null);
  // The same network again (or one differing only in live settings such as η) is not rebuilt
  // by the config change: reset it, so the preset always starts from its first weights.
  const rebuilt = commandsForChange(before, trainerConfigsOf(useConfigStore.getState())).some((c) => c.type === 'configure');
  if (!rebuilt) send({ type: 'reset' });
  if (preset.stepThrough) enterStepThrough(0);
  else useUiStore.getState().setMode(preset.compare ? 'compare' : 'train');
}
