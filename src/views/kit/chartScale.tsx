/**
 * How much larger a chart's text is than at a desk: lecture mode's charts use 20 px text,
 * so their margins (where tick labels sit) grow by the same factor. Charts read it through
 * `useChartMargin`; everything else about them is unchanged.
 */
import { createContext, useContext, useMemo } from 'react';

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const ChartTextScale = createContext(1);

/** `base` scaled to the text size of the charts around (the same object while it holds). */
export function useChartMargin<M extends Margin>(base: M): M {
  const k = useContext(ChartTextScale);
  return useMemo(
    () =>
      k === 1
        ? base
        : { ...base, top: base.top * k, right: base.right * k, bottom: base.bottom * k, left: base.left * k },
    [base, k],
  );
}
