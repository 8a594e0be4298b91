/**
 * Remembering lessons across visits: the lessons a teacher loaded, the progress per lesson,
 * and whether the welcome was answered, in localStorage. A corrupt or missing memory starts
 * empty; a full or blocked storage is ignored (the lesson still works, it is just not kept).
 */
import type { StoreApi } from 'zustand/vanilla';
import { lessonSchema } from './lessonSchema';
import type { LessonsState } from './lessonState';

const KEY = 'backprop-lab:lessons';

export function loadLessonMemory(storage: Storage | null): Partial<LessonsState> {
  try {
    const raw: unknown = JSON.parse(storage?.getItem(KEY) ?? 'null');
    if (!raw || typeof raw !== 'object') return {};
    const r = raw as Record<string, unknown>;
    const custom = Array.isArray(r.custom)
      ? r.custom.flatMap((l) => {
          const p = lessonSchema.safeParse(l);
          return p.success ? [p.data] : [];
        })
      : [];
    const progress: LessonsState['progress'] = {};
    if (r.progress && typeof r.progress === 'object') {
      for (const [id, p] of Object.entries(r.progress as Record<string, unknown>)) {
        const { step, done } = (p ?? {}) as { step?: unknown; done?: unknown };
        if (Number.isInteger(step) && (step as number) >= 0 && typeof done === 'boolean')
          progress[id] = { step: step as number, done };
      }
    }
    return { custom: custom as LessonsState['custom'], progress, welcomed: r.welcomed === true };
  } catch {
    return {};
  }
}

/** Keeps the memory up to date; returns a stop function. */
export function keepLessonMemory(store: StoreApi<LessonsState>, storage: Storage | null): () => void {
  return store.subscribe((s) => {
    try {
      storage?.setItem(KEY, JSON.stringify({ custom: s.custom, progress: s.progress, welcomed: s.welcomed }));
    } catch {
      // Full or blocked storage: the lesson goes on, only its progress is not kept.
    }
  });
}
