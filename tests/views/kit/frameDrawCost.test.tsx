/**
 * Costly painters (kit/useFrameDraw.ts): while training plays, two heavy painters never draw
 * in the same animation frame — they take turns — and a painter with a gap draws at most that
 * often; a frame of a run that is not playing is drawn by every painter at once.
 */
import { act } from '@testing-library/react';
import { useLayoutEffect, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useFrame } from '../../../src/views/kit/useFrame';
import { useFrameDraw, type FrameDrawCost } from '../../../src/views/kit/useFrameDraw';
import { renderApp, showFrame, testApp } from '../../helpers/testApp';
import { makeFrame } from '../fixtures/frame';

function Painter({ cost, onDraw }: { cost: FrameDrawCost; onDraw: (at: number) => void }) {
  useFrameDraw(() => onDraw(performance.now()), cost);
  return null;
}

/** A heavy chart: renders the frame's id at most every 100 ms while playing, in a turn of its own. */
function Chart({ onRender }: { onRender: (at: number) => void }) {
  const id = useFrame((f) => f?.id ?? 0, 100, [], Object.is, true);
  // Committed synchronously with the render (flushSync in the chart's animation frame).
  useLayoutEffect(() => {
    onRender(performance.now());
  });
  return <span>{id}</span>;
}

/** Frames every 16 ms for `ms`; the times each painter drew at. */
function play(costs: FrameDrawCost[], ms: number, playing = true, extra: ReactNode = null): number[][] {
  const draws = costs.map(() => [] as number[]);
  testApp();
  const frame = makeFrame();
  showFrame({ ...frame, playing });
  renderApp(
    <>
      {costs.map((cost, k) => (
        <Painter key={k} cost={cost} onDraw={(at) => draws[k].push(at)} />
      ))}
      {extra}
    </>,
  );
  draws.forEach((d) => (d.length = 0));
  for (let t = 0; t < ms; t += 16) {
    act(() => {
      showFrame({ ...frame, id: t + 2, playing });
      vi.advanceTimersByTime(16);
    });
  }
  return draws;
}

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'],
  });
});
afterEach(() => vi.useRealTimers());

describe('costly painters', () => {
  it('two heavy painters take turns: never both in one animation frame, each about every other', () => {
    const [a, b] = play([{ heavy: true }, { heavy: true }], 2000);
    const frames = 2000 / 16;
    expect(a.filter((t) => b.includes(t))).toEqual([]);
    expect(a.length + b.length).toBeGreaterThanOrEqual(frames - 4);
    for (const draws of [a, b]) expect(draws.length).toBeGreaterThan(frames / 2 - 8);
  });

  it('a light painter draws every frame beside them', () => {
    const [heavy, light] = play([{ heavy: true }, {}], 2000);
    expect(light.length).toBeGreaterThanOrEqual(2000 / 16 - 2);
    expect(heavy.length).toBeGreaterThanOrEqual(2000 / 16 - 2);
  });

  it('a painter with a gap draws at most that often while playing', () => {
    const [gapped, free] = play([{ playingGapMs: 25 }, {}], 2000);
    for (let k = 1; k < gapped.length; k++) expect(gapped[k] - gapped[k - 1]).toBeGreaterThanOrEqual(25);
    expect(gapped.length).toBeLessThanOrEqual(2000 / 25 + 1);
    expect(gapped.length).toBeGreaterThan(2000 / 48);
    expect(free.length).toBeGreaterThan(gapped.length * 1.5);
  });

  it('a run that is not playing is drawn by every painter at every frame', () => {
    const draws = play(
      [
        { heavy: true, playingGapMs: 25 },
        { heavy: true, playingGapMs: 25 },
      ],
      480,
      false,
    );
    for (const d of draws) expect(d.length).toBeGreaterThanOrEqual(480 / 16 - 1);
  });

  it('a paused frame draws at the next animation frame, without waiting out the gap', () => {
    const [gapped] = play([{ playingGapMs: 25 }], 160);
    const frame = makeFrame();
    // Playing frames until one is drawn: the next playing frame then waits for the gap.
    const drawn = gapped.length;
    for (let id = 1000; gapped.length === drawn; id++) {
      act(() => {
        showFrame({ ...frame, id, playing: true });
        vi.advanceTimersByTime(1);
      });
    }
    const drawnAt = gapped.at(-1)!;
    act(() => {
      showFrame({ ...frame, id: 2000, playing: true });
      vi.advanceTimersByTime(1);
    });
    expect(gapped.at(-1)).toBe(drawnAt);
    act(() => {
      showFrame({ ...frame, id: 2001, playing: false });
      vi.advanceTimersByTime(17);
    });
    expect(gapped.length).toBe(drawn + 2);
    expect(gapped.at(-1)! - drawnAt).toBeLessThan(25);
  });

  it('a heavy chart renders in an animation frame no heavy painter took, at its own rate', () => {
    const renders: number[] = [];
    const draws = play([{ heavy: true }], 2000, true, <Chart onRender={(at) => renders.push(at)} />);
    const chart = renders.filter((t, k) => k === 0 || t !== renders[k - 1]);
    expect(chart.length).toBeGreaterThan(2000 / 100 / 2);
    expect(chart.length).toBeLessThanOrEqual(2000 / 100 + 2);
    expect(chart.filter((t) => draws[0].includes(t))).toEqual([]);
  });
});
