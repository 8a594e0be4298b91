/**
 * Watching the training worker. A worker can die without a word — `terminate()`, `close()`,
 * an out-of-memory kill — and then nothing answers: no error event, no frame. So while the
 * run plays, and once after every command, the page pings it; a ping unanswered for
 * `timeoutMs` (or an error event, or the worker saying it failed) means it is gone, and
 * the app starts a new one. A second failure soon after a restart means restarting does not
 * help: the supervisor stops and says so.
 */
import type { Command } from '../worker/protocol';

export interface SupervisionOptions {
  /** How often a live run is pinged. */
  pingMs: number;
  /** A ping unanswered this long means the worker is gone. */
  timeoutMs: number;
  /** A failure within this long after a restart stops the retries. */
  retryWindowMs: number;
  /** Runs fn after ms; returns a cancel function (tests pass their own clock). */
  setTimer(fn: () => void, ms: number): () => void;
}

export const DEFAULT_SUPERVISION: SupervisionOptions = {
  pingMs: 1000,
  // Long enough for a synchronous "Step epoch" on the largest network on a slow machine.
  timeoutMs: 10_000,
  retryWindowMs: 30_000,
  setTimer(fn, ms) {
    const id = setTimeout(fn, ms);
    return () => clearTimeout(id);
  },
};

export interface Supervisor {
  /** A command went to the worker: it should answer. */
  sent(cmd: Command): void;
  /** The worker reports playing or paused. */
  playing(on: boolean): void;
  pong(id: number): void;
  /** The worker died or broke (`reason` in words); restarts it, or gives up after a recent restart. */
  failed(reason: string): void;
  dispose(): void;
}

export interface SupervisorHooks {
  ping(id: number): void;
  now(): number;
  /** Starts a new worker from the last good state. */
  restart(reason: string): void;
  /** Restarting did not help. */
  giveUp(reason: string): void;
}

const QUIET: ReadonlySet<Command['type']> = new Set(['ack', 'ping', 'dispose']);

export function createSupervisor(options: SupervisionOptions, hooks: SupervisorHooks): Supervisor {
  let playing = false;
  let pingWanted = false;
  let pending: { id: number; at: number } | null = null;
  let nextId = 1;
  let cancel: (() => void) | null = null;
  let lastRestart = -Infinity;
  let stopped = false;

  const schedule = () => {
    if (cancel === null && !stopped) cancel = options.setTimer(tick, options.pingMs);
  };
  function tick(): void {
    cancel = null;
    if (stopped) return;
    if (pending) {
      const waited = hooks.now() - pending.at;
      if (waited >= options.timeoutMs) {
        return supervisor.failed(`it did not answer for ${Math.round(waited / 1000)} seconds`);
      }
      return schedule();
    }
    if (!playing && !pingWanted) return;
    pingWanted = false;
    pending = { id: nextId++, at: hooks.now() };
    hooks.ping(pending.id);
    schedule();
  }

  const supervisor: Supervisor = {
    sent(cmd) {
      if (QUIET.has(cmd.type)) return;
      pingWanted = true;
      schedule();
    },
    playing(on) {
      playing = on;
      if (on) schedule();
    },
    pong(id) {
      if (pending?.id === id) pending = null;
    },
    failed(reason) {
      if (stopped) return;
      cancel?.();
      cancel = null;
      pending = null;
      const now = hooks.now();
      if (now - lastRestart < options.retryWindowMs) {
        stopped = true;
        return hooks.giveUp(reason);
      }
      lastRestart = now;
      hooks.restart(reason);
      // The new worker is watched like the old one (the restart sends it commands).
    },
    dispose() {
      stopped = true;
      cancel?.();
      cancel = null;
    },
  };
  return supervisor;
}
