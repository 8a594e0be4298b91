/**
 * One printed page: every number of one forward and backward pass and of the update, each
 * written as its formula with the given numbers put in, and an answer box — empty for
 * homework, filled in the answer key. The numbers are the engine stepper's (store/files/worksheet.ts).
 */
import type { ReactNode } from 'react';
import type { Worksheet } from '../../store/files/worksheet';
import { ACTIVATION_LABELS, OPTIMIZER_LABELS } from '../kit/labels';
import { factor, num, sourceValue, sub, unitSub, weightName } from './sheetText';

const F_NAME: Record<string, string> = {
  sigmoid: 'σ',
  tanh: 'tanh',
  relu: 'ReLU',
  'leaky-relu': 'LReLU',
  linear: 'id',
};
const DF_TEXT: Record<string, string> = {
  sigmoid: 'σ(z)(1 − σ(z))',
  tanh: '1 − tanh²(z)',
  relu: '1 if z > 0, else 0',
  'leaky-relu': '1 if z > 0, else 0.01',
  linear: '1',
};

function Answer({ value, show }: { value: number; show: boolean }) {
  return <span className={`ws-answer${show ? '' : ' ws-blank'}`}>{show ? num(value) : ' '}</span>;
}

function Row({ children, value, show }: { children: ReactNode; value: number; show: boolean }) {
  return (
    <li className="ws-row">
      <span className="ws-formula">{children}</span> = <Answer value={value} show={show} />
    </li>
  );
}

export function WorksheetPage({ sheet, answers }: { sheet: Worksheet; answers: boolean }) {
  const { config, layers } = sheet;
  const last = layers.length - 1;
  const eta = config.optimizer.learningRate;
  const sgd = config.optimizer.kind === 'sgd';
  const yHat = (j: number) => `ŷ${layers[last].a.length > 1 ? sub(j + 1) : ''}`;
  const y = (j: number) => `y${sheet.target.length > 1 ? sub(j + 1) : ''}`;
  const describe = layers
    .map(
      (l, k) => `${k === last ? 'output' : `hidden ${k + 1}`}: ${l.biases.length} ${ACTIVATION_LABELS[l.activation]}`,
    )
    .join(' → ');
  return (
    <article className="ws-page" aria-label={answers ? 'Worksheet, answer key' : 'Worksheet, homework'}>
      <header className="ws-head">
        <h1>One pass by hand{answers ? ' — answer key' : ''}</h1>
        {!answers && <p className="ws-name">Name: ____________________ Date: __________</p>}
      </header>
      <p className="ws-setup">
        <b>Network</b> {sheet.input.length} input{sheet.input.length > 1 ? 's' : ''} → {describe}. <b>Loss</b>{' '}
        {config.loss === 'mse' ? 'L = ½ Σ (ŷ − y)²' : 'L = −[y ln ŷ + (1 − y) ln(1 − ŷ)]'}. <b>Update</b>{' '}
        {sgd ? `w ← w − η·∂L/∂w with η = ${num(eta)}` : `${OPTIMIZER_LABELS[config.optimizer.kind]}, η = ${num(eta)}`}.
        <br />
        <b>Example</b> {sheet.input.map((v, i) => `x${sub(i + 1)} = ${num(v)}`).join(', ')};{' '}
        {sheet.target.map((v, j) => `${y(j)} = ${num(v)}`).join(', ')}. Round to four significant digits.
      </p>

      <h2>1 · Forward: z = Σ w·a + b, then a = f(z)</h2>
      <ol className="ws-list">
        {layers.flatMap((l, k) =>
          l.biases.flatMap((b, j) => [
            <Row key={`z${k}${j}`} value={l.z[j]} show={answers}>
              z{unitSub(k, j)} = {l.weights[j].map((w, i) => `${factor(w)}·${sourceValue(k, i)}`).join(' + ')} +{' '}
              {factor(b)}
            </Row>,
            <Row key={`a${k}${j}`} value={l.a[j]} show={answers}>
              {k === last ? `${yHat(j)} = ` : ''}a{unitSub(k, j)} = {F_NAME[l.activation]}(z{unitSub(k, j)})
            </Row>,
          ]),
        )}
      </ol>

      <h2>2 · Loss</h2>
      <ol className="ws-list">
        <Row value={sheet.loss} show={answers}>
          L ={' '}
          {config.loss === 'mse'
            ? sheet.target.map((t, j) => `½(${yHat(j)} − ${num(t)})²`).join(' + ')
            : `−[${num(sheet.target[0])}·ln ŷ + ${num(1 - sheet.target[0])}·ln(1 − ŷ)]`}
        </Row>
        {sheet.dLoss.map((d, j) => (
          <Row key={j} value={d} show={answers}>
            ∂L/∂{yHat(j)} = {config.loss === 'mse' ? `${yHat(j)} − ${num(sheet.target[j])}` : '(ŷ − y) / (ŷ(1 − ŷ))'}
          </Row>
        ))}
      </ol>

      <h2>3 · Backward: δ = ∂L/∂z, then ∂L/∂w = δ · a and ∂L/∂b = δ</h2>
      <ol className="ws-list ws-columns">
        {[...layers.keys()].reverse().flatMap((k) => {
          const l = layers[k];
          return l.biases.flatMap((_, j) => [
            <Row key={`f${k}${j}`} value={l.df[j]} show={answers}>
              f′(z{unitSub(k, j)}) = {DF_TEXT[l.activation]}
            </Row>,
            <Row key={`d${k}${j}`} value={l.delta[j]} show={answers}>
              δ{unitSub(k, j)} = f′(z{unitSub(k, j)})·
              {k === last
                ? `∂L/∂${yHat(j)}`
                : `(${layers[k + 1].weights.map((row, m) => `${factor(row[j])}·δ${unitSub(k + 1, m)}`).join(' + ')})`}
            </Row>,
          ]);
        })}
        {[...layers.keys()].reverse().flatMap((k) =>
          layers[k].biases.flatMap((_, j) => [
            ...layers[k].weights[j].map((_, i) => (
              <Row key={`g${k}${j}${i}`} value={layers[k].dW[j][i]} show={answers}>
                ∂L/∂{weightName(k, j, i)} = δ{unitSub(k, j)}·{sourceValue(k, i)}
              </Row>
            )),
            <Row key={`gb${k}${j}`} value={layers[k].db[j]} show={answers}>
              ∂L/∂b{unitSub(k, j)} = δ{unitSub(k, j)}
            </Row>,
          ]),
        )}
      </ol>

      <h2>
        4 · Update
        {sgd
          ? `: w ← w − ${num(eta)}·∂L/∂w, each with its own gradient from 3`
          : ` (${OPTIMIZER_LABELS[config.optimizer.kind]})`}
      </h2>
      <ol className="ws-list ws-columns">
        {layers.flatMap((l, k) =>
          l.biases.flatMap((b, j) => [
            ...l.weights[j].map((w, i) => (
              <Row key={`u${k}${j}${i}`} value={l.newWeights[j][i]} show={answers}>
                {weightName(k, j, i)} ← {num(w)}
                {sgd ? ` − ${num(eta)}·∂L/∂w` : ''}
              </Row>
            )),
            <Row key={`ub${k}${j}`} value={l.newBiases[j]} show={answers}>
              b{unitSub(k, j)} ← {num(b)}
              {sgd ? ` − ${num(eta)}·∂L/∂b` : ''}
            </Row>,
          ]),
        )}
      </ol>
      <footer className="ws-foot">Numbers computed by Backprop Lab's engine, phase by phase.</footer>
    </article>
  );
}
