/** Number formatting shared by every text readout. */
export function formatLoss(v: number): string {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? '—' : '∞';
  if (v !== 0 && Math.abs(v) < 1e-3) return v.toExponential(2);
  return v.toFixed(4);
}

export function formatPercent(v: number | null): string {
  return v === null || !Number.isFinite(v) ? '—' : `${(v * 100).toFixed(1)}%`;
}

/** A value for a formula: 3 significant digits, scientific when tiny or huge. */
export function formatValue(v: number): string {
  if (Number.isNaN(v)) return '—';
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '−∞';
  if (v === 0) return '0';
  const a = Math.abs(v);
  const s = a < 1e-3 || a >= 1e5 ? v.toExponential(2) : Number(v.toPrecision(3)).toString();
  return s.replace(/-/g, '−');
}
