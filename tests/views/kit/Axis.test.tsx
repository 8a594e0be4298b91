/**
 * An axis is redrawn only when what it shows changes: a chart that re-renders with the frames
 * must not have d3 rewrite (and the browser restyle and repaint) its unchanged ticks each time.
 */
import { render } from '@testing-library/react';
import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { Axis } from '../../../src/views/kit/Axis';

function axisOf(domain: [number, number], format?: (v: number) => string) {
  return (
    <svg>
      <Axis scale={scaleLinear().domain(domain).range([0, 200])} orient="bottom" ticks={4} format={format} />
    </svg>
  );
}

/** Mutations of the axis's group between two renders (MutationObserver records are synchronous to take). */
function watch(container: HTMLElement) {
  const observer = new MutationObserver(() => {});
  observer.observe(container, { subtree: true, attributes: true, childList: true, characterData: true });
  return () => {
    const records = observer.takeRecords();
    observer.disconnect();
    return records.length;
  };
}

const labels = (container: HTMLElement) => [...container.querySelectorAll('.tick text')].map((t) => t.textContent);

describe('Axis', () => {
  it('leaves its ticks alone when re-rendered with an equal scale', () => {
    const { container, rerender } = render(axisOf([0, 1]));
    expect(labels(container)).toEqual(['0.0', '0.2', '0.4', '0.6', '0.8', '1.0']);
    const changes = watch(container);
    rerender(axisOf([0, 1]));
    expect(changes()).toBe(0);
  });

  it('redraws when the domain or the labels change', () => {
    const { container, rerender } = render(axisOf([0, 1]));
    rerender(axisOf([0, 10]));
    expect(labels(container)).toEqual(['0', '2', '4', '6', '8', '10']);
    rerender(axisOf([0, 10], (v) => `${v} s`));
    expect(labels(container)[1]).toBe('2 s');
  });
});
