/**
 * The embed API (`?embed=1` in an iframe; docs/embedding.md): the messages a host page (a
 * slide deck, a course page) sends to drive the app, and the events the app sends back.
 * Every message carries `source: 'backprop-lab'`; a command may carry an `id`, which its
 * `done` answer repeats. Pure: the page's window is the caller's business (views/embed).
 */
import type { Phase } from '../engine';
import { PRESETS } from '../lessons/presets';
import type { App } from './createApp';
import { findLesson } from './commands/lessons';

export const EMBED_SOURCE = 'backprop-lab';
export const EMBED_VERSION = 1;

export type EmbedCommand =
  | { command: 'play' }
  | { command: 'pause' }
  /** The lesson's next step; else step-through's next phase; else one mini-batch. */
  | { command: 'next' }
  /** The lesson's previous step, or step-through's previous phase. */
  | { command: 'previous' }
  | { command: 'reset' }
  | { command: 'loadPreset'; preset: string }
  /** `step` counts from 0. */
  | { command: 'loadLessonStep'; lesson: string; step: number };

export type EmbedEvent =
  | { event: 'ready'; version: number; presets: string[] }
  | { event: 'phase'; position: number; total: number; phase: Phase | null }
  | { event: 'lessonStep'; lesson: string | null; step: number; steps: number }
  | { event: 'playing'; playing: boolean }
  | { event: 'done'; id: string | number | null; ok: boolean; message?: string }
  /** A key pressed inside the frame, handed to the host (a deck keeps its arrow keys). */
  | {
      event: 'key';
      key: string;
      code: string;
      shiftKey: boolean;
      altKey: boolean;
      ctrlKey: boolean;
      metaKey: boolean;
    };

type Id = string | number | null;

/** A message for the app, or null when it is none of ours (other scripts post messages too). */
export function readEmbedMessage(data: unknown): { id: Id; command: EmbedCommand } | { id: Id; error: string } | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (m.source !== EMBED_SOURCE || typeof m.command !== 'string') return null;
  const id = typeof m.id === 'string' || typeof m.id === 'number' ? m.id : null;
  switch (m.command) {
    case 'play':
    case 'pause':
    case 'next':
    case 'previous':
    case 'reset':
      return { id, command: { command: m.command } };
    case 'loadPreset':
      return typeof m.preset === 'string'
        ? { id, command: { command: 'loadPreset', preset: m.preset } }
        : { id, error: 'loadPreset needs a preset id (a string)' };
    case 'loadLessonStep': {
      const step = m.step ?? 0;
      if (typeof m.lesson !== 'string' || !Number.isInteger(step) || (step as number) < 0) {
        return { id, error: 'loadLessonStep needs a lesson id and a step number from 0' };
      }
      return { id, command: { command: 'loadLessonStep', lesson: m.lesson, step: step as number } };
    }
    default:
      return { id, error: `unknown command "${m.command}"` };
  }
}

/** Runs a command; null when done, else why not (in a sentence). */
export function runEmbedCommand(app: App, cmd: EmbedCommand): string | null {
  const c = app.commands;
  const s = app.state.getState();
  switch (cmd.command) {
    case 'play':
      if (!app.run.getState().playing) c.togglePlay();
      return null;
    case 'pause':
      if (app.run.getState().playing) c.togglePlay();
      return null;
    case 'next':
      if (s.lesson) c.lessonNext();
      else if (s.mode === 'step') c.nextPhase();
      else c.step('batch');
      return null;
    case 'previous':
      if (s.lesson) c.lessonBack();
      else if (s.mode === 'step') c.previousPhase();
      else return 'there is nothing to go back to outside step-through and lessons';
      return null;
    case 'reset':
      c.reset();
      return null;
    case 'loadPreset': {
      const preset = PRESETS.find((p) => p.id === cmd.preset);
      if (!preset) return `there is no preset "${cmd.preset}" (there are: ${PRESETS.map((p) => p.id).join(', ')})`;
      c.applyPreset(preset);
      return null;
    }
    case 'loadLessonStep': {
      const lesson = findLesson(app.lessons.getState(), cmd.lesson);
      if (!lesson) return `there is no lesson "${cmd.lesson}"`;
      if (cmd.step >= lesson.steps.length) return `the lesson "${cmd.lesson}" has ${lesson.steps.length} steps`;
      if (app.state.getState().lesson?.id !== lesson.id) c.startLesson(lesson.id);
      c.lessonGo(cmd.step);
      return null;
    }
  }
}

/** Sends the host every change of phase, lesson step and playing; returns the way to stop. */
export function watchEmbedEvents(app: App, send: (e: EmbedEvent) => void): () => void {
  let phase = '';
  let lesson = '';
  let playing = app.run.getState().playing;
  const onFrame = () => {
    const st = app.frames.getState().frame?.stepper ?? null;
    const key = st ? `${st.position}/${st.phases.length}` : '';
    if (key === phase) return;
    phase = key;
    if (st)
      send({
        event: 'phase',
        position: st.position,
        total: st.phases.length,
        phase: st.phases[st.position - 1] ?? null,
      });
  };
  const onState = () => {
    const l = app.state.getState().lesson;
    const key = l ? `${l.id}#${l.step}` : '';
    if (key === lesson) return;
    lesson = key;
    const steps = l ? (findLesson(app.lessons.getState(), l.id)?.steps.length ?? 0) : 0;
    send({ event: 'lessonStep', lesson: l?.id ?? null, step: l?.step ?? 0, steps });
  };
  const onRun = () => {
    const now = app.run.getState().playing;
    if (now === playing) return;
    playing = now;
    send({ event: 'playing', playing: now });
  };
  const stops = [app.frames.subscribe(onFrame), app.state.subscribe(onState), app.run.subscribe(onRun)];
  send({ event: 'ready', version: EMBED_VERSION, presets: PRESETS.map((p) => p.id) });
  return () => stops.forEach((stop) => stop());
}
