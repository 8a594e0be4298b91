/**
 * The lesson being taken, as the views need it: the lesson and its current step, whether
 * the step's awaited action is done (from the app state and the confirmed phase), and the
 * engine's numbers for the example on screen (refreshed at the text rate).
 */
import { useStore } from 'zustand';
import { findLesson } from '../../store/commands/lessons';
import { awaitDone } from '../../store/lessons/awaits';
import { lessonPass, type LessonPass } from '../../store/lessons/values';
import type { Frame } from '../../worker/protocol';
import { useApp, useAppState, useRun } from '../kit/appContext';
import { useFrame } from '../kit/useFrame';
import type { Highlight, Lesson, LessonStep } from '../../lessons/types';

export interface LessonView {
  lesson: Lesson;
  index: number;
  step: LessonStep;
  /** The step's awaited action has happened (or it awaits nothing). */
  ready: boolean;
  frame: Frame | null;
  pass: LessonPass | null;
}

/** The current lesson step's highlights (empty without a lesson). */
export function useHighlights(): readonly Highlight[] {
  const app = useApp();
  const lesson = useAppState((s) => s.lesson);
  const catalog = useStore(app.lessons);
  if (!lesson) return [];
  return findLesson(catalog, lesson.id)?.steps[lesson.step]?.highlight ?? [];
}

export function useLesson(): LessonView | null {
  const app = useApp();
  const current = useAppState((s) => s.lesson);
  const state = useAppState((s) => s);
  const counters = useRun((s) => s.counters);
  const catalog = useStore(app.lessons);
  const frame = useFrame((f) => f);
  const lesson = current ? findLesson(catalog, current.id) : undefined;
  if (!current || !lesson) return null;
  const step = lesson.steps[current.step];
  if (!step) return null;
  const phase = frame?.stepper?.position ?? 0;
  const ready = step.await ? awaitDone(step.await, state, { counters }, phase) : true;
  return { lesson, index: current.step, step, ready, frame, pass: lessonPass(frame, state.running[0]) };
}
