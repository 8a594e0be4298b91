/** Train mode's example by hand: the one a step-through starts on and a worksheet is printed for. */
import { useAppState } from '../kit/appContext';
import { ExamplePicker } from '../step/ExamplePicker';

export function exampleWords(example: ReturnType<typeof useExample>): string {
  return example.kind === 'row'
    ? `training example ${example.index + 1}`
    : `your example x = (${example.input.join(', ')}), y = ${example.target.join(', ')}`;
}

export function useExample() {
  return useAppState((s) => s.stepThrough.example);
}

export function HandExample() {
  const example = useExample();
  return (
    <fieldset className="panel-section hand-example">
      <legend>Example by hand</legend>
      <ExamplePicker />
      <p className="hint" role="status">
        Step through and the worksheet use {exampleWords(example)}.
      </p>
    </fieldset>
  );
}
