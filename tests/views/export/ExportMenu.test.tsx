/**
 * The export panel from the keyboard (opens, focuses its first control, Escape closes and
 * gives the focus back), and the SVG recorder that turns a canvas painter's calls into
 * vector paths: the graph's edges replayed from a frame come out as stroked paths.
 */
import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { computeLayout } from '../../../src/views/graph/layout';
import { renderEdges } from '../../../src/views/graph/renderEdges';
import { ExportMenu } from '../../../src/views/export/ExportMenu';
import { SvgRecorder, svgColor } from '../../../src/views/export/svgRecorder';
import { disposeApps, renderApp } from '../../helpers/testApp';
import { makeFrame } from '../fixtures/frame';
import { PLAIN_EDGES } from '../fixtures/edgeOptions';

afterEach(() => disposeApps());

describe('ExportMenu', () => {
  it('opens from the keyboard on its first control and closes with Escape, focus back on the button', () => {
    renderApp(<ExportMenu />);
    const button = screen.getByRole('button', { name: 'Export & import' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    act(() => button.click());
    const panel = screen.getByRole('dialog', { name: 'Export and import' });
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(panel.contains(document.activeElement)).toBe(true);
    for (const name of [
      'Network (JSON)',
      'Training history (CSV)',
      'Data set (CSV)',
      'Homework (blanks)',
      'Answer key',
    ]) {
      expect(screen.getByRole('button', { name })).toBeTruthy();
    }
    fireEvent.keyDown(panel, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(button);
  });
});

describe('SvgRecorder', () => {
  it('records the graph edges a canvas painter draws as stroked vector paths', () => {
    const frame = makeFrame().trainers[0];
    const layout = computeLayout(frame.layerSizes, 600, 300);
    const recorder = new SvgRecorder('t-');
    renderEdges(recorder.asContext(), layout, frame, PLAIN_EDGES);
    const markup = recorder.markup();
    const strokes = markup.match(/<path d="(M[\d.-]+ [\d.-]+L[\d.-]+ [\d.-]+)+" fill="none" stroke="[^"]+"/g) ?? [];
    expect(strokes.length).toBeGreaterThan(2);
    expect(markup).not.toMatch(/NaN|undefined/);
  });

  it('writes circles, clips and rgba colours as SVG 1.1 understands them', () => {
    const r = new SvgRecorder('c-');
    const ctx = r.asContext();
    ctx.save();
    ctx.beginPath();
    ctx.rect(0, 0, 10, 10);
    ctx.clip();
    ctx.beginPath();
    ctx.arc(5, 5, 2, 0, 2 * Math.PI);
    ctx.fillStyle = 'rgba(10, 20, 30, 0.5)';
    ctx.fill();
    ctx.restore();
    expect(r.markup()).toBe(
      '<defs><clipPath id="c-clip0"><path d="M0 0h10v10h-10Z"/></clipPath></defs>' +
        '<path d="M7 5A2 2 0 1 1 3 5A2 2 0 1 1 7 5" fill="rgb(10,20,30)" opacity="0.5" clip-path="url(#c-clip0)"/>',
    );
    expect(svgColor('#123456')).toEqual({ color: '#123456', opacity: 1 });
  });
});
