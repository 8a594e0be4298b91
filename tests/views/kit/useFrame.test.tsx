import { act } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
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
});
