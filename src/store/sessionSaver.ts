/**
 * When the session is saved: on pause, a moment after the set-up or the view changes or a
 * step is taken by hand, every few seconds while training plays, and when the page is
 * hidden. The worker hands over its state (a copy, so training goes on), and the record is
 * written in the background; one save runs at a time, and a save asked for meanwhile runs
 * once after it. A failure is reported (once, by the caller) and never stops anything.
 */
import type { App } from './createApp';
import { linkStateOf } from './schemaState';
import { sessionRecord } from './sessionRecord';
import { saveHistories } from './sessionHistories';
import type { SessionStore } from './sessionStore';

/** While playing, the session is saved this often. */
export const SAVE_EVERY_MS = 4000;
/** After a change, saving waits this long for more. */
export const SAVE_SETTLE_MS = 800;
/** A worker that does not hand over its state within this long is skipped this time. */
export const SNAPSHOT_TIMEOUT_MS = 5000;

export interface SessionSaving {
  /** Saves now (after any save in progress); resolves when written or failed. */
  saveNow(): Promise<void>;
  /** Forgets the saved session; a save in progress is not written after it. */
  clear(): Promise<void>;
  stop(): void;
}

export interface SaverOptions {
  /** Called on every failed write (the caller reports the first). */
  failed(error: unknown): void;
  now?(): number;
}

export function startSessionSaving(app: App, store: SessionStore, options: SaverOptions): SessionSaving {
  let generation = 0;
  let running: Promise<void> = Promise.resolve();
  let again = false;
  let busy = false;
  let settle: ReturnType<typeof setTimeout> | null = null;
  let every: ReturnType<typeof setInterval> | null = null;

  const write = async (): Promise<void> => {
    if (!app.run.getState().ready) return;
    const gen = generation;
    const trainers = await withTimeout(app.snapshot(), SNAPSHOT_TIMEOUT_MS);
    if (!trainers || trainers.length === 0 || gen !== generation) return;
    const record = sessionRecord(
      linkStateOf(app.state.getState()),
      trainers,
      saveHistories(app.histories.getState()),
      options.now?.() ?? Date.now(),
    );
    try {
      await store.save(record);
    } catch (e) {
      options.failed(e);
    }
  };
  const saveNow = (): Promise<void> => {
    if (busy) {
      again = true;
      return running;
    }
    busy = true;
    running = (async () => {
      do {
        again = false;
        await write();
      } while (again);
      busy = false;
    })();
    return running;
  };
  const later = () => {
    if (settle) clearTimeout(settle);
    settle = setTimeout(() => void saveNow(), SAVE_SETTLE_MS);
  };

  const unsubscribeState = app.state.subscribe((s, prev) => {
    if (s !== prev && linkChanged(s, prev)) later();
  });
  const unsubscribeRun = app.run.subscribe((r, prev) => {
    if (r.playing !== prev.playing) {
      if (every) clearInterval(every);
      every = r.playing ? setInterval(() => void saveNow(), SAVE_EVERY_MS) : null;
      if (!r.playing) void saveNow();
    } else if (!r.playing && r.counters[0]?.step !== prev.counters[0]?.step) {
      later();
    }
  });

  return {
    saveNow,
    async clear() {
      generation++;
      await running;
      try {
        await store.clear();
      } catch (e) {
        options.failed(e);
      }
    },
    stop() {
      unsubscribeState();
      unsubscribeRun();
      if (settle) clearTimeout(settle);
      if (every) clearInterval(every);
    },
  };
}

function linkChanged(a: ReturnType<App['state']['getState']>, b: ReturnType<App['state']['getState']>): boolean {
  const x = linkStateOf(a);
  const y = linkStateOf(b);
  return (Object.keys(x) as (keyof typeof x)[]).some((k) => x[k] !== y[k]);
}

function withTimeout<T>(promise: Promise<T | null>, ms: number): Promise<T | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), ms);
    void promise.then((v) => {
      clearTimeout(timer);
      resolve(v);
    });
  });
}
