/**
 * The screen modes and whole set-ups: step-through (one example, phase by phase), compare
 * (two networks differing in one setting), presets, and loading a set-up from a file or a
 * link. The app state's mode is the one answer to "which mode is on"; these commands keep
 * the worker in step with it.
 */
import { phasesFor } from '../../engine';
import type { Preset } from '../../lessons/presets';
import type { StepperExample } from '../../worker/protocol';
import { FIRST_ROW, type CompareSpec, type Mode } from '../appState';
import { variantOf } from '../compare';
import { configure, enterStepperWhenReady, type Ctx } from '../context';
import { MAX_SETUP_BYTES, parseSaved, tooLarge, type Saved } from '../schema';

export interface ModeCommands {
  setMode(mode: Mode): void;
  /** Opens step-through on an example (default: the one chosen last, e.g. typed in Train mode), at phase 0. */
  enterStepThrough(example?: StepperExample): void;
  /** Chooses the example a step-through and the worksheet use, without leaving the mode (Train mode's hand example). */
  setExample(example: StepperExample): void;
  leaveStepThrough(): void;
  nextPhase(): void;
  previousPhase(): void;
  /** Moves to `phase` phases done (clamped to the step's phases). */
  seekPhase(phase: number): void;
  enterCompare(): void;
  leaveCompare(): void;
  setCompare(spec: CompareSpec): void;
  /** A ready-made set-up: paused, rebuilt from its first weights, in its mode, with its note. */
  applyPreset(preset: Preset): void;
  /** A set-up from a file or a pasted link: rebuilt from its first weights, in train or compare mode. */
  loadSetup(saved: Saved): void;
  /**
   * A set-up file's text (`size`: the file's bytes, when it was too large to read): loaded, or
   * refused with a sentence naming the file and the field (nothing changes). Returns whether it loaded.
   */
  importSetup(fileName: string, text: string, size?: number): boolean;
}

export function modeCommands(ctx: Ctx): ModeCommands {
  const set = ctx.state.setState;
  const get = ctx.state.getState;
  const exitStepper = () => {
    if (get().mode === 'step') ctx.send({ type: 'stepper-exit' });
  };
  const seek = (phase: number) => {
    const { stepThrough, mode, config, running } = get();
    if (mode !== 'step') return;
    // While a rebuild is in flight the new networks' step is the one that counts; the phase is
    // then entered with them (configured → stepper-enter at this position).
    const pending = ctx.inFlight.configures.at(-1);
    const layers = (pending ? config : (running[0] ?? config)).hidden.length + 1;
    const target = Math.max(0, Math.min(phasesFor(layers).length, Math.round(phase)));
    if (target === stepThrough.phase) return;
    set({ stepThrough: { ...stepThrough, phase: target } });
    if (pending) pending.keepPhase = true;
    else ctx.send({ type: 'stepper-seek', position: target });
  };
  const commands: ModeCommands = {
    setMode(to) {
      const from = get().mode;
      if (from === to) return;
      if (to === 'step') return commands.enterStepThrough();
      if (to === 'compare') return commands.enterCompare();
      if (from === 'step') return commands.leaveStepThrough();
      commands.leaveCompare();
    },
    enterStepThrough(example = get().stepThrough.example) {
      if (get().compare) {
        set({ compare: null });
        configure(ctx);
      }
      set({ mode: 'step', stepThrough: { example, phase: 0 } });
      enterStepperWhenReady(ctx);
    },
    setExample(example) {
      if (get().mode === 'step') return commands.enterStepThrough(example);
      set({ stepThrough: { example, phase: 0 } });
    },
    leaveStepThrough() {
      exitStepper();
      set({ mode: 'train' });
    },
    nextPhase: () => seek(get().stepThrough.phase + 1),
    previousPhase: () => seek(get().stepThrough.phase - 1),
    seekPhase: seek,
    enterCompare() {
      exitStepper();
      const { config, compare } = get();
      const current = config.hidden[0]?.activation ?? 'sigmoid';
      set({
        mode: 'compare',
        compare: compare ?? { field: 'activation', value: current === 'relu' ? 'sigmoid' : 'relu' },
      });
      configure(ctx);
    },
    leaveCompare() {
      set({ mode: 'train', compare: null });
      configure(ctx);
    },
    setCompare(spec) {
      const before = get().compare;
      // Another compared setting brings its own default edge scale (compareScaleOf).
      set(
        before?.field === spec.field
          ? { compare: spec }
          : { compare: spec, view: { ...get().view, compareScale: null } },
      );
      // A new η or optimiser for the right-hand network changes it live (both keep training);
      // any other comparison is a different pair of networks.
      const live = before?.field === spec.field && (spec.field === 'learningRate' || spec.field === 'optimizer');
      if (!live) return configure(ctx);
      const { kind, learningRate } = variantOf(get().config, spec).optimizer;
      ctx.send({ type: 'set-optimizer', patch: { kind, learningRate }, trainer: 1 });
    },
    applyPreset(preset) {
      exitStepper();
      ctx.send({ type: 'pause' });
      ctx.run.setState({ problem: null });
      set({
        note: { title: preset.title, watch: preset.watch },
        selection: null,
        config: preset.config,
        compare: preset.compare ?? null,
        mode: preset.stepThrough ? 'step' : preset.compare ? 'compare' : 'train',
        stepThrough: { example: FIRST_ROW, phase: 0 },
      });
      ctx.send({ type: 'select-weight', weight: null });
      // Always rebuilt, so a preset chosen again starts from its first weights.
      configure(ctx);
    },
    loadSetup(saved) {
      exitStepper();
      ctx.run.setState({ problem: null });
      set({ config: saved.config, compare: saved.compare, mode: saved.compare ? 'compare' : 'train' });
      configure(ctx);
    },
    importSetup(fileName, text, size = text.length) {
      const parsed = size > MAX_SETUP_BYTES ? { ok: false as const, message: tooLarge(size) } : parseSaved(text);
      if (!parsed.ok) {
        ctx.run.setState({
          problem: { field: 'import', message: `${fileName} could not be loaded: ${parsed.message}.` },
        });
        return false;
      }
      commands.loadSetup(parsed.value);
      return true;
    },
  };
  return commands;
}
