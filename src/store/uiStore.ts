/** Which screen mode is on: ordinary training, step-through, or two networks compared. */
import { create } from 'zustand';

export type Mode = 'train' | 'step' | 'compare';

export interface UiState {
  mode: Mode;
  setMode(mode: Mode): void;
}

export const useUiStore = create<UiState>()((set) => ({
  mode: 'train',
  setMode: (mode) => set({ mode }),
}));
