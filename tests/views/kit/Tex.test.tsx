/**
 * KaTeX is loaded apart from the app (kit/katexLoader.ts, about 70 KB gzip out of the first
 * load). A formula asked for before it arrives keeps its place, marked busy, and is typeset as
 * soon as it is there; if its file cannot be loaded, the formula's source is shown, never nothing.
 */
import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.doUnmock('katex');
  vi.resetModules();
});

describe('Tex', () => {
  it('keeps a formula’s place while KaTeX loads, then typesets it', async () => {
    vi.resetModules();
    const { Tex } = await import('../../../src/views/kit/Tex');
    const { container } = render(
      <p>
        slope <Tex tex="\sigma'(z)" />
      </p>,
    );
    const place = container.querySelector('.insp-tex');
    expect(place?.getAttribute('aria-busy')).toBe('true');
    expect(container.querySelector('.katex')).toBeNull();
    await waitFor(() => expect(container.querySelector('.insp-tex .katex')).not.toBeNull());
    expect(container.querySelector('.insp-tex')?.hasAttribute('aria-busy')).toBe(false);
    expect(container.querySelector('.katex-mathml')?.textContent).toContain('σ');
  });

  it('shows the formula’s source when KaTeX cannot be loaded', async () => {
    vi.resetModules();
    vi.doMock('katex', () => {
      throw new Error('offline');
    });
    const said = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { Tex } = await import('../../../src/views/kit/Tex');
    render(<Tex tex="\frac{\partial L}{\partial w}" display />);
    expect(await screen.findByText('\\frac{\\partial L}{\\partial w}')).toBeTruthy();
    expect(String(said.mock.calls[0]?.[0])).toMatch(/KaTeX could not be loaded/);
    said.mockRestore();
  });
});
