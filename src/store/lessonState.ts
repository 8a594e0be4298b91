/**
 * Lessons the app knows beyond the built-in ones (loaded from a teacher's file or link), the
 * learner's progress per lesson, and whether the first-visit welcome was answered. Kept
 * across reloads by main.tsx (lessonMemory.ts); the lesson being taken and its step are part
 * of the app state (appState.ts `lesson`).
 */
import type { Lesson } from '../lessons/types';

export interface LessonProgress {
  /** The furthest step reached (0-based). */
  step: number;
  done: boolean;
}

export interface LessonsState {
  custom: Lesson[];
  progress: Record<string, LessonProgress>;
  /** The first-visit welcome was answered ("Start the first lesson" or "Explore freely"). */
  welcomed: boolean;
}

export function initialLessonsState(patch: Partial<LessonsState> = {}): LessonsState {
  return { custom: [], progress: {}, welcomed: false, ...patch };
}
