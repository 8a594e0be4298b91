/**
 * Panels fail alone: a panel that throws while rendering, or whose painter throws on a frame
 * (outside React), is replaced by a small "failed — Retry" card; the rest of the app goes on
 * working, the painter reports once and stops, and Retry brings the panel back.
 */
import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/views/app/App';
import { PanelBoundary } from '../../../src/views/kit/PanelBoundary';
import { useFrameDraw } from '../../../src/views/kit/useFrameDraw';
import { makeFrame } from '../fixtures/frame';
import { answered, renderApp, showFrame, testApp } from '../../helpers/testApp';

const broken = vi.hoisted(() => ({ curve: true }));
vi.mock('../../../src/views/lens/ActivationCurve', () => ({
  ActivationCurve: () => {
    if (broken.curve) throw new Error('the curve has no layer 7');
    return <p>curve drawn</p>;
  },
}));

afterEach(() => {
  broken.curve = true;
  vi.restoreAllMocks();
});

describe('panels fail alone', { timeout: 20_000 }, () => {
  it('a throwing panel becomes a card with Retry; the others keep working', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { app, worker } = testApp();
    answered(app, worker);
    renderApp(<App />);
    const card = screen.getByRole('alert', { name: 'The activation panel failed' });
    expect(card.textContent).toContain('The activation panel failed (the curve has no layer 7)');
    expect(card.textContent).toContain('The rest of the app keeps working.');
    // The rest works: the header, the settings, the graph, the charts.
    expect(screen.getByRole('heading', { name: 'Backprop Lab' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Loss' })).toBeTruthy();
    worker.clear();
    fireEvent.click(screen.getByRole('button', { name: '▶ Play' }));
    expect(worker.types()).toEqual(['play']);
    // Retry mounts the panel afresh.
    broken.curve = false;
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(screen.getByText('curve drawn')).toBeTruthy();
    expect(screen.queryByRole('alert', { name: /failed/ })).toBeNull();
  });

  it('a painter that throws reports once, stops painting, and Retry starts it again', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const draws = { count: 0, fail: true };
    function Painter() {
      useFrameDraw(() => {
        draws.count++;
        if (draws.fail) throw new Error('no such layer');
      });
      return <canvas />;
    }
    testApp();
    showFrame(makeFrame());
    renderApp(
      <>
        <PanelBoundary name="The painter">
          <Painter />
        </PanelBoundary>
        <p>still here</p>
      </>,
    );
    expect(screen.getByRole('alert', { name: 'The painter failed' }).textContent).toContain(
      'A drawing failed: no such layer',
    );
    // More frames, animation frames going by: nothing more is painted, nothing more is reported.
    const before = draws.count;
    for (let k = 0; k < 5; k++) {
      act(() => showFrame(makeFrame()));
      await act(() => new Promise((resolve) => setTimeout(resolve, 40)));
    }
    expect(draws.count).toBe(before);
    const painterReports = errors.mock.calls.filter((c) => String(c[0]).includes('A drawing failed'));
    expect(painterReports).toHaveLength(1);
    expect(screen.getByText('still here')).toBeTruthy();

    draws.fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(screen.queryByRole('alert')).toBeNull();
    const retried = draws.count;
    expect(retried).toBeGreaterThan(before);
    // And it paints frames again, on animation frames.
    act(() => showFrame(makeFrame()));
    await act(() => new Promise((resolve) => setTimeout(resolve, 80)));
    expect(draws.count).toBeGreaterThan(retried);
  });
});
