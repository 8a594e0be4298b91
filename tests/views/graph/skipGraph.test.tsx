/** The graph of a network with skip connections names them and re-lays out when they change. */
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NetworkGraph } from '../../../src/views/graph/NetworkGraph';
import { renderApp, showFrame, testApp } from '../../helpers/testApp';
import { makeFrame } from '../fixtures/frame';

const HIDDEN = [
  { units: 3, activation: 'sigmoid' as const },
  { units: 3, activation: 'sigmoid' as const, skip: true },
  { units: 3, activation: 'sigmoid' as const, skip: true },
];

beforeEach(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  testApp();
});
afterEach(() => vi.restoreAllMocks());

describe('NetworkGraph with skip connections', () => {
  it('says which hidden layers have them, and stops saying so when they go', () => {
    showFrame(makeFrame({ hidden: HIDDEN }));
    renderApp(<NetworkGraph width={800} height={480} />);
    const name = () => screen.getByRole('group', { name: /^Network graph/ }).getAttribute('aria-label');
    expect(name()).toMatch(/^Network graph: 2–3–3–3–1 units, with skip connections around hidden layers 2, 3, edges/);
    showFrame(makeFrame({ hidden: HIDDEN.map(({ units, activation }) => ({ units, activation })) }));
    expect(name()).toMatch(/^Network graph: 2–3–3–3–1 units, edges/);
  });
});
