/** CSV writing shared by the exports: full-precision numbers, empty cells for missing ones. */

/** Shortest text that reads back as the same double; empty for NaN/null (no value). */
export function csvNumber(v: number | null | undefined): string {
  return v === null || v === undefined || Number.isNaN(v) ? '' : String(v);
}

export function csvLines(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n';
}
