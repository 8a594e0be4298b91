/** The worksheet of one pass, on the chosen example: homework (blanks) or the answer key. */
import { useState } from 'react';
import type { Worksheet } from '../../store/files/worksheet';
import { exampleWords, useExample } from '../controls/HandExample';
import { useCommands } from '../kit/appContext';
import { WorksheetView } from '../worksheet/WorksheetView';
import type { SectionProps } from './PictureSection';

export function WorksheetSection({ say }: SectionProps) {
  const { worksheet } = useCommands();
  const example = useExample();
  const [open, setOpen] = useState<{ sheet: Worksheet; answers: boolean } | null>(null);
  const show = async (answers: boolean) => {
    try {
      setOpen({ sheet: await worksheet(), answers });
    } catch (e) {
      say(`The worksheet could not be made: ${e instanceof Error ? e.message : String(e)}.`, true);
    }
  };
  return (
    <fieldset className="export-section">
      <legend>Worksheet of one pass</legend>
      <p className="hint">
        Every number of one forward and backward pass and the update, on {exampleWords(example)} (choose another under
        “Example by hand”).
      </p>
      <div className="row">
        <button type="button" onClick={() => void show(false)}>
          Homework (blanks)
        </button>
        <button type="button" onClick={() => void show(true)}>
          Answer key
        </button>
      </div>
      {open && <WorksheetView sheet={open.sheet} answers={open.answers} onClose={() => setOpen(null)} />}
    </fieldset>
  );
}
