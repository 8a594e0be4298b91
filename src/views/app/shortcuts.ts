/**
 * Every keyboard shortcut, in one table that both binds them (useShortcuts) and lists them
 * in the `?` overlay, so the two can never disagree. PageDown / PageUp are what presentation
 * clickers send: they do what → / ← do. Nothing fires while typing in a field, on a focused
 * control that uses the key itself, or with Ctrl/Alt/⌘ held.
 */
import { findLesson } from '../../store/commands/lessons';
import type { App } from '../../store/createApp';
import { stepReady } from '../../store/lessons/awaits';

export interface ShortcutContext {
  app: App;
  toggleFullscreen(): void;
  toggleHelp(): void;
}

export interface Shortcut {
  /** KeyboardEvent.key values (letters lower-case). */
  keys: string[];
  /** How the overlay writes the keys. */
  label: string;
  what: string;
  run(c: ShortcutContext): void;
}

/** In a lesson whose step is done, the lesson moves on; otherwise step-through moves a phase. */
function next({ app }: ShortcutContext): void {
  const s = app.state.getState();
  const lesson = s.lesson && findLesson(app.lessons.getState(), s.lesson.id);
  const step = lesson?.steps[s.lesson!.step];
  const phase = app.frames.getState().frame?.stepper?.position ?? 0;
  if (step && stepReady(step, s, app.run.getState(), phase) && s.lesson!.step < lesson!.steps.length - 1) {
    app.commands.lessonNext();
  } else if (s.mode === 'step') app.commands.nextPhase();
}

function previous({ app }: ShortcutContext): void {
  const s = app.state.getState();
  if (s.lesson) app.commands.lessonBack();
  else if (s.mode === 'step') app.commands.previousPhase();
}

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: [' '], label: 'Space', what: 'Play or pause training', run: ({ app }) => app.commands.togglePlay() },
  {
    keys: ['ArrowRight', 'PageDown'],
    label: '→ or Page Down',
    what: 'Next phase in step-through; in a lesson, its next step once done',
    run: next,
  },
  {
    keys: ['ArrowLeft', 'PageUp'],
    label: '← or Page Up',
    what: 'Previous phase in step-through; in a lesson, its previous step',
    run: previous,
  },
  { keys: ['b'], label: 'B', what: 'Train one mini-batch', run: ({ app }) => app.commands.step('batch') },
  { keys: ['e'], label: 'E', what: 'Train one epoch', run: ({ app }) => app.commands.step('epoch') },
  { keys: ['r'], label: 'R', what: 'Reset to the first weights', run: ({ app }) => app.commands.reset() },
  {
    keys: ['s'],
    label: 'S',
    what: 'Switch the hidden layers between sigmoid and ReLU',
    run: ({ app }) => {
      const first = app.state.getState().config.hidden[0]?.activation;
      app.commands.setActivation('all', first === 'sigmoid' ? 'relu' : 'sigmoid');
    },
  },
  {
    keys: ['c'],
    label: 'C',
    what: 'Compare mode on or off',
    run: ({ app }) => app.commands.setMode(app.state.getState().mode === 'compare' ? 'train' : 'compare'),
  },
  {
    keys: ['t'],
    label: 'T',
    what: 'Step-through on or off',
    run: ({ app }) => app.commands.setMode(app.state.getState().mode === 'step' ? 'train' : 'step'),
  },
  { keys: ['l'], label: 'L', what: 'Lecture mode on or off', run: ({ app }) => app.commands.toggleLecture() },
  { keys: ['f'], label: 'F', what: 'Full screen on or off', run: (c) => c.toggleFullscreen() },
  { keys: ['?'], label: '?', what: 'Show or hide this list', run: (c) => c.toggleHelp() },
];

/** Keys a focused element handles itself: typing, choosing, sliding, pressing. */
export function keyBelongsToTarget(target: EventTarget | null, key: string): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.closest !== 'function') return false;
  if (el.isContentEditable || el.closest('input, select, textarea')) return true;
  // A focused button or link is pressed with Space (and Enter) by the browser.
  if (key === ' ' && el.closest('button, a, [role="button"], summary')) return true;
  // Sliders move with the arrow keys. (A widget that handles arrows itself, like a radio group
  // that moves its choice, calls preventDefault, and the shortcut then stands back.)
  return key.startsWith('Arrow') && el.closest('[role="slider"]') !== null;
}

/** The shortcut a key press triggers, or null. */
export function shortcutFor(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>,
): Shortcut | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  if (keyBelongsToTarget(e.target, e.key)) return null;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  return SHORTCUTS.find((s) => s.keys.includes(key)) ?? null;
}
