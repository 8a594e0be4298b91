/**
 * The app reaches the views through React context (main.tsx provides the one it made; a
 * test provides its own), and these thin hooks select from its stores. Views change state
 * only through `useCommands()`.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { AppState } from '../../store/appState';
import type { Commands } from '../../store/commands';
import type { App } from '../../store/createApp';
import type { HistoriesState } from '../../store/histories';
import type { RunState } from '../../store/runState';

const AppContext = createContext<App | null>(null);

export function AppProvider({ app, children }: { app: App; children: ReactNode }) {
  return <AppContext.Provider value={app}>{children}</AppContext.Provider>;
}

export function useApp(): App {
  const app = useContext(AppContext);
  if (!app) throw new Error('A view was rendered outside <AppProvider>.');
  return app;
}

/** A narrow slice of the app state; the component re-renders when that slice changes. */
export function useAppState<T>(selector: (s: AppState) => T): T {
  return useStore(useApp().state, selector);
}

/** A slice of what the worker reports (counters, data, messages). */
export function useRun<T>(selector: (s: RunState) => T): T {
  return useStore(useApp().run, selector);
}

/** A slice of the histories' versions (the histories themselves are read from the store). */
export function useHistories<T>(selector: (s: HistoriesState) => T): T {
  return useStore(useApp().histories, selector);
}

export function useCommands(): Commands {
  return useApp().commands;
}
