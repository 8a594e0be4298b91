/**
 * Applying a lesson's set-up to the app: a fresh start (the lesson opens, or a step changes
 * the network) rebuilds the networks from their first weights, like a preset; a lighter one
 * (a step that only selects a weight or moves to a phase) changes just that, through the same
 * commands a learner's clicks use.
 */
import type { LessonSetup } from '../../lessons/types';
import { DEFAULT_VIEW, FIRST_ROW } from '../appState';
import type { ModeCommands } from '../commands/modes';
import type { ViewCommands } from '../commands/view';
import { configure, type Ctx } from '../context';

export function applySetup(ctx: Ctx, setup: LessonSetup, commands: ModeCommands & ViewCommands): void {
  const s = ctx.state.getState();
  if (setup.config !== undefined || setup.compare !== undefined) {
    if (s.mode === 'step') ctx.send({ type: 'stepper-exit' });
    ctx.send({ type: 'pause' });
    const compare = setup.compare === undefined ? s.compare : setup.compare;
    ctx.state.setState({
      config: setup.config ?? s.config,
      compare,
      mode: setup.mode ?? (compare ? 'compare' : 'train'),
      stepThrough: { example: setup.example ?? FIRST_ROW, phase: setup.phase ?? 0 },
      selection: setup.selection ?? null,
      view: { ...DEFAULT_VIEW, ...setup.view },
    });
    ctx.send({ type: 'select-weight', weight: null });
    // The phase and the selection are taken up when the worker answers.
    return configure(ctx, { keepPhase: true });
  }
  if (setup.view) ctx.state.setState({ view: { ...s.view, ...setup.view } });
  if (setup.mode !== undefined && setup.mode !== s.mode) {
    if (setup.mode === 'step') commands.enterStepThrough(setup.example);
    else commands.setMode(setup.mode);
  } else if (setup.example !== undefined && s.mode === 'step') {
    commands.enterStepThrough(setup.example);
  }
  if (setup.phase !== undefined) commands.seekPhase(setup.phase);
  if (setup.selection !== undefined) commands.select(setup.selection);
}
