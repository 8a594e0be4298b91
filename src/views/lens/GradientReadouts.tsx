/** The sentences under the gradient chart, one per run: how much smaller the first layer's gradient is, in bold. */
import { runTextColor } from '../charts/chartTheme';
import type { GradientRun } from './gradientChartModel';

export function GradientReadouts({ runs, compare }: { runs: readonly GradientRun[]; compare: boolean }) {
  return runs.map((r, i) => (
    <p key={r.t} className={`bl-lens-readout bl-lens-readout-${r.readout.kind}`} data-ratio={String(r.readout.ratio)}>
      {compare && (
        <>
          <span className="bl-lens-readout-run" style={{ color: runTextColor(i) }}>
            {r.name}:
          </span>{' '}
        </>
      )}
      <Emphasised text={compare ? lowerFirst(r.readout.sentence) : r.readout.sentence} />
    </p>
  ));
}

/** The sentence with its "N× smaller/larger" in bold. */
function Emphasised({ text }: { text: string }) {
  const m = /\S+(?: (?:million|billion|× 10\S*))?× (?:smaller|larger)/.exec(text);
  if (!m) return text;
  return (
    <>
      {text.slice(0, m.index)}
      <strong>{m[0]}</strong>
      {text.slice(m.index + m[0].length)}
    </>
  );
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
