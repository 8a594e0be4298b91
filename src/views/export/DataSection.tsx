/**
 * Data out and in: the trained network as JSON (and back), the training history and the
 * data set as CSV. An imported network that is refused is reported in the message banner
 * with its line, field and value; the running network carries on.
 */
import { useRef, useState } from 'react';
import type { ExportedFile } from '../../store/commands/files';
import { useAppState, useCommands } from '../kit/appContext';
import { saveFile } from './download';
import type { SectionProps } from './PictureSection';

/** A network file of the largest network the limits allow is a few MB; anything far larger is not one. */
const MAX_FILE_BYTES = 20_000_000;

export function DataSection({ say }: SectionProps) {
  const commands = useCommands();
  const compare = useAppState((s) => s.compare !== null);
  const fileRef = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const run = async (make: () => ExportedFile | Promise<ExportedFile>, type: string) => {
    setBusy(true);
    try {
      const file = await make();
      saveFile(file.fileName, file.text, type);
      say(`Saved ${file.fileName}.`);
    } catch (e) {
      say(`Nothing was saved: ${e instanceof Error ? e.message : String(e)}.`, true);
    } finally {
      setBusy(false);
    }
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) return say(`${file.name} is too large to be a network file.`, true);
    const ok = commands.importNetwork(file.name, await file.text());
    say(
      ok ? `Loaded ${file.name}: its weights are running now.` : `${file.name} was not loaded (see the message above).`,
      !ok,
    );
  };
  const networks = compare ? [0, 1] : [0];
  return (
    <fieldset className="export-section">
      <legend>Data</legend>
      <div className="row">
        {networks.map((k) => (
          <button
            key={k}
            type="button"
            disabled={busy}
            onClick={() => void run(() => commands.exportNetwork(k), 'application/json')}
          >
            {compare ? `Network ${k + 1} (JSON)` : 'Network (JSON)'}
          </button>
        ))}
        <button type="button" disabled={busy} onClick={() => void run(() => commands.exportHistory(), 'text/csv')}>
          Training history (CSV)
        </button>
        <button type="button" disabled={busy} onClick={() => void run(() => commands.exportDataset(), 'text/csv')}>
          Data set (CSV)
        </button>
      </div>
      <div className="row">
        <button type="button" onClick={() => fileRef.current?.click()}>
          Import a network (JSON)…
        </button>
      </div>
      <input
        ref={fileRef}
        type="file"
        accept="application/json,.json"
        hidden
        aria-label="Import a network file"
        onChange={(e) => {
          void importFile(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
    </fieldset>
  );
}
