/**
 * Time and scheduling, injected so tests can drive the session. `soon` yields to the
 * event loop without the 4 ms clamp nested setTimeout(0) gets, so pending commands are
 * answered between training slices at full speed. In a browser that is a MessageChannel
 * message; in Node it is setImmediate, because Node drains up to 1000 port messages
 * before it runs a timer, which would starve timers (and tests) for seconds.
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
  const soon = typeof globalThis.setImmediate === 'function' ? immediateSoon() : channelSoon();
  return {
    now: () => performance.now(),
    soon: soon.run,
    later(fn, ms) {
      const id = setTimeout(fn, ms);
      return () => clearTimeout(id);
    },
    close: soon.close,
  };
}

function immediateSoon() {
  const pending = new Set<ReturnType<typeof setImmediate>>();
  return {
    run(fn: () => void) {
      const id = setImmediate(() => {
        pending.delete(id);
        fn();
      });
      pending.add(id);
    },
    close() {
      pending.forEach((id) => clearImmediate(id));
      pending.clear();
    },
  };
}

function channelSoon() {
  const channel = new MessageChannel();
  const queue: (() => void)[] = [];
  channel.port1.onmessage = () => queue.shift()?.();
  return {
    run(fn: () => void) {
      queue.push(fn);
      channel.port2.postMessage(null);
    },
    close() {
      channel.port1.close();
      queue.length = 0;
    },
  };
}
