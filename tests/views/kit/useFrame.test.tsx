import { act, waitFor } from '@testing-library/react';
import { useLayoutEffect } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useRun } from '../../../src/views/kit/appContext';
import { useFrame } from '../../../src/views/kit/useFrame';
import { disposeApps, renderApp, showFrame, testApp } from '../../helpers/testApp';
import { makeFrame } from '../fixtures/frame';

afterEach(disposeApps);

describe('useFrame', () => {
  it('does not render a reader whose value did not change, however many frames arrive', () => {
    testApp();
    const frame = { ...makeFrame(), playing: true };
    showFrame(frame);
    let renders = 0;
    function Sizes() {
      renders++;
      const sizes = useFrame((f) => f?.trainers[0].layerSizes.join(',') ?? '', 0);
      return <span>{sizes}</span>;
    }
    const view = renderApp(<Sizes />);
    const before = renders;
    // Each frame on its own, as the worker's arrive (React's own bail-out misses some of these).
    for (let k = 1; k <= 20; k++) act(() => showFrame({ ...frame, id: frame.id + k }));
    expect(renders).toBe(before);
    expect(view.container.textContent).toBe(frame.trainers[0].layerSizes.join(','));
  });

  it('renders once per changed value', () => {
    testApp();
    const frame = { ...makeFrame(), playing: true };
    showFrame(frame);
    let renders = 0;
    function Id() {
      renders++;
      const id = useFrame((f) => f?.id ?? 0, 0);
      return <span>{id}</span>;
    }
    const view = renderApp(<Id />);
    const before = renders;
    for (let k = 1; k <= 5; k++) act(() => showFrame({ ...frame, id: frame.id + k }));
    expect(renders - before).toBe(5);
    expect(view.container.textContent).toBe(String(frame.id + 5));
  });

  it('a paused frame reaches the step counter in a commit of its own, before the panels that read it', async () => {
    // Outside act, as a frame from the worker arrives: React schedules the two renders itself.
    const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
    const before = actEnvironment.IS_REACT_ACT_ENVIRONMENT;
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
    try {
      testApp();
      const frame = { ...makeFrame(), playing: true };
      showFrame(frame);
      /** What the panel showed when the counter committed each step. */
      const panelAtCounter = new Map<number, string>();
      const panelRef = { current: null as HTMLSpanElement | null };
      // One callback for every render, so React does not detach and attach it in each commit.
      const holdPanel = (el: HTMLSpanElement | null) => void (panelRef.current = el);
      function Counter() {
        const step = useRun((s) => s.counters[0]?.step ?? -1);
        useLayoutEffect(() => void panelAtCounter.set(step, panelRef.current?.textContent ?? ''));
        return <span>{step}</span>;
      }
      function Panel() {
        const step = useFrame((f) => f?.trainers[0].step ?? -1, 0);
        return <span ref={holdPanel}>{`panel ${step}`}</span>;
      }
      const view = renderApp(
        <>
          <Counter />
          <Panel />
        </>,
      );
      const step = frame.trainers[0].step + 7;
      showFrame({ ...frame, id: frame.id + 1, playing: false, trainers: [{ ...frame.trainers[0], step }] });
      await waitFor(() => expect(view.container.textContent).toContain(`panel ${step}`));
      // The counter's commit came first: the panel still showed the frame before.
      expect(panelAtCounter.get(step)).toBe(`panel ${frame.trainers[0].step}`);
    } finally {
      actEnvironment.IS_REACT_ACT_ENVIRONMENT = before;
    }
  });
});
