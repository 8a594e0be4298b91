/**
 * Time and scheduling, injected so tests can drive the session. `soon` yields to the
 * event loop without the 4 ms clamp nested setTimeout(0) gets, so pending commands are
 * answered between training slices at full speed.
 */
export interface Clock {
  now(): number;
  /** Runs fn after pending messages (a macrotask), as soon as possible. */
  soon(fn: () => void): void;
  /** Runs fn after `ms` milliseconds; returns a cancel function. */
  later(fn: () => void, ms: number): () => void;
  /** Releases resources (the MessageChannel keeps a Node test process alive). */
  close?(): void;
}

export function realClock(): Clock {
  const channel = new MessageChannel();
  const queue: (() => void)[] = [];
  channel.port1.onmessage = () => queue.shift()?.();
  return {
    now: () => performance.now(),
    soon(fn) {
      queue.push(fn);
      channel.port2.postMessage(null);
    },
    later(fn, ms) {
      const id = setTimeout(fn, ms);
      return () => clearTimeout(id);
    },
    close() {
      channel.port1.close();
      queue.length = 0;
    },
  };
}
