/**
 * Worker supervision: a worker that stops answering (terminated, closed, killed), reports an
 * error it did not catch, or says it failed is replaced by a new one on the same set-up,
 * starting from the weights and counters of the page's latest frame, and the student is
 * told in one sentence; a second failure soon after a restart stops the retries and says so.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/store/appState';
import { createApp, type App } from '../../src/store/createApp';
import { createSupervisor, type SupervisionOptions } from '../../src/store/supervisor';
import type { Command } from '../../src/worker/protocol';
import { sessionWorker, type SessionWorker } from '../helpers/fakeWorkers';

const until = <T>(fn: () => T) => vi.waitFor(fn, { timeout: 15_000, interval: 5 });
vi.setConfig({ testTimeout: 30_000 });

describe('the supervisor', () => {
  function harness() {
    let t = 0;
    const timers: { at: number; fn: () => void }[] = [];
    const options: SupervisionOptions = {
      pingMs: 100,
      timeoutMs: 1000,
      retryWindowMs: 5000,
      setTimer(fn, ms) {
        const timer = { at: t + ms, fn };
        timers.push(timer);
        return () => timers.splice(timers.indexOf(timer), 1);
      },
    };
    const pings: number[] = [];
    const calls: string[] = [];
    const sup = createSupervisor(options, {
      ping: (id) => pings.push(id),
      now: () => t,
      restart: (reason) => calls.push(`restart: ${reason}`),
      giveUp: (reason) => calls.push(`give up: ${reason}`),
    });
    const advance = (ms: number) => {
      const end = t + ms;
      for (;;) {
        timers.sort((a, b) => a.at - b.at);
        const next = timers[0];
        if (!next || next.at > end) break;
        timers.shift();
        t = next.at;
        next.fn();
      }
      t = end;
    };
    return { sup, pings, calls, advance, pending: () => timers.length };
  }

  it('pings once after a command, and keeps pinging while the run plays', () => {
    const h = harness();
    h.sup.sent({ type: 'ack', id: 1 } as Command);
    expect(h.pending()).toBe(0);
    h.sup.sent({ type: 'step', unit: 'batch' });
    h.advance(100);
    expect(h.pings).toEqual([1]);
    h.sup.pong(1);
    h.advance(1000);
    expect(h.pings).toEqual([1]);
    expect(h.pending()).toBe(0);
    h.sup.playing(true);
    for (let k = 0; k < 5; k++) {
      h.advance(100);
      h.sup.pong(h.pings.at(-1)!);
    }
    expect(h.pings.length).toBe(6);
    expect(h.calls).toEqual([]);
  });

  it('restarts a worker that stops answering, and gives up when the new one fails soon after', () => {
    const h = harness();
    h.sup.playing(true);
    h.advance(1200);
    expect(h.calls).toEqual(['restart: it did not answer for 1 seconds']);
    h.sup.failed('an error it did not catch');
    expect(h.calls.at(-1)).toBe('give up: an error it did not catch');
    // Stopped: nothing more is pinged or restarted.
    const pings = h.pings.length;
    h.sup.playing(true);
    h.advance(5000);
    expect(h.pings.length).toBe(pings);
    expect(h.calls).toHaveLength(2);
  });

  it('a failure long after the last restart is restarted again', () => {
    const h = harness();
    h.sup.failed('first');
    h.advance(6000);
    h.sup.failed('second');
    expect(h.calls).toEqual(['restart: first', 'restart: second']);
  });
});

describe('an app whose worker dies', () => {
  let app: App | null = null;
  afterEach(() => app?.dispose());

  /** An app whose workers are real sessions; the test can kill the current one silently. */
  function start(supervision: Partial<SupervisionOptions> = {}) {
    const workers: SessionWorker[] = [];
    app = createApp({
      createWorker: () => {
        const w = sessionWorker();
        workers.push(w);
        return w;
      },
      schedule: (fn) => setTimeout(fn, 0),
      supervision: { pingMs: 20, timeoutMs: 300, retryWindowMs: 60_000, ...supervision },
    });
    return workers;
  }
  const run = () => app!.run.getState();
  const frame = () => app!.frames.getState().frame;

  it('is restarted from the latest frame and training goes on', async () => {
    const workers = start();
    app!.commands.setLearningRate(0.1);
    app!.commands.play();
    await until(() => expect(frame()?.trainers[0].step).toBeGreaterThan(200));
    const historyBefore = app!.histories.getState().loss[0].size;
    // Silently, as terminate() or self.close() would: no error event, no more messages.
    workers[0].terminate();
    await until(() => expect(workers).toHaveLength(2));
    const last = frame()!;
    const configure = workers[1].ofType('configure')[0];
    expect(configure.trainers).toEqual([{ ...DEFAULT_CONFIG, optimizer: { kind: 'sgd', learningRate: 0.1 } }]);
    const resume = configure.resume![0]!;
    expect(Array.from(resume.params)).toEqual(Array.from(last.trainers[0].params));
    expect(resume.counters).toEqual({
      step: last.trainers[0].step,
      epoch: last.trainers[0].epoch,
      examplesSeen: last.trainers[0].examplesSeen,
    });
    expect(workers[1].ofType('play')).toHaveLength(1);
    const notice = run().notice!.match(
      /^The training worker stopped \(it did not answer for \d+ seconds\) and was restarted from the weights of step ([\d,]+); training goes on\.$/,
    );
    expect(notice?.[1]).toBe(last.trainers[0].step.toLocaleString('en-US'));
    // The new worker's first frame is the last one's weights, and training goes on from there.
    await until(() => expect(frame()?.trainers[0].step).toBeGreaterThan(last.trainers[0].step + 100));
    expect(run().playing).toBe(true);
    expect(run().error).toBeNull();
    // The charts keep their history: the same run goes on.
    expect(app!.histories.getState().loss[0].size).toBeGreaterThanOrEqual(historyBefore);
  });

  it('restarts on an error the worker did not catch, and stops retrying on a second one soon after', async () => {
    const workers = start();
    await until(() => expect(run().ready).toBe(true));
    workers[0].onerror?.({ message: 'out of memory' } as ErrorEvent);
    expect(workers).toHaveLength(2);
    expect(run().notice).toMatch(
      /^The training worker stopped \(out of memory\) and was restarted from the weights of step 0\.$/,
    );
    await until(() => expect(run().ready).toBe(true));
    workers[1].onerror?.({ message: 'out of memory' } as ErrorEvent);
    expect(workers).toHaveLength(2);
    expect(run().error?.message).toBe(
      'The training worker failed again within 60 seconds of being restarted (out of memory), so it was not ' +
        'restarted again. Reload the page to start it; your set-up is kept in the address bar.',
    );
    expect(run().ready).toBe(false);
    expect(run().playing).toBe(false);
    expect(workers[1].terminated).toBe(true);
  });

  it('restarts when the worker says something escaped its session', async () => {
    const workers = start();
    await until(() => expect(run().ready).toBe(true));
    workers[0].onmessage?.({ data: { type: 'failed', message: 'x is not a function' } } as MessageEvent);
    expect(workers).toHaveLength(2);
    expect(run().notice).toMatch(/\(x is not a function\)/);
    await until(() => expect(frame()).not.toBeNull());
  });
});
