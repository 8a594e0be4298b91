/**
 * Comparing cures honestly: compare mode's edge scale is per network by default for the
 * cures (activation, initialisation, skips), shared by default otherwise, switchable, and
 * the bar says which is on; the graphs take their width scale from it. Also the skips field.
 */
import { act, fireEvent, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEEP_SIGMOID_SKIPS } from '../../../src/lessons/presets';
import { variantOf } from '../../../src/store/compare';
import { CompareBar } from '../../../src/views/compare/CompareBar';
import { SCALE_SENTENCES } from '../../../src/views/compare/CompareScaleToggle';
import { ComparePanels } from '../../../src/views/compare/ComparePanels';
import { renderApp, showFrame } from '../../helpers/testApp';
import { makeFrame } from '../fixtures/frame';
import { startRecording, type Recorder } from '../controls/harness';

let worker: Recorder;

beforeEach(() => {
  worker = startRecording();
});

const perNetwork = () => screen.getByRole('radio', { name: 'Edge scale per network' }) as HTMLInputElement;
const shared = () => screen.getByRole('radio', { name: 'Edge scale shared by both networks' }) as HTMLInputElement;
const note = () => screen.getByTestId('compare-scale-note').textContent;

describe('compare edge scale', () => {
  it.each(['activation', 'init', 'skips'] as const)('comparing %s: each network on its own scale, said so', (field) => {
    worker.app.commands.setCompare({ field, value: field === 'skips' ? 'on' : field === 'init' ? 'he' : 'relu' });
    renderApp(<CompareBar />);
    expect(perNetwork().checked).toBe(true);
    expect(note()).toBe(SCALE_SENTENCES.own);
    expect(note()).toMatch(/each network relative to its own largest edge/);
  });

  it.each(['learningRate', 'optimizer', 'depth'] as const)('comparing %s: one shared scale by default', (field) => {
    worker.app.commands.setCompare({ field, value: field === 'learningRate' ? 0.3 : field === 'depth' ? 4 : 'adam' });
    renderApp(<CompareBar />);
    expect(shared().checked).toBe(true);
    expect(note()).toBe(SCALE_SENTENCES.shared);
  });

  it('switching is a view setting: the bar says so and the worker is sent nothing', () => {
    worker.app.commands.setCompare({ field: 'activation', value: 'relu' });
    renderApp(<CompareBar />);
    const before = worker.commands().length;
    fireEvent.click(shared());
    expect(worker.app.state.getState().view.compareScale).toBe('shared');
    expect(note()).toBe(SCALE_SENTENCES.shared);
    expect(worker.commands().length).toBe(before);
  });

  it('the two graphs’ legends quote their own largest edge per network, or the largest of both when shared', () => {
    worker.app.commands.setCompare({ field: 'activation', value: 'relu' });
    worker.configured();
    showFrame(makeFrame({ trainers: 2 }));
    const { container } = renderApp(<ComparePanels />);
    const keys = () => [...container.querySelectorAll('[data-testid="width-key"]')].map((k) => k.textContent ?? '');
    expect(keys()).toHaveLength(2);
    expect(keys().every((k) => !k.includes('of both networks'))).toBe(true);
    act(() => worker.app.commands.setCompareScale('shared'));
    expect(keys().every((k) => k.includes('relative to the largest of both networks'))).toBe(true);
  });
});

describe('comparing skip connections', () => {
  it('names the sides, offers on and off, and never compares a network with itself', () => {
    worker.app.commands.setCompare({ field: 'skips', value: 'on' });
    renderApp(<CompareBar />);
    expect(screen.getByText(/^Left:/).textContent).toMatch(/^Left: Without skips · Right: With skips\./);
    const values = screen.getByRole('combobox', { name: 'Right-hand network' }) as HTMLSelectElement;
    expect([...values.options].map((o) => o.textContent)).toEqual([
      'With skip connections',
      'Without skip connections',
    ]);
  });

  it('from a network that already has skips, choosing the field offers the one without', () => {
    const left = variantOf(DEEP_SIGMOID_SKIPS.config, { field: 'skips', value: 'on' });
    worker.app.commands.loadSetup({ config: left, compare: { field: 'activation', value: 'relu' } });
    renderApp(<CompareBar />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Compare' }), { target: { value: 'skips' } });
    expect(worker.app.state.getState().compare).toEqual({ field: 'skips', value: 'off' });
  });
});

describe('comparing skips where none fits', () => {
  it('says why both sides are the same', () => {
    const { app } = { app: worker.app };
    app.commands.setUnits(1, 3); // 6 then 3: no two neighbouring layers of one width
    app.commands.setCompare({ field: 'skips', value: 'on' });
    renderApp(<CompareBar />);
    expect(screen.getByRole('note').textContent).toMatch(/No skip connection fits this network/);
  });
});
