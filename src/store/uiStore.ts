/** Which screen mode is on: ordinary training, step-through, or two networks compared. */
import { create } from 'zustand';

export type Mode = 'train' | 'step' | 'compare';

/** What a preset asks the class to watch, shown until dismissed. */
export interface LessonNote {
  title: string;
  watch: string;
}

export interface UiState {
  mode: Mode;
  lesson: LessonNote | null;
  setMode(mode: Mode): void;
  setLesson(lesson: LessonNote | null): void;
}

export const useUiStore = create<UiState>()((set) => ({
  mode: 'train',
  lesson: null,
  setMode: (mode) => set({ mode }),
  setLesson: (lesson) => set({ lesson }),
}));
