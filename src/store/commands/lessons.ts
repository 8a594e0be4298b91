/**
 * Taking a guided lesson: open it (its starting set-up, from the first weights), move
 * between its steps (each step's own set-up applied on entering), leave it, and load a
 * teacher's lesson file. Progress per lesson is recorded as the learner goes.
 */
import { BUILT_IN_LESSONS } from '../../lessons/builtin';
import type { Lesson } from '../../lessons/types';
import type { Ctx } from '../context';
import { parseLesson } from '../lessonSchema';
import type { LessonsState } from '../lessonState';
import { applySetup } from '../lessons/setup';
import type { StoreApi } from 'zustand/vanilla';
import type { ModeCommands } from './modes';
import type { ViewCommands } from './view';

export interface LessonCommands {
  startLesson(id: string): void;
  /** Opens step `step` (0-based) of the lesson being taken. */
  lessonGo(step: number): void;
  lessonNext(): void;
  lessonBack(): void;
  exitLesson(): void;
  /** The current step's question was answered right, or its answer shown. */
  lessonAnswered(): void;
  /**
   * A lesson file's text (`bytes`: the file's size, when known before reading it): loaded and
   * opened, or refused with the step and field named. Returns whether it loaded.
   */
  importLesson(fileName: string, text: string, bytes?: number): boolean;
  /** The first-visit welcome was answered. */
  dismissWelcome(): void;
}

/** A lesson file is a few kilobytes; anything larger than this is not one. */
export const MAX_LESSON_BYTES = 200_000;

/** Every lesson the app knows: the built-in ones, then those loaded. */
export function lessonCatalog(lessons: LessonsState): Lesson[] {
  return [...BUILT_IN_LESSONS, ...lessons.custom];
}

export function findLesson(lessons: LessonsState, id: string): Lesson | undefined {
  return lessonCatalog(lessons).find((l) => l.id === id);
}

export function lessonCommands(
  ctx: Ctx,
  store: StoreApi<LessonsState>,
  others: ModeCommands & ViewCommands,
): LessonCommands {
  const current = () => {
    const l = ctx.state.getState().lesson;
    const lesson = l && findLesson(store.getState(), l.id);
    return l && lesson ? { lesson, step: l.step } : null;
  };
  const record = (lesson: Lesson, step: number) =>
    store.setState((s) => {
      const before = s.progress[lesson.id];
      const reached = Math.max(step, before?.step ?? 0);
      return {
        progress: {
          ...s.progress,
          [lesson.id]: { step: reached, done: (before?.done ?? false) || step === lesson.steps.length - 1 },
        },
      };
    });
  const go = (lesson: Lesson, step: number) => {
    const k = Math.max(0, Math.min(lesson.steps.length - 1, Math.round(step)));
    ctx.state.setState({ lesson: { id: lesson.id, step: k } });
    record(lesson, k);
    const enter = lesson.steps[k].enter;
    if (enter) applySetup(ctx, enter, others);
  };
  const commands: LessonCommands = {
    startLesson(id) {
      const lesson = findLesson(store.getState(), id);
      if (!lesson) {
        ctx.run.setState({ problem: { field: 'lesson', message: `There is no lesson "${id}".` } });
        return;
      }
      ctx.run.setState({ problem: null });
      ctx.state.setState({ note: null });
      applySetup(ctx, { ...lesson.start, config: lesson.start.config ?? ctx.state.getState().config }, others);
      go(lesson, 0);
    },
    lessonGo(step) {
      const c = current();
      if (c && step !== c.step) go(c.lesson, step);
    },
    lessonNext: () => commands.lessonGo((current()?.step ?? 0) + 1),
    lessonBack: () => commands.lessonGo((current()?.step ?? 0) - 1),
    exitLesson: () => ctx.state.setState({ lesson: null }),
    lessonAnswered() {
      const l = ctx.state.getState().lesson;
      if (l && !l.answered) ctx.state.setState({ lesson: { ...l, answered: true } });
    },
    importLesson(fileName, text, bytes = text.length) {
      if (bytes > MAX_LESSON_BYTES) {
        const kb = Math.round(bytes / 1000);
        ctx.run.setState({
          problem: {
            field: 'lesson',
            message: `${fileName} is too large to be a lesson (${kb} kB; at most ${MAX_LESSON_BYTES / 1000} kB).`,
          },
        });
        return false;
      }
      const parsed = parseLesson(text);
      if (!parsed.ok) {
        ctx.run.setState({
          problem: { field: 'lesson', message: `${fileName} is not a Backprop Lab lesson (${parsed.message}).` },
        });
        return false;
      }
      const lesson = parsed.lesson;
      store.setState((s) => ({ custom: [...s.custom.filter((l) => l.id !== lesson.id), lesson] }));
      commands.startLesson(lesson.id);
      return true;
    },
    dismissWelcome: () => store.setState({ welcomed: true }),
  };
  return commands;
}
