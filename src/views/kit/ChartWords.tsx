/**
 * A chart in words: one sentence saying what it shows now (visible, kept current by the
 * chart), and its numbers as a table behind a "Data table" disclosure, one tab stop, built
 * only while open. The table scrolls inside its own frame, which the keyboard can reach.
 */
import { useState, type ReactNode } from 'react';
import './chartWords.css';

export interface ChartTable {
  caption: string;
  /** Column headings; the first column holds each row's heading. */
  columns: string[];
  rows: string[][];
}

export interface ChartWordsProps {
  /** What the chart is called, for the table's name ("loss chart"). */
  name: string;
  /** The sentence; null when the chart already shows its own. */
  summary: string | null;
  /** The table, computed when the disclosure is open. */
  table: () => ChartTable;
}

export function ChartWords({ name, summary, table }: ChartWordsProps): ReactNode {
  const [open, setOpen] = useState(false);
  return (
    <div className="chart-words" data-export-skip="">
      {summary !== null && (
        <p className="chart-summary" data-testid="chart-summary">
          {summary}
        </p>
      )}
      <details className="chart-data" onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          Data table<span className="visually-hidden"> of the {name}</span>
        </summary>
        {open && <DataTable name={name} table={table()} />}
      </details>
    </div>
  );
}

function DataTable({ name, table }: { name: string; table: ChartTable }): ReactNode {
  return (
    <div className="table-frame scroll-cue" role="region" aria-label={`${name}: data`} tabIndex={0}>
      <table>
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r, k) => (
            <tr key={k}>
              <th scope="row">{r[0]}</th>
              {r.slice(1).map((v, i) => (
                <td key={i}>{v}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Up to `count` indices of `n`, evenly spaced, first and last included. */
export function sampleIndices(n: number, count: number): number[] {
  if (n <= count) return Array.from({ length: n }, (_, k) => k);
  return Array.from({ length: count }, (_, k) => Math.round((k * (n - 1)) / (count - 1)));
}
